using System.Collections.Concurrent;
using FactCheck.Core.Data;

namespace FactCheck.Core.Matching;

/// <summary>
/// Answers "has this been checked before?" for a stored claim: ranks imported ClaimReviews and this newsroom's
/// published verdicts (from other articles) with the in-memory <see cref="EarlierCheckIndex"/>. The claim's embedding
/// comes from the store (computed once per wording); results are cached per claim wording and index generation, so
/// opening a claim again costs nothing until something new is imported, embedded or published.
/// </summary>
public sealed class EarlierCheckFinder(ClaimStore claims, EarlierCheckIndex index)
{
    private const int MaxCached = 4096;

    private readonly ConcurrentDictionary<(long ClaimId, string Statement, long Generation, int Top), IReadOnlyList<EarlierCheck>> cache = new();

    /// <summary>The best <paramref name="top"/> earlier checks, best first; null when there is no such claim.</summary>
    public IReadOnlyList<EarlierCheck>? Find(long claimId, int top = 10)
    {
        if (claims.Get(claimId) is not { } claim) return null;
        var snapshot = index.Current();
        var key = (claim.Id, claim.Statement, snapshot.Generation, top);
        if (cache.TryGetValue(key, out var cached)) return cached;
        var vector = index.OwnEmbedding(claim.Id, claim.Statement);
        var result = snapshot.Rank(claim.Statement, vector, top, exceptArticleId: claim.ArticleId);
        // A crude bound: the cache only saves work, so emptying it now and then loses nothing but time.
        if (cache.Count >= MaxCached) cache.Clear();
        cache[key] = result;
        return result;
    }

    /// <summary>
    /// <see cref="Find"/> on the thread pool: embedding a new wording and a first build of the index take seconds, and a
    /// page must stay responsive meanwhile.
    /// </summary>
    public Task<IReadOnlyList<EarlierCheck>?> FindAsync(long claimId, int top = 10, CancellationToken cancellationToken = default) =>
        Task.Run(() => Find(claimId, top), cancellationToken);
}
