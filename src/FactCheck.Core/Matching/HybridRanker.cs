namespace FactCheck.Core.Matching;

/// <summary>
/// Ranks a collection of documents for a query by a weighted sum of BM25 (divided by the query's best
/// BM25 score, so 0..1) and the cosine similarity of sentence embeddings. Both are computed over every
/// document: an inverted index and one pass over the stored vectors are fast enough for 100,000 documents.
/// </summary>
public sealed class HybridRanker
{
    private readonly Bm25Index lexical;
    private readonly VectorIndex vectors;

    /// <param name="texts">The words BM25 indexes for each document.</param>
    /// <param name="vectors">The unit-length embedding of each document, in the same order.</param>
    public HybridRanker(IReadOnlyList<string> texts, VectorIndex vectors, HybridSettings? settings = null)
    {
        if (texts.Count != vectors.Count) throw new ArgumentException($"{texts.Count} texts but {vectors.Count} vectors");
        Settings = settings ?? HybridSettings.Default;
        lexical = new Bm25Index(texts, Settings.K1, Settings.B);
        this.vectors = vectors;
    }

    public HybridSettings Settings { get; }

    public int Count => vectors.Count;

    /// <summary>The <paramref name="top"/> best documents, best first (ties by position, so runs are repeatable).</summary>
    public IReadOnlyList<RankedMatch> Rank(string queryText, ReadOnlySpan<float> queryVector, int top)
    {
        var bm25 = lexical.Score(queryText);
        var cosine = vectors.Similarities(queryVector);
        var best = bm25.Length == 0 ? 0f : bm25.Max();
        var w = Settings.SemanticWeight;
        var scored = new RankedMatch[bm25.Length];
        for (var i = 0; i < bm25.Length; i++)
        {
            var lex = best > 0 ? bm25[i] / best : 0;
            scored[i] = new RankedMatch(i, w * cosine[i] + (1 - w) * lex, bm25[i], cosine[i]);
        }
        return TopK(scored, top);
    }

    private static List<RankedMatch> TopK(RankedMatch[] scored, int top)
    {
        // A bounded min-heap: O(n log top) rather than sorting all of a large collection.
        var heap = new PriorityQueue<RankedMatch, (double, int)>();
        foreach (var m in scored)
        {
            var key = (m.Score, -m.Index);
            if (heap.Count < top) heap.Enqueue(m, key);
            else if (heap.TryPeek(out _, out var min) && key.CompareTo(min) > 0) heap.EnqueueDequeue(m, key);
        }
        var result = new List<RankedMatch>(heap.Count);
        while (heap.TryDequeue(out var m, out _)) result.Add(m);
        result.Reverse();
        return result;
    }
}
