using System.Text;
using Dapper;
using FactCheck.Core.Reviews;
using FactCheck.Core.Sources;
using System.Data.Common;

namespace FactCheck.Core.Data;

/// <summary>Immutable snapshots of sources, and the anchors that tie evidence passages to one of them.</summary>
public sealed class SnapshotStore(Database db, TimeProvider clock)
{
    // LAG compares each snapshot with the one before it for the same source; nothing is stored that could go stale.
    private const string Select = """
        SELECT id, source_id, text, sha256, retrieved_at, final_url, http_status, archive_url, content_type, manual,
               title, publisher, author, published_on,
               CASE WHEN sha256 <> LAG(sha256) OVER w THEN 1 ELSE 0 END AS changed_since_previous,
               CASE WHEN text_sha256 <> LAG(text_sha256) OVER w THEN 1 ELSE 0 END AS text_changed_since_previous
        FROM snapshots
        WHERE source_id = @sourceId
        WINDOW w AS (PARTITION BY source_id ORDER BY id)
        """;

    /// <summary>The id of the source with this URL, creating a bare one (kind Other) when there is none.</summary>
    public long EnsureSource(string url, SourceKind kind = SourceKind.Other)
    {
        if (UrlRules.Validate(url) is { } error) throw new ArgumentException(error, nameof(url));
        using var c = db.Open();
        return c.ExecuteScalar<long>("""
            INSERT INTO sources (url, kind, created_at) VALUES (@url, @kind, @now)
            ON CONFLICT (url) DO UPDATE SET url = excluded.url
            RETURNING id
            """, new { url = url.Trim(), kind = kind.ToString(), now = clock.GetUtcNow() });
    }

    /// <summary>
    /// Stores a new snapshot of source <paramref name="sourceId"/> and fills in what the source record
    /// lacked (title, publisher, author, publication date) from what the page said; sets the date accessed.
    /// </summary>
    public Snapshot Add(long sourceId, SnapshotDraft draft)
    {
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        var id = c.ExecuteScalar<long>("""
            INSERT INTO snapshots (source_id, text, sha256, text_sha256, retrieved_at, final_url, http_status, archive_url,
                                   content_type, manual, title, publisher, author, published_on, created_at)
            VALUES (@sourceId, @Text, @Sha256, @textSha256, @RetrievedAt, @FinalUrl, @HttpStatus, @ArchiveUrl,
                    @ContentType, @Manual, @Title, @Publisher, @Author, @PublishedOn, @now)
            RETURNING id
            """, new
        {
            sourceId, draft.Text, Sha256 = draft.Sha256.ToLowerInvariant(), textSha256 = SnapshotDraft.HashHex(Encoding.UTF8.GetBytes(draft.Text)),
            draft.RetrievedAt, draft.FinalUrl, draft.HttpStatus, draft.ArchiveUrl, draft.ContentType, draft.Manual,
            draft.Title, draft.Publisher, draft.Author, draft.PublishedOn, now = clock.GetUtcNow(),
        }, tx);
        c.Execute("""
            UPDATE sources SET
                title = COALESCE(title, @Title), publisher = COALESCE(publisher, @Publisher),
                author = COALESCE(author, @Author), published_on = COALESCE(published_on, @PublishedOn),
                accessed_on = @accessedOn
            WHERE id = @sourceId
            """, new { sourceId, draft.Title, draft.Publisher, draft.Author, draft.PublishedOn, accessedOn = DateOnly.FromDateTime(draft.RetrievedAt.UtcDateTime) }, tx);
        tx.Commit();
        return Query(c, "WHERE id = @id", new { sourceId, id }).Single();
    }

    /// <summary>The most recent snapshot of the source, or null when it was never fetched or pasted.</summary>
    public Snapshot? Latest(long sourceId)
    {
        using var c = db.Open();
        return Query(c, "ORDER BY id DESC LIMIT 1", new { sourceId }).SingleOrDefault();
    }

    /// <summary>Every snapshot of the source, oldest first.</summary>
    public IReadOnlyList<Snapshot> List(long sourceId)
    {
        using var c = db.Open();
        return Query(c, "ORDER BY id", new { sourceId });
    }

    public Snapshot? Get(long id)
    {
        using var c = db.Open();
        var sourceId = c.ExecuteScalar<long?>("SELECT source_id FROM snapshots WHERE id = @id", new { id });
        return sourceId is null ? null : Query(c, "WHERE id = @id", new { sourceId, id }).SingleOrDefault();
    }

    /// <summary>Records where an evidence passage was (or was not) found in a snapshot.</summary>
    public bool Anchor(long evidenceId, long snapshotId, PassageLocation location)
    {
        using var c = db.Open();
        return c.Execute("""
            UPDATE evidence SET snapshot_id = @snapshotId, anchor_found = @found,
                anchor_start = @start, anchor_end = @end, anchor_prefix = @prefix, anchor_suffix = @suffix
            WHERE id = @evidenceId
            """, new
        {
            evidenceId, snapshotId, found = location.Found,
            start = location.Position?.Start, end = location.Position?.End,
            prefix = location.Quote?.Prefix, suffix = location.Quote?.Suffix,
        }) == 1;
    }

    /// <summary>The anchor stored for an evidence passage; null when it was never checked against a snapshot.</summary>
    public EvidenceAnchor? AnchorOf(long evidenceId)
    {
        using var c = db.Open();
        return c.QuerySingleOrDefault<AnchorRow>("""
            SELECT snapshot_id, anchor_found, anchor_start, anchor_end, anchor_prefix, anchor_suffix, passage
            FROM evidence WHERE id = @evidenceId AND snapshot_id IS NOT NULL
            """, new { evidenceId }) is { } row
            ? new EvidenceAnchor(row.SnapshotId, row.AnchorFound,
                row.AnchorFound && row.AnchorStart is { } s && row.AnchorEnd is { } e ? new TextPositionSelector(s, e) : null,
                row.AnchorFound ? new TextQuoteSelector(row.Passage, row.AnchorPrefix ?? "", row.AnchorSuffix ?? "") : null)
            : null;
    }

    private static List<Snapshot> Query(DbConnection c, string tail, object args) =>
        c.Query<Snapshot>($"SELECT * FROM ({Select}) AS s {tail}", args).AsList();

    private sealed class AnchorRow
    {
        public long SnapshotId { get; set; }
        public bool AnchorFound { get; set; }
        public int? AnchorStart { get; set; }
        public int? AnchorEnd { get; set; }
        public string? AnchorPrefix { get; set; }
        public string? AnchorSuffix { get; set; }
        public string Passage { get; set; } = "";
    }
}
