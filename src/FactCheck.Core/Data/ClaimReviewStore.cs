using System.Data.Common;
using System.Runtime.InteropServices;
using Dapper;
using FactCheck.Core.ClaimReviews;

namespace FactCheck.Core.Data;

/// <summary>An imported ClaimReview as stored, with its embedding (null while it waits for the background embedder).</summary>
public sealed record StoredClaimReview(long Id, ClaimReviewRecord Review, float[]? Embedding, DateTimeOffset ImportedAt);

/// <summary>A review whose claim still has to be embedded.</summary>
public sealed record PendingEmbedding(long Id, string ClaimReviewed);

/// <summary>
/// Other newsrooms' ClaimReviews, one row per URL. An import of a URL already held merges into that row: fields the
/// new record gives replace the stored ones, fields it leaves out keep theirs.
/// </summary>
/// <remarks>
/// The embedding column holds zero bytes until the claim is embedded: storing 10,000 records takes a second, embedding
/// them minutes, so an import stores first and <see cref="SaveEmbeddings"/> fills the vectors in (matching meanwhile
/// uses the words alone). A merge that changes the claim's wording empties the vector again.
/// </remarks>
public sealed class ClaimReviewStore(Database db, TimeProvider clock)
{
    private const string UpsertSql = """
        INSERT INTO claim_reviews (url, claim_reviewed, rating, organisation, claimant, reviewed_on, embedding, imported_at, imported_by, updated_at)
        VALUES (@url, @claim, @rating, @organisation, @claimant, @reviewedOn, @embedding, @now, @actor, @now)
        ON CONFLICT (url) DO UPDATE SET
            embedding = CASE WHEN length(excluded.embedding) > 0 THEN excluded.embedding
                             WHEN excluded.claim_reviewed = claim_reviews.claim_reviewed THEN claim_reviews.embedding
                             ELSE excluded.embedding END,
            claim_reviewed = excluded.claim_reviewed,
            rating = COALESCE(excluded.rating, claim_reviews.rating),
            organisation = COALESCE(excluded.organisation, claim_reviews.organisation),
            claimant = COALESCE(excluded.claimant, claim_reviews.claimant),
            reviewed_on = COALESCE(excluded.reviewed_on, claim_reviews.reviewed_on),
            updated_at = excluded.updated_at
        RETURNING id
        """;

    /// <summary>
    /// Stores the records in one transaction through one prepared statement; for each, its id and whether it was new
    /// (false: merged by URL). A null embedding leaves the record waiting for <see cref="SaveEmbeddings"/>.
    /// </summary>
    public IReadOnlyList<(long Id, bool Created)> Upsert(IReadOnlyList<(ClaimReviewRecord Review, float[]? Embedding)> records, string actor)
    {
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        // Imports and embedding batches take turns: each tells new from merged exactly, and none waits on another's rows.
        db.Dialect.Lock(c, tx, WriteLock.ClaimReviews);
        var now = clock.GetUtcNow();
        var existing = new HashSet<string>(StringComparer.Ordinal);
        using var find = Prepare(c, tx, "SELECT id FROM claim_reviews WHERE url = @url", "url");
        using var upsert = Prepare(c, tx, UpsertSql, "url", "claim", "rating", "organisation", "claimant", "reviewedOn", "embedding", "now", "actor");
        var result = new List<(long, bool)>(records.Count);
        foreach (var (r, embedding) in records)
        {
            find.Parameters[0].Value = r.Url;
            var seen = find.ExecuteScalar() is not null and not DBNull || !existing.Add(r.Url);
            Set(upsert, r.Url, r.ClaimReviewed, r.Rating, r.Organisation, r.Claimant,
                r.ReviewedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                embedding is null ? Array.Empty<byte>() : Blob(embedding), now, actor);
            if (result.Count == 0) upsert.Prepare();
            result.Add((Convert.ToInt64(upsert.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture), !seen));
        }
        tx.Commit();
        return result;
    }

    /// <summary>Up to <paramref name="limit"/> reviews still without an embedding, oldest first.</summary>
    public IReadOnlyList<PendingEmbedding> Pending(int limit)
    {
        using var c = db.Open();
        return c.Query<PendingEmbedding>("""
            SELECT id, claim_reviewed FROM claim_reviews WHERE length(embedding) = 0 ORDER BY id LIMIT @limit
            """, new { limit }).AsList();
    }

    public int PendingCount()
    {
        using var c = db.Open();
        return c.ExecuteScalar<int>("SELECT COUNT(*) FROM claim_reviews WHERE length(embedding) = 0");
    }

    /// <summary>
    /// Stores computed embeddings; a review whose claim was re-worded since (a later import merged into it) keeps
    /// waiting for the vector of its new wording. Returns how many were stored.
    /// </summary>
    public int SaveEmbeddings(IReadOnlyList<(PendingEmbedding Review, float[] Embedding)> vectors)
    {
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        db.Dialect.Lock(c, tx, WriteLock.ClaimReviews);
        using var update = Prepare(c, tx, """
            UPDATE claim_reviews SET embedding = @embedding, updated_at = @now WHERE id = @id AND claim_reviewed = @claim
            """, "embedding", "now", "id", "claim");
        var now = clock.GetUtcNow();
        var saved = 0;
        var first = true;
        foreach (var (review, vector) in vectors)
        {
            Set(update, Blob(vector), now, review.Id, review.ClaimReviewed);
            // Prepared once its parameters have values, hence types; every later row reuses the plan.
            if (first) update.Prepare();
            first = false;
            saved += update.ExecuteNonQuery();
        }
        tx.Commit();
        return saved;
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
        return c.Query<Row>($"{Select} ORDER BY id", buffered: false).Select(r => r.ToStored()).ToList();
    }

    public int Count()
    {
        using var c = db.Open();
        return c.ExecuteScalar<int>("SELECT COUNT(*) FROM claim_reviews");
    }

    /// <summary>
    /// Changes whenever a review is imported, merged or embedded, and whenever a verdict is published or corrected: an
    /// in-memory index built from the stores is stale when this differs (another instance may have written).
    /// </summary>
    public string Stamp()
    {
        using var c = db.Open();
        var s = c.QuerySingle<(long Reviews, string? Updated, long Published, long Versions)>("""
            SELECT (SELECT COUNT(*) FROM claim_reviews),
                   (SELECT MAX(updated_at) FROM claim_reviews),
                   (SELECT COUNT(*) FROM claims WHERE status = 'Published'),
                   (SELECT COALESCE(SUM(version), 0) FROM claims WHERE status = 'Published')
            """);
        return $"{s.Reviews}|{s.Updated}|{s.Published}|{s.Versions}";
    }

    private const string Select = """
        SELECT id, url, claim_reviewed, rating, organisation, claimant, reviewed_on, embedding, imported_at FROM claim_reviews
        """;

    /// <summary>A command prepared once and run for every record: the import's inner loop parses no SQL.</summary>
    private static DbCommand Prepare(DbConnection c, DbTransaction tx, string sql, params string[] names)
    {
        var command = c.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in names)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = DBNull.Value;
            command.Parameters.Add(p);
        }
        return command;
    }

    private static void Set(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var p = command.Parameters[i];
            p.Value = values[i] ?? DBNull.Value;
            // A time as the Dapper handler writes it (DapperSetup, StoredTime): text that PostgreSQL reads as the column's
            // own type (timestamptz since migration 0014).
            if (values[i] is DateTimeOffset time)
            {
                p.Value = StoredTime.Format(time);
                if (p is Npgsql.NpgsqlParameter postgres) postgres.NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Unknown;
                else p.DbType = System.Data.DbType.String;
            }
            // Npgsql infers text for a DBNull; say what the column is.
            else if (values[i] is null) p.DbType = System.Data.DbType.String;
            else if (values[i] is byte[]) p.DbType = System.Data.DbType.Binary;
        }
    }

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
        }, Embedding.Length == 0 ? null : Vector(Embedding), ImportedAt);
    }
}
