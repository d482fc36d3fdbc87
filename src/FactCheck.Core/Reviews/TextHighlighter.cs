using FactCheck.Core.Text;

namespace FactCheck.Core.Reviews;

/// <summary>A stretch of a block with the claims that cover it (none for plain text), smallest claim first.</summary>
public sealed record HighlightSegment(TextSpan Span, IReadOnlyList<long> ClaimIds, bool Emphasised = false);

/// <summary>Cuts article blocks into segments at every claim boundary, so that overlapping claims can all be shown and clicked.</summary>
public static class TextHighlighter
{
    /// <param name="emphasis">Stretches to pick out inside the highlights, such as the selected claim's figures.</param>
    public static IReadOnlyList<HighlightSegment> Segments(TextSpan block, IReadOnlyList<Claim> claims, IReadOnlyList<TextSpan>? emphasis = null) =>
        Segments(block, claims.Select(c => (c.Id, c.Span)), emphasis);

    /// <inheritdoc cref="Segments(TextSpan, IReadOnlyList{Claim}, IReadOnlyList{TextSpan}?)"/>
    public static IReadOnlyList<HighlightSegment> Segments(TextSpan block, IReadOnlyList<ClaimSummary> claims, IReadOnlyList<TextSpan>? emphasis = null) =>
        Segments(block, claims.Select(c => (c.Id, c.Span)), emphasis);

    private static List<HighlightSegment> Segments(TextSpan block, IEnumerable<(long Id, TextSpan Span)> claims, IReadOnlyList<TextSpan>? emphasis)
    {
        var inBlock = claims.Where(c => c.Span.Overlaps(block)).ToList();
        var emphasised = emphasis?.Where(e => e.Overlaps(block)).ToList() ?? [];
        var cuts = new SortedSet<int> { block.Start, block.End };
        foreach (var span in inBlock.Select(c => c.Span).Concat(emphasised))
        {
            if (span.Start > block.Start && span.Start < block.End) cuts.Add(span.Start);
            if (span.End > block.Start && span.End < block.End) cuts.Add(span.End);
        }
        var segments = new List<HighlightSegment>(cuts.Count);
        var previous = -1;
        foreach (var cut in cuts)
        {
            if (previous >= 0)
            {
                var span = new TextSpan(previous, cut);
                var covering = inBlock.Where(c => c.Span.Start <= span.Start && c.Span.End >= span.End)
                                      .OrderBy(c => c.Span.Length).Select(c => c.Id).ToList();
                segments.Add(new HighlightSegment(span, covering, emphasised.Any(e => e.Start <= span.Start && e.End >= span.End)));
            }
            previous = cut;
        }
        return segments;
    }

    /// <summary>The article's blocks, or its blank-line paragraphs when it was stored without a layout.</summary>
    public static IReadOnlyList<DocumentBlock> BlocksOf(Article article)
    {
        if (article.Blocks.Count > 0) return article.Blocks;
        var blocks = new List<DocumentBlock>();
        var text = article.Text;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0) end = text.Length;
            if (!string.IsNullOrWhiteSpace(text[start..end])) blocks.Add(new DocumentBlock(BlockKind.Paragraph, new TextSpan(start, end)));
            start = end + 2;
        }
        return blocks;
    }
}
