using FactCheck.Core.Data;

namespace FactCheck.Core.Matching;

/// <summary>
/// Every earlier check — imported ClaimReviews and this newsroom's published verdicts — held in memory, ready to rank:
/// one BM25 index and one block of vectors (1.5 KB a check), so a match never reads the database. Built from the stores
/// on first use; rebuilt off the caller's path when an import, an embedding or a publication makes it stale (in this
/// process: <see cref="Invalidate"/>; on another instance: the stores' <see cref="ClaimReviewStore.Stamp"/> changes).
/// A review still waiting for its embedding is ranked by its words alone until the vector lands.
/// </summary>
public sealed class EarlierCheckIndex(ClaimReviewStore reviews, OwnVerdictStore own, SentenceEmbedder embedder, TimeProvider clock)
{
    /// <summary>How often the stores are asked whether another instance changed them.</summary>
    public static readonly TimeSpan StampInterval = TimeSpan.FromSeconds(5);

    /// <summary>Embeddings arrive in batches; rebuilding for every batch of a long import would cost more than it shows.</summary>
    public static readonly TimeSpan MinRebuildInterval = TimeSpan.FromSeconds(2);

    private readonly Lock gate = new();
    private Snapshot? current;
    private volatile bool stale;
    private volatile bool vectorsStale;
    private DateTimeOffset stampCheckedAt;

    /// <summary>What the index holds at one moment; replaced whole, never changed.</summary>
    public sealed class Snapshot
    {
        internal Snapshot(long generation, string stamp, EarlierCheck[] checks, long?[] articleIds, HybridRanker ranker, int pending, DateTimeOffset builtAt)
        {
            Generation = generation;
            Stamp = stamp;
            Checks = checks;
            ArticleIds = articleIds;
            Ranker = ranker;
            Pending = pending;
            BuiltAt = builtAt;
        }

        /// <summary>Counts rebuilds: a result cached under an older generation is stale.</summary>
        public long Generation { get; }

        internal string Stamp { get; }

        internal EarlierCheck[] Checks { get; }

        /// <summary>The article of each own verdict (null for an imported review), so a claim is not matched with its own article.</summary>
        internal long?[] ArticleIds { get; }

        internal HybridRanker Ranker { get; }

        public int Count => Checks.Length;

        /// <summary>Reviews ranked by their words alone for now (no embedding yet).</summary>
        public int Pending { get; }

        public DateTimeOffset BuiltAt { get; }

        /// <summary>Bytes held by the vectors.</summary>
        public long VectorBytes => (long)Checks.Length * SentenceEmbedder.Dimensions * sizeof(float);

        /// <summary>The best <paramref name="top"/> checks for a text and its embedding, leaving out one article's own verdicts.</summary>
        public IReadOnlyList<EarlierCheck> Rank(string text, ReadOnlySpan<float> vector, int top, long? exceptArticleId = null)
        {
            var skipped = exceptArticleId is { } a ? ArticleIds.Count(x => x == a) : 0;
            return Ranker.Rank(text, vector, top + skipped)
                .Where(m => exceptArticleId is null || ArticleIds[m.Index] != exceptArticleId)
                .Take(top)
                .Select(m => Checks[m.Index] with { Score = Math.Round(m.Score, 4), Lexical = Math.Round(m.Lexical, 4), Semantic = Math.Round(m.Semantic, 4) })
                .ToList();
        }
    }

    /// <summary>Something was imported or published in this process: the next use rebuilds.</summary>
    public void Invalidate() => stale = true;

    /// <summary>
    /// Background embeddings landed: the next use rebuilds, but not more often than <see cref="MinRebuildInterval"/> (the
    /// records are already ranked by their words meanwhile).
    /// </summary>
    public void EmbeddingsLanded() => vectorsStale = true;

    /// <summary>The index as it is now, rebuilt first if it is stale (the first call builds it: seconds for 100,000 checks).</summary>
    public Snapshot Current()
    {
        var snapshot = current;
        var now = clock.GetUtcNow();
        if (snapshot is not null && !NeedsRebuild(snapshot, now)) return snapshot;
        // One rebuild at a time; others keep ranking with the snapshot they have.
        if (snapshot is not null && !gate.TryEnter()) return snapshot;
        if (snapshot is null) gate.Enter();
        try
        {
            if (current is { } built && built != snapshot && !stale && !vectorsStale) return built;
            return current = Build((current?.Generation ?? 0) + 1);
        }
        finally { gate.Exit(); }
    }

    private bool NeedsRebuild(Snapshot snapshot, DateTimeOffset now)
    {
        if (stale) return true;
        if (vectorsStale) return now - snapshot.BuiltAt >= MinRebuildInterval;
        if (now - stampCheckedAt < StampInterval) return false;
        stampCheckedAt = now;
        return reviews.Stamp() != snapshot.Stamp;
    }

    private Snapshot Build(long generation)
    {
        stale = false;
        vectorsStale = false;
        var stamp = reviews.Stamp();
        stampCheckedAt = clock.GetUtcNow();
        var stored = reviews.All();
        var published = own.Published();
        var count = stored.Count + published.Count;
        var checks = new EarlierCheck[count];
        var articleIds = new long?[count];
        var texts = new string[count];
        var vectors = new float[count][];
        var zero = new float[SentenceEmbedder.Dimensions];
        var pending = 0;
        var i = 0;
        foreach (var r in stored)
        {
            checks[i] = new EarlierCheck(EarlierCheckOrigin.ClaimReview, r.Id, r.Review.ClaimReviewed, r.Review.Rating, r.Review.Organisation,
                r.Review.Claimant, r.Review.ReviewedOn, r.Review.Url, 0, 0, 0);
            texts[i] = r.Review.ClaimReviewed;
            if (r.Embedding is null) pending++;
            vectors[i++] = r.Embedding ?? zero;
        }
        foreach (var p in published)
        {
            checks[i] = new EarlierCheck(EarlierCheckOrigin.OwnVerdict, p.ClaimId, p.Statement, p.Verdict, null, p.SpeakerName,
                p.PublishedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null,
                p.Slug is { } slug ? $"/fact-checks/{slug}#claim-{p.ClaimId}" : null, 0, 0, 0);
            articleIds[i] = p.ArticleId;
            texts[i] = p.Statement;
            vectors[i++] = p.Embedding ?? OwnEmbedding(p.ClaimId, p.Statement);
        }
        var ranker = new HybridRanker(texts, new VectorIndex(SentenceEmbedder.Dimensions, vectors));
        return new Snapshot(generation, stamp, checks, articleIds, ranker, pending, clock.GetUtcNow());
    }

    /// <summary>A published claim's vector, computed once for its current wording and stored.</summary>
    internal float[] OwnEmbedding(long claimId, string statement)
    {
        if (own.Embedding(claimId, statement) is { } stored) return stored;
        var vector = embedder.Embed(statement);
        own.SaveEmbedding(claimId, statement, vector);
        return vector;
    }
}
