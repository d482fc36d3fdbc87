using FactCheck.Core.Matching;

namespace FactCheck.Core.Evaluation;

public sealed record ClaimMatchingResult(string Split, int VerifiedClaims, int Queries, RankingScore Hybrid, RankingScore Bm25, RankingScore Embeddings,
    HybridSettings Settings);

/// <summary>
/// Scores <see cref="VerifiedClaimMatcher"/> on a split of a claim-matching folder with <see cref="RankingScorer"/>,
/// and the two halves alone (BM25 only, embeddings only) for comparison.
/// </summary>
public sealed class ClaimMatchingEvaluator
{
    public const int RankingDepth = 1000;

    private readonly VerifiedClaimMatcher matcher;
    private readonly IReadOnlyList<PreparedQuery> queries;
    private readonly IReadOnlyDictionary<string, HashSet<string>> qrels;
    private readonly int claimCount;

    public ClaimMatchingEvaluator(string dir, string split, SentenceEmbedder embedder, EmbeddingCache? cache)
    {
        var claims = ClaimMatchingData.ReadVerifiedClaims(Path.Combine(dir, "verified_claims.tsv"));
        var raw = ClaimMatchingData.ReadQueries(Path.Combine(dir, $"{split}.queries.tsv"));
        qrels = ClaimMatchingData.ReadQrels(Path.Combine(dir, $"{split}.qrels"));
        claimCount = claims.Count;
        Split = split;
        matcher = VerifiedClaimMatcher.Build(claims, embedder, cache);
        queries = matcher.Prepare(raw);
    }

    public string Split { get; }

    public RankingScore Score(HybridSettings settings)
    {
        var m = matcher.With(settings);
        var rankings = queries.ToDictionary(q => q.Query.Id,
            q => (IReadOnlyList<string>)m.Match(q, RankingDepth).Select(x => x.Claim.Id).ToList());
        return RankingScorer.Score(rankings, qrels);
    }

    public ClaimMatchingResult Evaluate(HybridSettings settings) =>
        new(Split, claimCount, queries.Count, Score(settings), Score(settings with { SemanticWeight = 0 }), Score(settings with { SemanticWeight = 1 }), settings);
}
