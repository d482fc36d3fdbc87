using System.Diagnostics.CodeAnalysis;

namespace FactCheck.Core.Import;

/// <summary>
/// The outcome of an import: either the article text with whatever metadata the file carried,
/// or an <see cref="Error"/> written for the user, saying what is wrong and what to do.
/// </summary>
public sealed record ImportResult
{
    private ImportResult() { }

    /// <summary>True when <see cref="Text"/> holds the article; false when <see cref="Error"/> says why not.</summary>
    [MemberNotNullWhen(true, nameof(Text))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Ok => Error is null;

    /// <summary>The article text: line breaks as in the source (LF only), no BOM, no trailing whitespace.</summary>
    public string? Text { get; private init; }

    public string? DetectedTitle { get; private init; }

    public string? DetectedAuthor { get; private init; }

    public DateOnly? DetectedPublished { get; private init; }

    /// <summary>An absolute http(s) URL the document names as its own address (canonical link, og:url).</summary>
    public string? DetectedUrl { get; private init; }

    /// <summary>The format read; meaningful only when <see cref="Ok"/>.</summary>
    public ImportFormat Format { get; private init; }

    public string? Error { get; private init; }

    public static ImportResult Success(string text, ImportFormat format, ArticleMetadata? metadata = null) => new()
    {
        Text = text,
        Format = format,
        DetectedTitle = metadata?.Title,
        DetectedAuthor = metadata?.Author,
        DetectedPublished = metadata?.Published,
        DetectedUrl = metadata?.Url,
    };

    public static ImportResult Failure(string error) => new() { Error = error };
}

/// <summary>Metadata a file states about its article; each part is absent when the file does not say.</summary>
public sealed record ArticleMetadata(string? Title = null, string? Author = null, DateOnly? Published = null, string? Url = null)
{
    public static ArticleMetadata None { get; } = new();
}
