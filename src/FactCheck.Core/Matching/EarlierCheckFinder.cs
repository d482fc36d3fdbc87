using FactCheck.Core.Data;

namespace FactCheck.Core.Matching;

/// <summary>
/// Answers "has this been checked before?" for a stored claim: ranks imported ClaimReviews and this newsroom's
/// published verdicts (from other articles) with <see cref="HybridRanker"/>. Embeddings come from the stores;
/// an own claim without one for its current wording is embedded once and stored.
/// </summary>
public sealed class EarlierCheckFinder(ClaimStore claims, ClaimReviewStore reviews, OwnVerdictStore own, SentenceEmbedder embedder)
{
    /// <summary>The best <paramref name="top"/> earlier checks, best first; null when there is no such claim.</summary>
    public IReadOnlyList<EarlierCheck>? Find(long claimId, int top = 10)
    {
        if (claims.Get(claimId) is not { } claim) return null;
        var queryVector = EmbeddingOf(claim.Id, claim.Statement);
        var stored = reviews.All();
        var published = own.Published(exceptArticleId: claim.ArticleId);
        var candidates = new List<(EarlierCheck Check, string Text, float[] Vector)>(stored.Count + published.Count);
        foreach (var r in stored)
            candidates.Add((new EarlierCheck(EarlierCheckOrigin.ClaimReview, r.Id, r.Review.ClaimReviewed, r.Review.Rating, r.Review.Organisation,
                r.Review.Claimant, r.Review.ReviewedOn, r.Review.Url, 0, 0, 0), r.Review.ClaimReviewed, r.Embedding));
        foreach (var p in published)
            candidates.Add((new EarlierCheck(EarlierCheckOrigin.OwnVerdict, p.ClaimId, p.Statement, p.Verdict, null, p.SpeakerName,
                p.PublishedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null,
                p.Slug is { } slug ? $"/fact-checks/{slug}#claim-{p.ClaimId}" : null, 0, 0, 0),
                p.Statement, p.Embedding ?? EmbeddingOf(p.ClaimId, p.Statement)));
        if (candidates.Count == 0) return [];
        var ranker = new HybridRanker(candidates.Select(c => c.Text).ToList(),
            new VectorIndex(SentenceEmbedder.Dimensions, candidates.Select(c => c.Vector).ToList()));
        return ranker.Rank(claim.Statement, queryVector, top)
            .Select(m => candidates[m.Index].Check with { Score = Math.Round(m.Score, 4), Lexical = Math.Round(m.Lexical, 4), Semantic = Math.Round(m.Semantic, 4) })
            .ToList();
    }

    private float[] EmbeddingOf(long claimId, string statement)
    {
        if (own.Embedding(claimId, statement) is { } stored) return stored;
        var vector = embedder.Embed(statement);
        own.SaveEmbedding(claimId, statement, vector);
        return vector;
    }
}
