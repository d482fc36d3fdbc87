using System.Runtime.InteropServices;
using Dapper;
using FactCheck.Core.ClaimReviews;

namespace FactCheck.Core.Data;

/// <summary>An imported ClaimReview as stored, with its embedding.</summary>
public sealed record StoredClaimReview(long Id, ClaimReviewRecord Review, float[] Embedding, DateTimeOffset ImportedAt);

/// <summary>
/// Other newsrooms' ClaimReviews, one row per URL. An import of a URL already held merges into that row: fields the
/// new record gives replace the stored ones, fields it leaves out keep theirs.
/// </summary>
public sealed class ClaimReviewStore(Database db, TimeProvider clock)
{
    /// <summary>Stores the records in one transaction; for each, its id and whether it was new (false: merged by URL).</summary>
    public IReadOnlyList<(long Id, bool Created)> Upsert(IReadOnlyList<(ClaimReviewRecord Review, float[] Embedding)> records, string actor)
    {
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        var now = clock.GetUtcNow();
        var result = new List<(long, bool)>(records.Count);
        foreach (var (r, embedding) in records)
        {
            var existing = c.QuerySingleOrDefault<long?>("SELECT id FROM claim_reviews WHERE url = @Url", new { r.Url }, tx);
            var id = c.ExecuteScalar<long>("""
                INSERT INTO claim_reviews (url, claim_reviewed, rating, organisation, claimant, reviewed_on, embedding, imported_at, imported_by, updated_at)
                VALUES (@Url, @ClaimReviewed, @Rating, @Organisation, @Claimant, @ReviewedOn, @embedding, @now, @actor, @now)
                ON CONFLICT (url) DO UPDATE SET
                    claim_reviewed = excluded.claim_reviewed,
                    rating = COALESCE(excluded.rating, claim_reviews.rating),
                    organisation = COALESCE(excluded.organisation, claim_reviews.organisation),
                    claimant = COALESCE(excluded.claimant, claim_reviews.claimant),
                    reviewed_on = COALESCE(excluded.reviewed_on, claim_reviews.reviewed_on),
                    embedding = excluded.embedding,
                    updated_at = excluded.updated_at
                RETURNING id
                """, new { r.Url, r.ClaimReviewed, r.Rating, r.Organisation, r.Claimant, r.ReviewedOn, embedding = Blob(embedding), now, actor }, tx);
            result.Add((id, existing is null));
        }
        tx.Commit();
        return result;
    }

    public StoredClaimReview? Get(long id)
    {
        using var c = db.Open();
        return c.Query<Row>($"{Select} WHERE id = @id", new { id }).Select(r => r.ToStored()).SingleOrDefault();
    }

    /// <summary>Every stored review with its embedding, for matching (384 floats, 1.5 KB, per review).</summary>
    public IReadOnlyList<StoredClaimReview> All()
    {
        using var c = db.Open();
        return c.Query<Row>($"{Select} ORDER BY id").Select(r => r.ToStored()).ToList();
    }

    public int Count()
    {
        using var c = db.Open();
        return c.ExecuteScalar<int>("SELECT COUNT(*) FROM claim_reviews");
    }

    private const string Select = """
        SELECT id, url, claim_reviewed, rating, organisation, claimant, reviewed_on, embedding, imported_at FROM claim_reviews
        """;

    internal static byte[] Blob(float[] vector) => MemoryMarshal.AsBytes(vector.AsSpan()).ToArray();

    internal static float[] Vector(byte[] blob) => MemoryMarshal.Cast<byte, float>(blob).ToArray();

    private sealed class Row
    {
        public long Id { get; set; }
        public string Url { get; set; } = "";
        public string ClaimReviewed { get; set; } = "";
        public string? Rating { get; set; }
        public string? Organisation { get; set; }
        public string? Claimant { get; set; }
        public string? ReviewedOn { get; set; }
        public byte[] Embedding { get; set; } = [];
        public DateTimeOffset ImportedAt { get; set; }

        public StoredClaimReview ToStored() => new(Id, new ClaimReviewRecord
        {
            Url = Url, ClaimReviewed = ClaimReviewed, Rating = Rating, Organisation = Organisation, Claimant = Claimant,
            ReviewedOn = ReviewedOn is null ? null : DateOnly.ParseExact(ReviewedOn, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }, Vector(Embedding), ImportedAt);
    }
}
