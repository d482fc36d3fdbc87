using FactCheck.Core.Extraction;
using FactCheck.Core.Text;

namespace FactCheck.Core.Sources;

/// <summary>A sentence of the snapshot that may bear on the claim, and why it was picked.</summary>
/// <param name="Span">Where the sentence is in the snapshot text.</param>
/// <param name="Score">BM25-style relevance; comparable between suggestions for one claim only.</param>
public sealed record SuggestedPassage(
    TextSpan Span,
    string Text,
    double Score,
    IReadOnlyList<string> SharedNames,
    IReadOnlyList<string> SharedNumbers,
    IReadOnlyList<string> SharedWords);

/// <summary>
/// Points the reviewer at the sentences of a snapshot most likely to support or contradict a claim.
/// Each sentence is scored with BM25 over the claim's terms: names (capitalised words) count double,
/// numbers count when their values agree ("1,204" = "1204", "2 million" = 2,000,000, the claim's figures
/// by <see cref="Figure.Value"/>), and other words count after light stemming, stopwords left out.
/// One allocation-light pass over the snapshot: no embeddings, no index kept.
/// </summary>
public static class PassageSuggester
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const double NameWeight = 2.0;
    private const double NumberWeight = 2.0;

    private enum TermKind { Word, Name, Number }

    private sealed record Term(string Display, TermKind Kind, double Value);

    public static IReadOnlyList<SuggestedPassage> Suggest(string claimStatement, IReadOnlyList<Figure> claimFigures, string snapshotText, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(claimStatement);
        ArgumentNullException.ThrowIfNull(snapshotText);
        if (count <= 0 || snapshotText.Length == 0) return [];
        var (terms, wordIndex) = QueryTerms(claimStatement, claimFigures ?? []);
        if (terms.Count == 0) return [];
        var lookup = wordIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        // Most words of a snapshot share nothing with the claim; a glance at the first letter and the length skips them.
        var firstLetters = new bool[128];
        int shortest = int.MaxValue, longest = 0;
        foreach (var stem in wordIndex.Keys)
        {
            if (stem[0] < 128) firstLetters[stem[0]] = true;
            shortest = Math.Min(shortest, stem.Length);
            longest = Math.Max(longest, stem.Length);
        }
        var numberTerms = terms.Select((t, i) => (t, i)).Where(p => p.t.Kind == TermKind.Number).ToArray();

        var sentences = SentenceSplitter.Split(snapshotText);
        var df = new int[terms.Count];
        var tf = new int[terms.Count];
        var touched = new List<int>();
        var matches = new List<(int Sentence, int Length, (int Term, int Tf)[] Hits)>();
        long totalLength = 0;
        Span<char> buffer = stackalloc char[64];
        var text = snapshotText.AsSpan();

        for (var s = 0; s < sentences.Count; s++)
        {
            var span = sentences[s];
            var sentence = text[span.Start..span.End];
            var words = new WordRanges(sentence);
            var length = 0;
            double? previousNumber = null;
            while (words.MoveNext())
            {
                length++;
                var word = sentence[words.Start..words.End];
                if (char.IsDigit(word[0]))
                {
                    previousNumber = WordForms.Number(word);
                    if (previousNumber is { } v) Hit(numberTerms, v, tf, touched);
                    continue;
                }
                if (previousNumber is { } p && WordForms.Multiplier(word) is var m && m != 1) Hit(numberTerms, p * m, tf, touched);
                previousNumber = null;
                var first = word[0] is >= 'A' and <= 'Z' ? (char)(word[0] | 0x20) : word[0];
                if ((first < 128 && !firstLetters[first]) || word.Length < shortest || word.Length > longest + 4) continue;
                var n = WordForms.Stem(word, buffer);
                if (n > 0 && lookup.TryGetValue(buffer[..n], out var t))
                {
                    if (tf[t]++ == 0) touched.Add(t);
                }
            }
            totalLength += length;
            if (touched.Count == 0) continue;
            var hits = new (int, int)[touched.Count];
            for (var k = 0; k < touched.Count; k++)
            {
                var t = touched[k];
                hits[k] = (t, tf[t]);
                df[t]++;
                tf[t] = 0;
            }
            touched.Clear();
            matches.Add((s, length, hits));
        }

        var n0 = sentences.Count;
        var avgLength = Math.Max(1.0, (double)totalLength / Math.Max(1, n0));
        var idf = df.Select(d => Math.Log(1 + (n0 - d + 0.5) / (d + 0.5))).ToArray();
        return matches
            .Select(m => (m.Sentence, m.Hits, Score: m.Hits.Sum(h =>
                Weight(terms[h.Term].Kind) * idf[h.Term] * h.Tf * (K1 + 1) / (h.Tf + K1 * (1 - B + B * m.Length / avgLength)))))
            .OrderByDescending(m => m.Score).ThenBy(m => m.Sentence)
            .Take(count)
            .Select(m => new SuggestedPassage(
                sentences[m.Sentence], sentences[m.Sentence].Slice(snapshotText), Math.Round(m.Score, 3),
                Shared(terms, m.Hits, TermKind.Name), Shared(terms, m.Hits, TermKind.Number), Shared(terms, m.Hits, TermKind.Word)))
            .ToList();
    }

    private static void Hit((Term Term, int Index)[] numbers, double value, int[] tf, List<int> touched)
    {
        foreach (var (term, index) in numbers)
            if (SameNumber(term.Value, value) && tf[index]++ == 0) touched.Add(index);
    }

    private static bool SameNumber(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(a));

    private static double Weight(TermKind kind) => kind switch { TermKind.Name => NameWeight, TermKind.Number => NumberWeight, _ => 1 };

    private static string[] Shared(List<Term> terms, (int Term, int Tf)[] hits, TermKind kind) =>
        [.. hits.Where(h => terms[h.Term].Kind == kind).Select(h => terms[h.Term].Display)];

    /// <summary>The claim's terms: words by stem (a name wins over a plain word), numbers by value.</summary>
    private static (List<Term> Terms, Dictionary<string, int> WordIndex) QueryTerms(string statement, IReadOnlyList<Figure> figures)
    {
        var terms = new List<Term>();
        var wordIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = new List<(double Value, string Display)>();
        var words = new WordRanges(statement);
        double? previous = null;
        string? previousText = null;
        while (words.MoveNext())
        {
            var word = statement[words.Start..words.End];
            if (char.IsDigit(word[0]))
            {
                previous = WordForms.Number(word);
                previousText = word;
                if (previous is { } v) values.Add((v, word));
                continue;
            }
            if (previous is { } p && WordForms.Multiplier(word) is var m && m != 1) values.Add((p * m, $"{previousText} {word}"));
            previous = null;
            var lower = word.ToLowerInvariant();
            if (WordForms.IsStopword(lower) || word.Length < 2) continue;
            var stem = WordForms.Stem(word);
            var kind = char.IsUpper(word[0]) ? TermKind.Name : TermKind.Word;
            if (wordIndex.TryGetValue(stem, out var existing))
            {
                if (kind == TermKind.Name) terms[existing] = terms[existing] with { Kind = TermKind.Name };
                continue;
            }
            wordIndex[stem] = terms.Count;
            terms.Add(new Term(word, kind, 0));
        }
        foreach (var figure in figures)
            if (figure.Value is { } v) values.Add((v, figure.Text));
        foreach (var (value, display) in values)
            if (!terms.Any(t => t.Kind == TermKind.Number && SameNumber(t.Value, value)))
                terms.Add(new Term(display, TermKind.Number, value));
        return (terms, wordIndex);
    }
}
