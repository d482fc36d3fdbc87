namespace FactCheck.Core.Matching;

/// <summary>
/// Ranks a collection of documents for a query by a weighted sum of BM25 (divided by the query's best
/// BM25 score, so 0..1) and the cosine similarity of sentence embeddings. Both are computed over every
/// document: an inverted index and one pass over the stored vectors are fast enough for 100,000 documents.
/// A document may have several phrasings (a fact-check's claim and its headline), and a query several
/// embeddings (a post with and without its signature): the semantic part is the best cosine of any pair.
/// </summary>
public sealed class HybridRanker
{
    private readonly Bm25Index lexical;
    private readonly IReadOnlyList<VectorIndex> phrasings;

    /// <param name="texts">The words BM25 indexes for each document.</param>
    /// <param name="vectors">The unit-length embedding of each document, in the same order.</param>
    public HybridRanker(IReadOnlyList<string> texts, VectorIndex vectors, HybridSettings? settings = null)
        : this(texts, [vectors], settings)
    {
    }

    /// <param name="texts">The words BM25 indexes for each document.</param>
    /// <param name="phrasings">One or more unit-length embeddings of each document (one index per phrasing), in the same order.</param>
    public HybridRanker(IReadOnlyList<string> texts, IReadOnlyList<VectorIndex> phrasings, HybridSettings? settings = null)
    {
        if (phrasings.Count == 0) throw new ArgumentException("at least one set of vectors is needed", nameof(phrasings));
        foreach (var vectors in phrasings)
            if (texts.Count != vectors.Count) throw new ArgumentException($"{texts.Count} texts but {vectors.Count} vectors");
        Settings = settings ?? HybridSettings.Default;
        lexical = new Bm25Index(texts, Settings.K1, Settings.B);
        this.phrasings = phrasings;
    }

    public HybridSettings Settings { get; }

    public int Count => phrasings[0].Count;

    /// <summary>The <paramref name="top"/> best documents, best first (ties by position, so runs are repeatable).</summary>
    public IReadOnlyList<RankedMatch> Rank(string queryText, ReadOnlySpan<float> queryVector, int top) =>
        Rank(queryText, Cosines(queryVector), top);

    /// <summary>As <see cref="Rank(string, ReadOnlySpan{float}, int)"/>, with the best cosine over several embeddings of the query.</summary>
    public IReadOnlyList<RankedMatch> Rank(string queryText, IReadOnlyList<float[]> queryVectors, int top)
    {
        if (queryVectors.Count == 0) throw new ArgumentException("at least one query vector is needed", nameof(queryVectors));
        var cosine = Cosines(queryVectors[0]);
        for (var q = 1; q < queryVectors.Count; q++) Best(cosine, Cosines(queryVectors[q]));
        return Rank(queryText, cosine, top);
    }

    private float[] Cosines(ReadOnlySpan<float> queryVector)
    {
        var cosine = phrasings[0].Similarities(queryVector);
        for (var p = 1; p < phrasings.Count; p++) Best(cosine, phrasings[p].Similarities(queryVector));
        return cosine;
    }

    private static void Best(float[] into, float[] other)
    {
        for (var i = 0; i < into.Length; i++) into[i] = Math.Max(into[i], other[i]);
    }

    private IReadOnlyList<RankedMatch> Rank(string queryText, float[] cosine, int top)
    {
        var bm25 = lexical.Score(queryText);
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
