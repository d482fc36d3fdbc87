namespace FactCheck.Core.Matching;

/// <summary>
/// Okapi BM25 over an in-memory inverted index. Documents are numbered in the order given;
/// <see cref="Score"/> returns a score for every document (zero where no query word occurs).
/// </summary>
public sealed class Bm25Index
{
    private readonly Dictionary<string, List<(int Doc, int Count)>> postings = new(StringComparer.Ordinal);
    private readonly int[] lengths;
    private readonly double averageLength;

    public Bm25Index(IReadOnlyList<string> documents, double k1 = 1.2, double b = 0.75)
    {
        K1 = k1;
        B = b;
        lengths = new int[documents.Count];
        for (var d = 0; d < documents.Count; d++)
        {
            var tokens = MatchTokens.Of(documents[d]);
            lengths[d] = tokens.Count;
            foreach (var group in tokens.GroupBy(t => t, StringComparer.Ordinal))
            {
                if (!postings.TryGetValue(group.Key, out var list)) postings[group.Key] = list = [];
                list.Add((d, group.Count()));
            }
        }
        averageLength = documents.Count == 0 ? 1 : Math.Max(1, lengths.Average());
    }

    public double K1 { get; }

    public double B { get; }

    public int Count => lengths.Length;

    public float[] Score(string query)
    {
        var scores = new float[lengths.Length];
        var n = lengths.Length;
        foreach (var term in MatchTokens.Of(query).Distinct(StringComparer.Ordinal))
        {
            if (!postings.TryGetValue(term, out var list)) continue;
            // The Lucene form of IDF: never negative, so a word in most documents still counts a little.
            var idf = Math.Log(1 + (n - list.Count + 0.5) / (list.Count + 0.5));
            foreach (var (doc, tf) in list)
            {
                var norm = K1 * (1 - B + B * lengths[doc] / averageLength);
                scores[doc] += (float)(idf * tf * (K1 + 1) / (tf + norm));
            }
        }
        return scores;
    }
}
