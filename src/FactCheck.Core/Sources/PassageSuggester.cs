using System.Runtime.CompilerServices;
using System.Buffers;
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

    /// <summary>A claim is a sentence; a "statement" longer than this many distinct words is cut, which bounds memory (terms × sentences).</summary>
    private const int MaxTerms = 64;

    private enum TermKind { Word, Name, Number }

    private sealed record Term(string Display, TermKind Kind, double Value);

    public static IReadOnlyList<SuggestedPassage> Suggest(string claimStatement, IReadOnlyList<Figure> claimFigures, string snapshotText, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(claimStatement);
        ArgumentNullException.ThrowIfNull(snapshotText);
        if (count <= 0 || snapshotText.Length == 0) return [];
        var (terms, wordIndex) = QueryTerms(claimStatement, claimFigures ?? []);
        if (terms.Count == 0) return [];
        var sentences = SentenceSplitter.Split(snapshotText);
        var starts = sentences.Select(x => x.Start).ToArray();
        // Term frequencies per sentence, one row per term: hits arrive in text order, so no sorting is needed.
        var tf = new int[terms.Count][];
        for (var t = 0; t < tf.Length; t++) tf[t] = new int[sentences.Count];
        FindWords(snapshotText, wordIndex, starts, tf);
        FindNumbers(snapshotText, terms, starts, tf);

        var df = new int[terms.Count];
        var matches = new List<(int Sentence, int Length, (int Term, int Tf)[] Hits)>();
        var counts = new List<(int Term, int Tf)>();
        for (var sentence = 0; sentence < sentences.Count; sentence++)
        {
            for (var t = 0; t < tf.Length; t++)
                if (tf[t][sentence] > 0) counts.Add((t, tf[t][sentence]));
            if (counts.Count == 0) continue;
            foreach (var (t, _) in counts) df[t]++;
            matches.Add((sentence, sentences[sentence].Length, [.. counts]));
            counts.Clear();
        }
        // Lengths in characters rather than words: BM25 only needs each sentence's length relative to the average.
        var n0 = sentences.Count;
        var avgLength = Math.Max(1.0, (double)snapshotText.Length / Math.Max(1, n0));
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

    /// <summary>
    /// Occurrences of the claim's words, found with one vectorised multi-string search for their stems
    /// (a stem is a prefix of its inflections: "flood" finds "flooded"), each confirmed by stemming the whole word.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FindWords(string text, Dictionary<string, int> wordIndex, int[] starts, int[][] tf)
    {
        if (wordIndex.Count == 0) return;
        // "casualty" is the stem of "casualties" but not a prefix of it; search without the final y.
        var keys = wordIndex.Keys.Select(k => k.Length > 3 && k[^1] == 'y' ? k[..^1] : k).Distinct().ToArray();
        var search = SearchValues.Create(keys, StringComparison.OrdinalIgnoreCase);
        var lookup = wordIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        var sentenceOf = new SentenceCursor(starts);
        var from = 0;
        while (from < text.Length)
        {
            var found = text.AsSpan(from).IndexOfAny(search);
            if (found < 0) break;
            var at = from + found;
            if (at > 0 && char.IsLetterOrDigit(text[at - 1])) { from = at + 1; continue; }
            var words = new WordRanges(text.AsSpan(at));
            words.MoveNext();
            var end = at + words.End;
            var n = WordForms.Stem(text.AsSpan(at, end - at), buffer);
            if (n > 0 && lookup.TryGetValue(buffer[..n], out var term)) tf[term][sentenceOf.At(at)]++;
            from = end;
        }
    }

    /// <summary>Numbers equal in value to one of the claim's: "1,204" = "1204", "2 million" = 2,000,000.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FindNumbers(string text, List<Term> terms, int[] starts, int[][] tf)
    {
        var numbers = terms.Select((t, i) => (t.Value, Index: i, t.Kind)).Where(t => t.Kind == TermKind.Number).ToArray();
        if (numbers.Length == 0) return;
        // Scaling by thousands or millions keeps a number's first significant digit: a cheap test before parsing.
        var leading = new bool[10];
        foreach (var (number, _, _) in numbers) leading[LeadingDigit(number.ToString("R", System.Globalization.CultureInfo.InvariantCulture))] = true;
        var sentenceOf = new SentenceCursor(starts);
        var from = 0;
        while (from < text.Length)
        {
            var found = text.AsSpan(from).IndexOfAnyInRange('0', '9');
            if (found < 0) break;
            var at = from + found;
            var words = new WordRanges(text.AsSpan(at));
            words.MoveNext();
            var end = at + words.End;
            if (!leading[LeadingDigit(text.AsSpan(at, end - at))]) { from = end; continue; }
            if (at > 0 && char.IsLetter(text[at - 1]) || WordForms.Number(text.AsSpan(at, end - at)) is not { } value) { from = end; continue; }
            var next = new WordRanges(text.AsSpan(end, Math.Min(12, text.Length - end)));
            var multiplier = next.MoveNext() && next.Start <= 1 ? WordForms.Multiplier(text.AsSpan(end + next.Start, next.End - next.Start)) : 1;
            foreach (var (number, index, _) in numbers)
                if (SameNumber(number, value) || (multiplier != 1 && SameNumber(number, value * multiplier)))
                    tf[index][sentenceOf.At(at)]++;
            from = end;
        }
    }

    /// <summary>Which sentence a position is in; positions come in text order, so the cursor only moves forward.</summary>
    private struct SentenceCursor(int[] starts)
    {
        private int index;

        public int At(int position)
        {
            while (index + 1 < starts.Length && starts[index + 1] <= position) index++;
            return index;
        }
    }

    private static int LeadingDigit(ReadOnlySpan<char> number)
    {
        var i = number.IndexOfAnyInRange('1', '9');
        return i < 0 ? 0 : number[i] - '0';
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
            if (terms.Count >= MaxTerms) continue;
            wordIndex[stem] = terms.Count;
            terms.Add(new Term(word, kind, 0));
        }
        foreach (var figure in figures)
            if (figure.Value is { } v) values.Add((v, figure.Text));
        foreach (var (value, display) in values.Take(MaxTerms))
            if (!terms.Any(t => t.Kind == TermKind.Number && SameNumber(t.Value, value)))
                terms.Add(new Term(display, TermKind.Number, value));
        return (terms, wordIndex);
    }
}
