using System.Text;
using AngleSharp.Dom;

namespace FactCheck.Core.Import;

/// <summary>
/// Renders a DOM subtree as text the way a browser lays it out: whitespace in source collapsed, block
/// elements on their own paragraphs (blank line between), &lt;br&gt; as a line break, &lt;pre&gt; verbatim.
/// Non-breaking spaces survive, as they are part of the article as published.
/// </summary>
internal sealed class HtmlTextWriter
{
    private static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "figure", "figcaption", "ul", "ol", "li", "dl", "dt", "dd", "table", "pre", "address", "hr", "details", "summary",
    };

    private readonly StringBuilder text = new();
    private readonly CancellationToken cancellationToken;
    private int pendingBreaks;
    private bool pendingSpace;
    private int visited;

    private HtmlTextWriter(CancellationToken cancellationToken) => this.cancellationToken = cancellationToken;

    public static string Write(INode root, CancellationToken cancellationToken = default)
    {
        var writer = new HtmlTextWriter(cancellationToken);
        writer.Visit(root, preformatted: false);
        return writer.text.ToString();
    }

    // Recursion is safe: HtmlNesting bounds the depth of every parsed page.
    private void Visit(INode node, bool preformatted)
    {
        if (++visited % 4096 == 0) cancellationToken.ThrowIfCancellationRequested();
        if (node is IText textNode)
        {
            Append(textNode.Data, preformatted);
            return;
        }
        if (node is not IElement element)
        {
            foreach (var child in node.ChildNodes) Visit(child, preformatted);
            return;
        }

        var name = element.LocalName;
        if (name == "br")
        {
            pendingBreaks = Math.Min(2, pendingBreaks + 1);
            pendingSpace = false;
            return;
        }
        var isParagraph = Paragraphs.Contains(name);
        if (isParagraph) RequestBreaks(2);
        else if (name == "tr") RequestBreaks(1);

        foreach (var child in element.ChildNodes)
            Visit(child, preformatted || name == "pre");

        if (isParagraph) RequestBreaks(2);
        else if (name is "td" or "th") pendingSpace = true;
    }

    private void RequestBreaks(int count)
    {
        pendingBreaks = Math.Max(pendingBreaks, count);
        pendingSpace = false;
    }

    private void Append(string data, bool preformatted)
    {
        foreach (var c in data)
        {
            if (!preformatted && c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                pendingSpace = true;
                continue;
            }
            Flush();
            text.Append(c);
        }
    }

    private void Flush()
    {
        if (text.Length > 0 && pendingBreaks > 0)
            text.Append('\n', pendingBreaks);
        else if (text.Length > 0 && pendingSpace && text[^1] != '\n')
            text.Append(' ');
        pendingBreaks = 0;
        pendingSpace = false;
    }
}
