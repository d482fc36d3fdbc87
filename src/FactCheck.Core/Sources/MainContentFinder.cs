using AngleSharp.Dom;

namespace FactCheck.Core.Sources;

/// <summary>
/// Readability's core idea for pages that mark no single &lt;article&gt; or &lt;main&gt;: every paragraph of
/// real prose votes for its parent (and half a vote for its grandparent), long and comma-rich paragraphs
/// count more, and a container whose text is mostly links (menus, "related stories") loses its votes.
/// </summary>
internal static class MainContentFinder
{
    private const int MinParagraph = 25;

    /// <summary>The best container and its siblings that score at least a fifth as well, in page order; empty when no prose was found.</summary>
    public static IReadOnlyList<IElement> Find(IDocument document, CancellationToken cancellationToken = default)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in document.QuerySelectorAll("p, pre, td, blockquote"))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = paragraph.TextContent.Trim();
            if (text.Length < MinParagraph) continue;
            var score = 1 + text.Count(c => c == ',') + Math.Min(text.Length / 100, 3);
            if (paragraph.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + score;
                if (parent.ParentElement is { } grandparent)
                    scores[grandparent] = scores.GetValueOrDefault(grandparent) + score / 2.0;
            }
        }
        if (scores.Count == 0) return [];

        cancellationToken.ThrowIfCancellationRequested();
        var weighted = scores.ToDictionary(s => s.Key, s => s.Value * (1 - LinkDensity(s.Key)));
        var best = weighted.MaxBy(s => s.Value);
        if (best.Value < 3) return [];
        var parentOfBest = best.Key.ParentElement;
        if (parentOfBest is null) return [best.Key];
        return [.. parentOfBest.Children.Where(c => c == best.Key || weighted.GetValueOrDefault(c) >= best.Value / 5)];
    }

    private static double LinkDensity(IElement element)
    {
        var length = element.TextContent.Length;
        if (length == 0) return 1;
        var links = element.QuerySelectorAll("a").Sum(a => a.TextContent.Length);
        return Math.Min(1, (double)links / length);
    }
}
