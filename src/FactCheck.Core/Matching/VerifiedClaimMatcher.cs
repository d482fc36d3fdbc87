using FactCheck.Core.Evaluation;

namespace FactCheck.Core.Matching;

/// <summary>A verified claim ranked for a query.</summary>
public sealed record ClaimMatch(VerifiedClaim Claim, RankedMatch Rank);

/// <summary>A query ready to rank: its tidied text and its embedding.</summary>
public sealed record PreparedQuery(MatchQuery Query, string Text, float[] Vector);

/// <summary>
/// Matches texts against a file's verified claims: BM25 over claim and title, and one embedding per claim,
/// the mean of the claim's and the title's (both phrasings of what was checked).
/// </summary>
public sealed class VerifiedClaimMatcher
{
    private readonly IReadOnlyList<VerifiedClaim> claims;
    private readonly VectorIndex vectors;
    private readonly HybridRanker ranker;
    private readonly SentenceEmbedder embedder;

    private VerifiedClaimMatcher(IReadOnlyList<VerifiedClaim> claims, VectorIndex vectors, SentenceEmbedder embedder, HybridSettings settings)
    {
        this.claims = claims;
        this.vectors = vectors;
        this.embedder = embedder;
        ranker = new HybridRanker(claims.Select(c => c.Claim + " " + c.Title).ToList(), vectors, settings);
    }

    public static VerifiedClaimMatcher Build(IReadOnlyList<VerifiedClaim> claims, SentenceEmbedder embedder, EmbeddingCache? cache, HybridSettings? settings = null)
    {
        var texts = claims.Select(c => c.Claim).Concat(claims.Select(c => c.Title)).ToList();
        var all = cache is null ? embedder.EmbedAll(texts) : cache.GetOrCompute(texts, t => embedder.EmbedAll(t));
        var perClaim = new float[claims.Count][];
        for (var i = 0; i < claims.Count; i++) perClaim[i] = Vectors.Mean(all[i], all[claims.Count + i]);
        return new VerifiedClaimMatcher(claims, new VectorIndex(SentenceEmbedder.Dimensions, perClaim), embedder, settings ?? HybridSettings.Default);
    }

    /// <summary>The same claims and embeddings ranked with other settings (for tuning).</summary>
    public VerifiedClaimMatcher With(HybridSettings settings) => new(claims, vectors, embedder, settings);

    public IReadOnlyList<PreparedQuery> Prepare(IReadOnlyList<MatchQuery> queries)
    {
        var cleaned = queries.Select(q => QueryText.Clean(q.Text)).ToList();
        var embedded = embedder.EmbedAll(cleaned);
        return queries.Select((q, i) => new PreparedQuery(q, cleaned[i], embedded[i])).ToList();
    }

    public IReadOnlyList<ClaimMatch> Match(PreparedQuery query, int top) =>
        ranker.Rank(query.Text, query.Vector, top).Select(r => new ClaimMatch(claims[r.Index], r)).ToList();
}
