using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FactCheck.Core.Import;

/// <summary>
/// HTML → plain text with AngleSharp: page furniture (scripts, styles, navigation, footers, asides, forms)
/// dropped, the article's own container preferred over the whole body, block elements separated by blank
/// lines. Headline from h1, JSON-LD, og:title or &lt;title&gt;; author, date and URL from the usual meta tags, then JSON-LD.
/// </summary>
internal static class HtmlArticleReader
{
    internal const string Noise =
        "script, style, noscript, template, nav, footer, aside, form, iframe, svg, canvas, button, select, dialog, [hidden], [aria-hidden=true]";

    /// <exception cref="ImportRejectedException">The page would build more elements than <see cref="HtmlNesting.MaxElements"/>.</exception>
    public static ExtractedArticle Read(string html, string name)
    {
        using var document = Parse(html, name, CancellationToken.None);
        return Read(document, CancellationToken.None);
    }

    /// <summary>Reads a parsed page; removes its noise elements on the way.</summary>
    public static ExtractedArticle Read(IDocument document, CancellationToken cancellationToken)
    {
        // JSON-LD lives in <script>, so it is read before scripts are dropped as noise.
        var jsonLd = JsonLdArticle.Read(document);
        foreach (var element in document.QuerySelectorAll(Noise).ToList())
            element.Remove();

        // A page usually holds one <article> (or <main>) around the story; related links and teasers live outside it.
        var root = Only(document, "article") ?? Only(document, "main") ?? document.Body ?? document.DocumentElement;
        return new ExtractedArticle(HtmlTextWriter.Write(root, cancellationToken), ReadMetadata(document, root, jsonLd));
    }

    /// <summary>
    /// Parses a page with its nesting bounded first (<see cref="HtmlNesting"/>), so the parser's work is bounded too.
    /// The parser checks <paramref name="cancellationToken"/> between tokens; from a string it completes without waiting.
    /// </summary>
    /// <exception cref="ImportRejectedException">The page would build more elements than <see cref="HtmlNesting.MaxElements"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IDocument Parse(string html, string name, CancellationToken cancellationToken)
    {
        var bounded = HtmlNesting.Flatten(html, name, cancellationToken);
        return new HtmlParser().ParseDocumentAsync(bounded, cancellationToken).GetAwaiter().GetResult();
    }

    private static IElement? Only(IDocument document, string selector) =>
        document.QuerySelectorAll(selector) is { Length: 1 } found ? found[0] : null;

    private static ArticleMetadata ReadMetadata(IDocument document, IElement root, ArticleMetadata jsonLd)
    {
        var title = MetadataValues.Clean((root.QuerySelector("h1") ?? document.QuerySelector("h1"))?.TextContent)
            ?? jsonLd.Title
            ?? MetadataValues.Clean(Meta(document, "og:title"))
            ?? MetadataValues.Clean(document.Title);

        // article:author is often a profile URL rather than a name; only a name is useful here.
        var author = MetadataValues.Clean(Meta(document, "author"))
            ?? NotUrl(Meta(document, "article:author"))
            ?? jsonLd.Author
            ?? MetadataValues.Clean(document.QuerySelector("[rel=author], [itemprop=author]")?.TextContent);

        var published = MetadataValues.ParseDate(Meta(document, "article:published_time"))
            ?? jsonLd.Published
            ?? MetadataValues.ParseDate(Meta(document, "datePublished"))
            ?? MetadataValues.ParseDate(Meta(document, "date"))
            ?? MetadataValues.ParseDate(document.QuerySelector("time[itemprop=datePublished], time[pubdate]")?.GetAttribute("datetime"));

        var url = MetadataValues.HttpUrl(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"))
            ?? MetadataValues.HttpUrl(Meta(document, "og:url"))
            ?? jsonLd.Url;

        return new ArticleMetadata(title, author, published, url);
    }

    /// <summary>The content of a meta tag named by <c>name</c>, <c>property</c> (Open Graph) or <c>itemprop</c>.</summary>
    private static string? Meta(IDocument document, string key) =>
        document.QuerySelectorAll("meta[content]")
            .FirstOrDefault(m => string.Equals(m.GetAttribute("name"), key, StringComparison.OrdinalIgnoreCase)
                || string.Equals(m.GetAttribute("property"), key, StringComparison.OrdinalIgnoreCase)
                || string.Equals(m.GetAttribute("itemprop"), key, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("content");

    private static string? NotUrl(string? value) =>
        MetadataValues.HttpUrl(value) is null ? MetadataValues.Clean(value) : null;
}
