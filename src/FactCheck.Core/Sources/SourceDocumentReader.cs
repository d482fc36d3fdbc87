using System.Text;
using AngleSharp.Dom;
using FactCheck.Core.Import;

namespace FactCheck.Core.Sources;

/// <summary>What a downloaded document says: its readable text and whatever metadata it states.</summary>
internal sealed record SourceDocument(string Text, string? Title, string? Publisher, string? Author, DateOnly? Published);

/// <summary>
/// Downloaded bytes → readable text, reusing the importers' readers so a source reads the same way an
/// article does: HTML without page furniture (the page's one article/main element, else the containers
/// its prose votes for, see <see cref="MainContentFinder"/>), PDF page by page, text as is.
/// </summary>
internal static class SourceDocumentReader
{
    /// <summary>A source may be a long report rather than an article: more text and more unpacking than an upload, still bounded.</summary>
    private static readonly ImportLimits PdfLimits = new() { MaxTextChars = 10_000_000, MaxUnpackedBytes = 256L * 1024 * 1024 };

    /// <exception cref="ImportRejectedException">The bytes cannot be read as the stated type; the message is for the reviewer.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> (the fetch's deadline) ran out while reading.</exception>
    public static SourceDocument Read(byte[] bytes, SourceContentType type, string? charset, string name, CancellationToken cancellationToken = default)
    {
        switch (type)
        {
            case SourceContentType.Pdf:
            {
                var pdf = PdfArticleReader.Read(bytes, name, PdfLimits, cancellationToken);
                return new SourceDocument(ImportNormalizer.Normalize(pdf.Text), pdf.Metadata.Title, null, pdf.Metadata.Author, pdf.Metadata.Published);
            }
            case SourceContentType.Html:
            {
                var html = Decode(bytes, charset, name);
                // One parse serves both readers; what the page marks as its content is judged before noise is removed.
                using var document = HtmlArticleReader.Parse(html, name, cancellationToken);
                var publisher = Publisher(document);
                var marked = MarkedContent(document);
                var article = HtmlArticleReader.Read(document, cancellationToken);
                var text = marked ? article.Text : ProseText(document, cancellationToken) ?? article.Text;
                return new SourceDocument(ImportNormalizer.Normalize(text), article.Metadata.Title, publisher,
                    article.Metadata.Author, article.Metadata.Published);
            }
            default:
                return new SourceDocument(ImportNormalizer.Normalize(Decode(bytes, charset, name)), null, null, null, null);
        }
    }

    /// <summary>The header's charset when .NET knows it; otherwise the importers' strict decoder (UTF-8, or clear Windows-1252).</summary>
    private static string Decode(byte[] bytes, string? charset, string name)
    {
        if (!string.IsNullOrWhiteSpace(charset))
        {
            try
            {
                var encoding = Encoding.GetEncoding(charset.Trim().Trim('"'));
                var text = encoding.GetString(bytes);
                return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
            }
            catch (ArgumentException)
            {
                // An unknown charset name: fall through to detection rather than refuse the page.
            }
        }
        return TextDecoder.Decode(bytes, name);
    }

    /// <summary>The site's name as Open Graph states it; pages rarely say who publishes them anywhere else in a machine-readable way.</summary>
    private static string? Publisher(IDocument document)
    {
        var site = document.QuerySelectorAll("meta[content]")
            .FirstOrDefault(m => string.Equals(m.GetAttribute("property"), "og:site_name", StringComparison.OrdinalIgnoreCase)
                || string.Equals(m.GetAttribute("name"), "publisher", StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("content");
        return MetadataValues.Clean(site);
    }

    /// <summary>One &lt;article&gt; or &lt;main&gt;: the page says where its content is, and the importer's reader uses it.</summary>
    private static bool MarkedContent(IDocument document) =>
        document.QuerySelectorAll("article").Length == 1 || document.QuerySelectorAll("main").Length == 1;

    /// <summary>The text of the containers the prose votes for, furniture removed first; null when the page has no prose to vote.</summary>
    private static string? ProseText(IDocument document, CancellationToken cancellationToken)
    {
        foreach (var element in document.QuerySelectorAll(HtmlArticleReader.Noise).ToList()) element.Remove();
        var containers = MainContentFinder.Find(document, cancellationToken);
        if (containers.Count == 0) return null;
        var text = string.Join("\n\n", containers.Select(c => HtmlTextWriter.Write(c, cancellationToken).Trim()).Where(t => t.Length > 0));
        return text.Length == 0 ? null : text;
    }
}

internal enum SourceContentType { Html, PlainText, Pdf }
