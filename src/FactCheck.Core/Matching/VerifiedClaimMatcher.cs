using FactCheck.Core.Evaluation;

namespace FactCheck.Core.Matching;

/// <summary>A verified claim ranked for a query.</summary>
public sealed record ClaimMatch(VerifiedClaim Claim, RankedMatch Rank);

/// <summary>A query ready to rank: its tidied text and its embeddings (the whole post, and the post without its signature).</summary>
public sealed record PreparedQuery(MatchQuery Query, string Text, IReadOnlyList<float[]> Vectors);

/// <summary>
/// Matches texts against a file's verified claims: BM25 over claim and title, and the best cosine between the
/// query's embeddings and the claim's and the title's (both phrasings of what was checked).
/// </summary>
public sealed class VerifiedClaimMatcher
{
    private readonly IReadOnlyList<VerifiedClaim> claims;
    private readonly IReadOnlyList<VectorIndex> vectors;
    private readonly HybridRanker ranker;
    private readonly SentenceEmbedder embedder;

    private VerifiedClaimMatcher(IReadOnlyList<VerifiedClaim> claims, IReadOnlyList<VectorIndex> vectors, SentenceEmbedder embedder, HybridSettings settings)
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
        VectorIndex Part(int skip) => new(SentenceEmbedder.Dimensions, all.Skip(skip).Take(claims.Count).ToList());
        return new VerifiedClaimMatcher(claims, [Part(0), Part(claims.Count)], embedder, settings ?? HybridSettings.Default);
    }

    /// <summary>The same claims and embeddings ranked with other settings (for tuning).</summary>
    public VerifiedClaimMatcher With(HybridSettings settings) => new(claims, vectors, embedder, settings);

    public IReadOnlyList<PreparedQuery> Prepare(IReadOnlyList<MatchQuery> queries)
    {
        var cleaned = queries.Select(q => QueryText.Clean(q.Text)).ToList();
        // A post's signature ("— Name (@handle) May 4, 2020") names who posted it, which often helps the words; its
        // embedding without the signature is closer to the claim's meaning: both are compared, the better one counts.
        var unsigned = queries.Select(q => QueryText.WithoutSignature(q.Text) is { } t ? QueryText.Clean(t) : null).ToList();
        var texts = cleaned.Concat(unsigned.OfType<string>()).ToList();
        var embedded = embedder.EmbedAll(texts);
        var next = cleaned.Count;
        return queries.Select((q, i) => new PreparedQuery(q, cleaned[i],
            unsigned[i] is null ? [embedded[i]] : [embedded[i], embedded[next++]])).ToList();
    }

    public IReadOnlyList<ClaimMatch> Match(PreparedQuery query, int top) =>
        ranker.Rank(query.Text, query.Vectors, top).Select(r => new ClaimMatch(claims[r.Index], r)).ToList();
}
