using FactCheck.Core.Text;

namespace FactCheck.Core.Reviews;

/// <summary>One part of a long article: consecutive blocks (a very long block cut at a space) covering <see cref="Span"/>.</summary>
public sealed record TextPart(int Index, TextSpan Span, IReadOnlyList<DocumentBlock> Blocks);

/// <summary>
/// Cuts an article into parts of about <see cref="DefaultMaxChars"/> characters at block boundaries, so that the workbench
/// renders one part at a time: its page stays the same size for a 2 MB article as for a short story, which fits in one part.
/// </summary>
public static class TextParts
{
    /// <summary>
    /// A news story of about 700 words fits in one part. Every open workbench holds its part's rendering twice (the current
    /// and the previous render tree) and keeps buffers as large as its largest update, so the part size, more than the
    /// number of claims, is what a long article costs each open page (12,000 characters took a 300-claim workbench well
    /// over 1 MB of server memory).
    /// </summary>
    public const int DefaultMaxChars = 4_000;

    public static IReadOnlyList<TextPart> Cut(string text, IReadOnlyList<DocumentBlock> blocks, int maxChars = DefaultMaxChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 100);
        var parts = new List<TextPart>();
        var current = new List<DocumentBlock>();
        var size = 0;
        void Close()
        {
            if (current.Count == 0) return;
            parts.Add(new TextPart(parts.Count, new TextSpan(current[0].Span.Start, current[^1].Span.End), current));
            current = [];
            size = 0;
        }
        foreach (var block in blocks)
        {
            foreach (var piece in Pieces(text, block, maxChars))
            {
                if (size > 0 && size + piece.Span.Length > maxChars) Close();
                current.Add(piece);
                size += piece.Span.Length;
            }
        }
        Close();
        return parts;
    }

    /// <summary>The part holding <paramref name="offset"/>, or the nearest one before it (between blocks); 0 when there is none.</summary>
    public static int IndexAt(IReadOnlyList<TextPart> parts, int offset)
    {
        int lo = 0, hi = parts.Count - 1, found = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (parts[mid].Span.Start <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    /// <summary>A block, or a block longer than a part cut at spaces into pieces no longer than one.</summary>
    private static IEnumerable<DocumentBlock> Pieces(string text, DocumentBlock block, int maxChars)
    {
        var start = block.Span.Start;
        var end = Math.Min(block.Span.End, text.Length);
        while (end - start > maxChars)
        {
            var cut = start + maxChars;
            var space = text.LastIndexOf(' ', cut - 1, maxChars / 2);
            if (space > start) cut = space + 1;
            yield return block with { Span = new TextSpan(start, cut) };
            start = cut;
        }
        if (end > start) yield return block with { Span = new TextSpan(start, end) };
    }
}
