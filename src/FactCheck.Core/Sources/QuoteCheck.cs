using FactCheck.Core.Text;

namespace FactCheck.Core.Sources;

public enum DiffKind
{
    Equal,
    /// <summary>In the source, left out of the quotation.</summary>
    Omitted,
    /// <summary>In the quotation, not in the source.</summary>
    Added,
    /// <summary>A quotation word standing where the source has a different one.</summary>
    Changed,
}

/// <summary>One word of the comparison, as written in the quotation and the snapshot; spans point into each as given.</summary>
/// <param name="ByEllipsis">For omitted words: the quotation marks the cut with "..." or "…".</param>
public sealed record DiffToken(DiffKind Kind, string? QuoteWord, string? SourceWord, TextSpan? QuoteSpan, TextSpan? SourceSpan, bool ByEllipsis = false);

/// <summary>How faithfully a quotation renders the closest passage of a source. A hint, never a verdict.</summary>
/// <param name="Found">A passage resembling the quotation exists (fidelity of at least <see cref="QuoteCheck.FoundThreshold"/>).</param>
/// <param name="SourceSpan">The passage in the snapshot the quotation was aligned with.</param>
/// <param name="Fidelity">0..1: the share of words that agree; 1 means word for word (case and punctuation aside), cuts marked by an ellipsis forgiven.</param>
public sealed record QuoteComparison(bool Found, TextSpan? SourceSpan, double Fidelity, IReadOnlyList<DiffToken> Diff, bool UsesEllipsis, string Message)
{
    public int Count(DiffKind kind, bool byEllipsis = false) => Diff.Count(t => t.Kind == kind && t.ByEllipsis == byEllipsis);
}

/// <summary>
/// Compares a quotation with the snapshot it is attributed to: anchors on the quotation's rarest words to
/// find candidate places, aligns word by word (case, quote marks, dashes and punctuation ignored), and
/// reports what was omitted, added or changed. Words cut where the quotation shows an ellipsis are reported
/// but not held against it. Time is bounded: one pass over the snapshot, then alignments of limited size.
/// </summary>
public static class QuoteCheck
{
    public const double FoundThreshold = 0.5;

    /// <summary>Longer quotations are compared on their first this-many words.</summary>
    public const int MaxQuoteWords = 1000;

    private const int MaxAnchorHits = 20_000;
    private const int Candidates = 5;
    private const long MaxCells = 4_000_000;

    private readonly record struct Word(string Text, int Start, int End);

    public static QuoteComparison Compare(string quotation, string snapshotText)
    {
        ArgumentNullException.ThrowIfNull(quotation);
        ArgumentNullException.ThrowIfNull(snapshotText);
        var quoteNorm = MatchText.Of(quotation);
        var (quote, ellipsisBefore) = QuoteWords(quoteNorm);
        var usesEllipsis = ellipsisBefore.Any(e => e);
        if (quote.Count == 0) return new(false, null, 0, [], usesEllipsis, "The quotation has no words to compare.");
        var sourceNorm = MatchText.Of(snapshotText);
        var source = Words(sourceNorm.Text);
        if (source.Count == 0) return new(false, null, 0, [], usesEllipsis, "The snapshot has no text to compare with.");

        var best = (Score: -1.0, Ops: (List<(DiffKind Kind, int Q, int S, bool Ellipsis)>?)null);
        foreach (var (from, to) in CandidateWindows(quote, ellipsisBefore, source))
        {
            var ops = Align(quote, ellipsisBefore, source, from, to);
            var score = Fidelity(ops);
            if (score > best.Score) best = (score, ops);
        }
        if (best.Ops is null || best.Score <= 0)
            return new(false, null, 0, [], usesEllipsis, "No passage in the source resembles the quotation.");

        var diff = best.Ops.Select(op =>
        {
            TextSpan? q = op.Q >= 0 ? Original(quoteNorm, quote[op.Q]) : null;
            TextSpan? s = op.S >= 0 ? Original(sourceNorm, source[op.S]) : null;
            // Words as written (capitals, hyphens), for display; the comparison itself ignored those.
            return new DiffToken(op.Kind, q?.Slice(quotation), s?.Slice(snapshotText), q, s, op.Ellipsis);
        }).ToList();
        var matched = best.Ops.Where(o => o.S >= 0).Select(o => o.S).ToList();
        var span = new TextSpan(Original(sourceNorm, source[matched.Min()]).Start, Original(sourceNorm, source[matched.Max()]).End);
        var fidelity = Math.Round(best.Score, 3);
        var found = fidelity >= FoundThreshold;
        return new(found, span, fidelity, diff, usesEllipsis, Describe(found, diff));
    }

    private static string Describe(bool found, List<DiffToken> diff)
    {
        if (!found) return "No passage in the source closely matches the quotation; the nearest one is shown.";
        int omitted = diff.Count(d => d.Kind == DiffKind.Omitted && !d.ByEllipsis), cut = diff.Count(d => d.ByEllipsis);
        int added = diff.Count(d => d.Kind == DiffKind.Added), changed = diff.Count(d => d.Kind == DiffKind.Changed);
        if (omitted + added + changed == 0)
            return cut == 0 ? "The quotation matches the source word for word." : $"The quotation matches the source, with {cut} word(s) cut where it shows an ellipsis.";
        var parts = new List<string>();
        if (changed > 0) parts.Add($"{changed} word(s) changed");
        if (omitted > 0) parts.Add($"{omitted} word(s) left out without an ellipsis");
        if (added > 0) parts.Add($"{added} word(s) added");
        if (cut > 0) parts.Add($"{cut} word(s) cut at an ellipsis");
        return $"The quotation differs from the source: {string.Join(", ", parts)}.";
    }

    /// <summary>Equal words over all words that count: quotation words plus source words left out without an ellipsis.</summary>
    private static double Fidelity(List<(DiffKind Kind, int Q, int S, bool Ellipsis)> ops)
    {
        int equal = 0, total = 0;
        foreach (var op in ops)
        {
            if (op.Kind == DiffKind.Equal) equal++;
            if (op.Kind != DiffKind.Omitted || !op.Ellipsis) total++;
        }
        return total == 0 ? 0 : (double)equal / total;
    }

    private static TextSpan Original(MatchText text, Word w) => new(text.Map[w.Start], text.Map[w.End - 1] + 1);

    private static (List<Word> Words, bool[] EllipsisBefore) QuoteWords(MatchText norm)
    {
        var words = Words(norm.Text);
        if (words.Count > MaxQuoteWords) words = words[..MaxQuoteWords];
        var ellipsis = new bool[words.Count];
        // An ellipsis before the first word or after the last only says the quotation starts or ends mid-sentence.
        for (var i = 1; i < words.Count; i++)
            ellipsis[i] = norm.Text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End).Contains("..", StringComparison.Ordinal);
        return (words, ellipsis);
    }

    private static List<Word> Words(string normalised)
    {
        var list = new List<Word>();
        var words = new WordRanges(normalised);
        while (words.MoveNext()) list.Add(new Word(normalised[words.Start..words.End], words.Start, words.End));
        return list;
    }

    /// <summary>
    /// Where the quotation might sit: each occurrence of a quotation word votes for the source position the
    /// quotation would start at; rare words vote first, so common ones cannot swamp the count.
    /// </summary>
    private static IEnumerable<(int From, int To)> CandidateWindows(List<Word> quote, bool[] ellipsisBefore, List<Word> source)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var w in quote) positions.TryAdd(w.Text, []);
        for (var s = 0; s < source.Count; s++)
            if (positions.TryGetValue(source[s].Text, out var list)) list.Add(s);

        var votes = new Dictionary<int, int>();
        var hits = 0;
        var byRarity = quote.Select((w, i) => (w.Text, Index: i)).Where(p => positions[p.Text].Count > 0)
            .OrderBy(p => positions[p.Text].Count).ThenBy(p => p.Index);
        foreach (var (text, index) in byRarity)
        {
            if (hits >= MaxAnchorHits) break;
            foreach (var s in positions[text])
            {
                if (++hits > MaxAnchorHits) break;
                // Buckets of 8 words let the votes of a quotation with a few words cut or added still pile up.
                var bucket = (s - index) >> 3;
                votes[bucket] = votes.GetValueOrDefault(bucket) + 1;
            }
        }
        var ellipses = ellipsisBefore.Count(e => e);
        var slack = quote.Count / 4 + 8 + ellipses * (quote.Count + 40);
        var maxWindow = (int)Math.Min(int.MaxValue, MaxCells / Math.Max(1, quote.Count));
        return votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key).Take(Candidates).Select(v =>
        {
            var start = v.Key << 3;
            var from = Math.Max(0, start - slack);
            var to = Math.Min(source.Count, start + 8 + quote.Count + slack);
            return (from, Math.Min(to, from + maxWindow));
        });
    }

    /// <summary>
    /// Semi-global word alignment (free to start and end anywhere in the window): a changed word costs 1, an
    /// added or omitted word 1, an omission where the quotation shows an ellipsis nothing.
    /// </summary>
    private static List<(DiffKind Kind, int Q, int S, bool Ellipsis)> Align(List<Word> quote, bool[] ellipsisBefore, List<Word> source, int from, int to)
    {
        int m = quote.Count, n = to - from;
        var cost = new int[(m + 1) * (n + 1)];
        int At(int i, int j) => i * (n + 1) + j;
        for (var i = 1; i <= m; i++)
        {
            cost[At(i, 0)] = i;
            var freeSkip = i < m && ellipsisBefore[i];
            for (var j = 1; j <= n; j++)
            {
                var same = quote[i - 1].Text == source[from + j - 1].Text;
                var best = cost[At(i - 1, j - 1)] + (same ? 0 : 1);
                best = Math.Min(best, cost[At(i - 1, j)] + 1);
                best = Math.Min(best, cost[At(i, j - 1)] + (freeSkip ? 0 : 1));
                cost[At(i, j)] = best;
            }
        }
        // Row 0 stays 0: the passage may start anywhere. The end: the cheapest cell of the last row.
        var end = 0;
        for (var j = 1; j <= n; j++) if (cost[At(m, j)] < cost[At(m, end)]) end = j;

        var ops = new List<(DiffKind, int, int, bool)>();
        int qi = m, sj = end;
        while (qi > 0)
        {
            var here = cost[At(qi, sj)];
            if (sj > 0)
            {
                var same = quote[qi - 1].Text == source[from + sj - 1].Text;
                if (here == cost[At(qi - 1, sj - 1)] + (same ? 0 : 1))
                {
                    ops.Add((same ? DiffKind.Equal : DiffKind.Changed, qi - 1, from + sj - 1, false));
                    qi--; sj--;
                    continue;
                }
                var freeSkip = qi < m && ellipsisBefore[qi];
                if (here == cost[At(qi, sj - 1)] + (freeSkip ? 0 : 1))
                {
                    ops.Add((DiffKind.Omitted, -1, from + sj - 1, freeSkip));
                    sj--;
                    continue;
                }
            }
            ops.Add((DiffKind.Added, qi - 1, -1, false));
            qi--;
        }
        ops.Reverse();
        return ops;
    }
}
