using Dapper;
using FactCheck.Core.Reviews;

namespace FactCheck.Core.Data;

/// <summary>Sources (one row per URL, reused across claims) and the evidence passages that tie them to claims.</summary>
public sealed class EvidenceStore(Database db, TimeProvider clock)
{
    private const string Select = """
        SELECT e.id, e.claim_id, e.source_id, e.passage, e.stance, e.created_at,
               s.id, s.url, s.title, s.publisher, s.author, s.published_on, s.accessed_on, s.kind, s.notes
        FROM evidence e JOIN sources s ON s.id = e.source_id
        """;

    /// <summary>Attaches a passage from a source to a claim, creating the source or filling in what it lacked.</summary>
    /// <exception cref="ArgumentException">The URL is not acceptable or a field is too long; the message says which.</exception>
    /// <exception cref="ClaimLockedException">The claim's verdict is approved or published.</exception>
    public Evidence Add(long claimId, EvidenceDraft draft, string actor = ClaimStore.Anonymous)
    {
        if (UrlRules.Validate(draft.Url) is { } error) throw new ArgumentException(error, nameof(draft));
        FieldLimits.Require(draft.Passage.Trim(), FieldLimits.Passage, "quoted passage", nameof(draft));
        FieldLimits.Require(draft.Title?.Trim(), FieldLimits.SourceTitle, "source's title", nameof(draft));
        FieldLimits.Require(draft.Publisher?.Trim(), FieldLimits.SourcePublisher, "publisher's name", nameof(draft));
        var now = clock.GetUtcNow();
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        RefuseLocked(c, tx, claimId);
        var sourceId = c.ExecuteScalar<long>("""
            INSERT INTO sources (url, title, publisher, published_on, accessed_on, kind, created_at)
            VALUES (@url, @title, @publisher, @publishedOn, @accessedOn, @kind, @now)
            ON CONFLICT (url) DO UPDATE SET
                title = COALESCE(excluded.title, sources.title),
                publisher = COALESCE(excluded.publisher, sources.publisher),
                published_on = COALESCE(excluded.published_on, sources.published_on),
                kind = CASE WHEN excluded.kind = 'Other' THEN sources.kind ELSE excluded.kind END
            RETURNING id
            """, new
        {
            url = draft.Url.Trim(), title = Blank(draft.Title), publisher = Blank(draft.Publisher),
            publishedOn = draft.PublishedOn, accessedOn = DateOnly.FromDateTime(now.UtcDateTime),
            kind = draft.Kind.ToString(), now,
        }, tx);
        var id = c.ExecuteScalar<long>("""
            INSERT INTO evidence (claim_id, source_id, passage, stance, created_at)
            VALUES (@claimId, @sourceId, @passage, @stance, @now)
            RETURNING id
            """, new { claimId, sourceId, passage = draft.Passage.Trim(), stance = draft.Stance.ToString(), now }, tx);
        var articleId = c.ExecuteScalar<long?>("SELECT article_id FROM claims WHERE id = @claimId", new { claimId }, tx);
        AuditLog.Write(c, tx, now, actor, "evidence", id, articleId, "added", null,
            new { claimId, url = draft.Url.Trim(), passage = draft.Passage.Trim(), stance = draft.Stance.ToString() });
        tx.Commit();
        return Query(c, "WHERE e.id = @id", new { id }).Single();
    }

    public IReadOnlyList<Evidence> ListByClaim(long claimId)
    {
        using var c = db.Open();
        return Query(c, "WHERE e.claim_id = @claimId ORDER BY e.id", new { claimId });
    }

    public IReadOnlyList<Evidence> ListByArticle(long articleId)
    {
        using var c = db.Open();
        return Query(c, "WHERE e.claim_id IN (SELECT id FROM claims WHERE article_id = @articleId) ORDER BY e.id", new { articleId });
    }

    public IReadOnlyList<Evidence> ListBySource(long sourceId)
    {
        using var c = db.Open();
        return Query(c, "WHERE e.source_id = @sourceId ORDER BY e.id", new { sourceId });
    }

    /// <exception cref="ArgumentException">The passage is too long.</exception>
    /// <exception cref="ClaimLockedException">The claim's verdict is approved or published.</exception>
    public bool UpdatePassage(long id, string passage, Stance stance, string actor = ClaimStore.Anonymous)
    {
        FieldLimits.Require(passage.Trim(), FieldLimits.Passage, "quoted passage", nameof(passage));
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        // A passage never moves to another claim: its claim's lock (RefuseLocked) covers it, so "before" is as it stays.
        if (c.ExecuteScalar<long?>("SELECT claim_id FROM evidence WHERE id = @id", new { id }, tx) is not { } claimId) return false;
        RefuseLocked(c, tx, claimId);
        var before = Query(c, "WHERE e.id = @id", new { id }, tx).SingleOrDefault();
        if (before is null) return false;
        // An anchor located the old wording; a new passage must be located again (SnapshotStore.Anchor).
        c.Execute("""
            UPDATE evidence SET passage = @passage, stance = @stance,
                snapshot_id = CASE WHEN passage = @passage THEN snapshot_id END,
                anchor_found = CASE WHEN passage = @passage THEN anchor_found END,
                anchor_start = CASE WHEN passage = @passage THEN anchor_start END,
                anchor_end = CASE WHEN passage = @passage THEN anchor_end END,
                anchor_prefix = CASE WHEN passage = @passage THEN anchor_prefix END,
                anchor_suffix = CASE WHEN passage = @passage THEN anchor_suffix END
            WHERE id = @id
            """, new { id, passage = passage.Trim(), stance = stance.ToString() }, tx);
        var articleId = c.ExecuteScalar<long?>("SELECT article_id FROM claims WHERE id = @claimId", new { claimId = before.ClaimId }, tx);
        AuditLog.Write(c, tx, clock.GetUtcNow(), actor, "evidence", id, articleId, "passage",
            new { passage = before.Passage, stance = before.Stance.ToString() }, new { passage = passage.Trim(), stance = stance.ToString() });
        tx.Commit();
        return true;
    }

    /// <exception cref="ClaimLockedException">The claim's verdict is approved or published.</exception>
    public bool Delete(long id, string actor = ClaimStore.Anonymous)
    {
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        if (c.ExecuteScalar<long?>("SELECT claim_id FROM evidence WHERE id = @id", new { id }, tx) is not { } claimId) return false;
        RefuseLocked(c, tx, claimId);
        var before = Query(c, "WHERE e.id = @id", new { id }, tx).SingleOrDefault();
        if (before is null || c.Execute("DELETE FROM evidence WHERE id = @id", new { id }, tx) != 1) return false;
        var articleId = c.ExecuteScalar<long?>("SELECT article_id FROM claims WHERE id = @claimId", new { claimId = before.ClaimId }, tx);
        AuditLog.Write(c, tx, clock.GetUtcNow(), actor, "evidence", id, articleId, "removed",
            new { claimId = before.ClaimId, url = before.Source.Url, passage = before.Passage, stance = before.Stance.ToString() }, null);
        tx.Commit();
        return true;
    }

    // Inside the write transaction: an approval that lands first makes the claim's evidence part of the approved verdict.
    // The claim stays locked until commit, so evidence changes and the claim's own saves (an approval) take turns.
    private static void RefuseLocked(System.Data.Common.DbConnection c, System.Data.IDbTransaction tx, long claimId)
    {
        var status = c.ExecuteScalar<string?>($"SELECT status FROM claims WHERE id = @claimId {SqlDialect.Of(c).ForUpdate}", new { claimId }, tx);
        if (status is not null && ClaimLock.Reason(Enum.Parse<ClaimStatus>(status)) is { } locked) throw new ClaimLockedException(locked);
    }

    private static List<Evidence> Query(System.Data.Common.DbConnection c, string where, object args, System.Data.IDbTransaction? tx = null) =>
        c.Query<EvidenceRow, SourceRow, Evidence>(Select + "\n" + where,
            (e, s) => new Evidence
            {
                Id = e.Id, ClaimId = e.ClaimId, SourceId = e.SourceId, Passage = e.Passage,
                Stance = Enum.Parse<Stance>(e.Stance), CreatedAt = e.CreatedAt,
                Source = s.ToSource(),
            }, args, tx, splitOn: "id").AsList();

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private sealed class EvidenceRow
    {
        public long Id { get; set; }
        public long ClaimId { get; set; }
        public long SourceId { get; set; }
        public string Passage { get; set; } = "";
        public string Stance { get; set; } = "";
        public DateTimeOffset CreatedAt { get; set; }
    }
}
