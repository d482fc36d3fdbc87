using System.Net;
using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using FactCheck.Core.Reviews;

namespace FactCheck.Core.Reports;

/// <summary>
/// Markdown → HTML that is safe to show. Raw HTML in the Markdown is never passed through (Markdig escapes it),
/// and the parsed document is cleaned before it is written: links keep only http(s)/mailto targets, images become
/// their alt text. Cleaning the syntax tree instead of re-parsing the HTML keeps a 500-claim report fast.
/// Never throws: nesting past Markdig's limits is flattened first (<see cref="MarkdownNesting"/>), and should Markdig
/// still refuse a text, it is shown as plain paragraphs, because one reviewer's text must not break a page for anyone.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .DisableHtml()
        .Build();

    public static string ToHtml(string markdown)
    {
        markdown ??= "";
        try
        {
            var document = Markdown.Parse(MarkdownNesting.Flatten(markdown).Text, Pipeline);
            Clean(document);
            using var writer = new StringWriter();
            var renderer = new HtmlRenderer(writer);
            Pipeline.Setup(renderer);
            renderer.Render(document);
            writer.Flush();
            return writer.ToString();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Markdig's own limits (depth, table size) throw ArgumentException; anything else is a parser bug on odd
            // input. Either way the page must still show the text.
            return PlainHtml(markdown);
        }
    }

    /// <summary>The text as it was typed: paragraphs at blank lines, line breaks kept, everything HTML-encoded.</summary>
    private static string PlainHtml(string markdown)
    {
        var html = new StringBuilder(markdown.Length + 64);
        foreach (var block in markdown.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            html.Append("<p class=\"markdown-plain\">");
            html.AppendJoin("<br />\n", block.Split('\n').Select(WebUtility.HtmlEncode));
            html.Append("</p>\n");
        }
        return html.ToString();
    }

    private static void Clean(MarkdownDocument document)
    {
        // Materialise first: the loop changes the tree.
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage || !UrlRules.IsSafeLink(link.Url)) Unwrap(link);
            else MarkExternal(link);
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
            if (!UrlRules.IsSafeLink(url)) autolink.ReplaceBy(new LiteralInline(autolink.Url));
            else MarkExternal(autolink);
        }
    }

    /// <summary>Keeps a link's words as plain text and drops its target.</summary>
    private static void Unwrap(LinkInline link)
    {
        var parent = link.Parent;
        if (parent is null) return;
        var words = new List<Inline>();
        for (var child = link.FirstChild; child is not null; child = child.NextSibling) words.Add(child);
        Inline anchor = link;
        foreach (var word in words)
        {
            word.Remove();
            anchor.InsertAfter(word);
            anchor = word;
        }
        link.Remove();
    }

    private static void MarkExternal(Inline link)
    {
        var attributes = link.GetAttributes();
        attributes.AddPropertyIfNotExist("rel", "nofollow noopener noreferrer");
        attributes.AddPropertyIfNotExist("target", "_blank");
    }
}
