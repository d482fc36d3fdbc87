namespace FactCheck.Core.Import;

/// <summary>
/// Turns an uploaded file or a paste into the plain article text a fact-checker works on. Never throws for
/// bad input: every problem comes back as <see cref="ImportResult.Failure"/> with a message for the user.
/// </summary>
public static class ArticleImporter
{
    private static readonly Dictionary<string, ImportFormat> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = ImportFormat.PlainText,
        [".text"] = ImportFormat.PlainText,
        [".md"] = ImportFormat.Markdown,
        [".markdown"] = ImportFormat.Markdown,
        [".html"] = ImportFormat.Html,
        [".htm"] = ImportFormat.Html,
        [".docx"] = ImportFormat.Docx,
        [".pdf"] = ImportFormat.Pdf,
    };

    /// <summary>The accepted extensions, e.g. for an upload control's <c>accept</c> attribute.</summary>
    public static IReadOnlyCollection<string> AcceptedExtensions => Extensions.Keys;

    /// <summary>Imports an uploaded file; the format follows the extension of <paramref name="fileName"/>.</summary>
    public static ImportResult ImportFile(string fileName, Stream content, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        CheckLimits(limits);
        var name = DisplayName(fileName);
        if (FormatOf(fileName, name) is { } unsupported) return unsupported;

        var (bytes, size) = ReadCapped(content, limits.MaxFileBytes);
        return bytes is null
            ? ImportResult.Failure(ImportMessages.FileTooLarge(name, size, limits.MaxFileBytes))
            : Import(name, bytes, Extensions[Path.GetExtension(fileName)], limits);
    }

    /// <summary>
    /// As <see cref="ImportFile"/>, for streams that only read asynchronously (Blazor's browser file stream).
    /// Reading is async; parsing is CPU work on the caller's thread.
    /// </summary>
    public static async Task<ImportResult> ImportFileAsync(string fileName, Stream content, ImportLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        CheckLimits(limits);
        var name = DisplayName(fileName);
        if (FormatOf(fileName, name) is { } unsupported) return unsupported;

        var buffer = new MemoryStream();
        var (copied, size) = await CopyCappedAsync(content, buffer, limits.MaxFileBytes, cancellationToken);
        buffer.Position = 0;
        return copied
            ? ImportFile(fileName, buffer, limits)
            : ImportResult.Failure(ImportMessages.FileTooLarge(name, size, limits.MaxFileBytes));
    }

    /// <summary>Imports pasted text as given (only line endings and trailing whitespace are normalised).</summary>
    public static ImportResult ImportText(string pasted, ImportLimits limits)
    {
        CheckLimits(limits);
        pasted ??= "";
        if (pasted.Length > limits.MaxTextChars)
            return ImportResult.Failure(ImportMessages.TextTooLong("The pasted text", pasted.Length, limits.MaxTextChars));
        return Finish("The pasted text", new ExtractedArticle(pasted, ArticleMetadata.None), ImportFormat.Pasted, limits);
    }

    private static ImportResult Import(string name, byte[] bytes, ImportFormat format, ImportLimits limits)
    {
        if (bytes.Length == 0) return ImportResult.Failure(ImportMessages.EmptyFile(name));
        try
        {
            var article = format switch
            {
                ImportFormat.Markdown => MarkdownArticleReader.Read(TextDecoder.Decode(bytes, name), name),
                ImportFormat.Html => HtmlArticleReader.Read(TextDecoder.Decode(bytes, name), name),
                ImportFormat.Docx => DocxArticleReader.Read(bytes, name, limits),
                ImportFormat.Pdf => PdfArticleReader.Read(bytes, name, limits),
                _ => new ExtractedArticle(TextDecoder.Decode(bytes, name), ArticleMetadata.None),
            };
            return Finish(name, article, format, limits);
        }
        catch (ImportRejectedException e)
        {
            return ImportResult.Failure(e.Message);
        }
    }

    private static ImportResult Finish(string name, ExtractedArticle article, ImportFormat format, ImportLimits limits)
    {
        var text = ImportNormalizer.Normalize(article.Text);
        if (string.IsNullOrWhiteSpace(text))
            return ImportResult.Failure(ImportMessages.NoText(name, format));
        if (text.Length > limits.MaxTextChars)
        {
            var what = format == ImportFormat.Pasted ? name : $"The text of '{name}'";
            return ImportResult.Failure(ImportMessages.TextTooLong(what, text.Length, limits.MaxTextChars));
        }
        return ImportResult.Success(text, format, article.Metadata);
    }

    private static ImportResult? FormatOf(string fileName, string name)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (Extensions.ContainsKey(extension)) return null;
        return ImportResult.Failure(extension == ".doc"
            ? ImportMessages.LegacyWord(name)
            : ImportMessages.UnknownType(name, extension));
    }

    // Browsers send a bare file name, but a path must never reach a message.
    private static string DisplayName(string? fileName) =>
        Path.GetFileName((fileName ?? "").Replace('\\', '/')) is { Length: > 0 } bare ? bare : "the file";

    /// <summary>Reads at most <paramref name="max"/> bytes; null bytes when the stream is longer, with its size if known.</summary>
    private static (byte[]? Bytes, long? Size) ReadCapped(Stream content, long max)
    {
        if (content.CanSeek && content.Length - content.Position > max)
            return (null, content.Length - content.Position);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > max) return (null, null);
            buffer.Write(chunk, 0, read);
        }
        return (buffer.ToArray(), buffer.Length);
    }

    private static async Task<(bool Copied, long? Size)> CopyCappedAsync(Stream content, MemoryStream target, long max, CancellationToken ct)
    {
        if (content.CanSeek && content.Length - content.Position > max)
            return (false, content.Length - content.Position);
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (target.Length + read > max) return (false, null);
            target.Write(chunk, 0, read);
        }
        return (true, target.Length);
    }

    private static void CheckLimits(ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limits.MaxFileBytes, nameof(limits) + "." + nameof(limits.MaxFileBytes));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limits.MaxTextChars, nameof(limits) + "." + nameof(limits.MaxTextChars));
    }
}
