using Dapper;
using FactCheck.Core.Reviews;

namespace FactCheck.Core.Data;

/// <summary>The source library: every source once (by URL), where it is used, and its details.</summary>
public sealed class SourceStore(Database db, TimeProvider clock)
{
    /// <summary>The engine difference this store meets: a search that ignores case.</summary>
    private string Like => db.Dialect.CaseInsensitiveLike;

    /// <summary>Sources, most cited first, optionally filtered by words in the URL, title or publisher.</summary>
    public IReadOnlyList<SourceSummary> List(string? search = null, int limit = 500)
    {
        using var c = db.Open();
        var pattern = string.IsNullOrWhiteSpace(search) ? null : "%" + search.Trim().Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
        return c.Query<SourceSummaryRow>($"""
            SELECT s.id, s.url, s.title, s.publisher, s.author, s.published_on, s.accessed_on, s.kind, s.notes,
                   COUNT(e.id) AS evidence_count, COUNT(DISTINCT cl.article_id) AS article_count
            FROM sources s
            LEFT JOIN evidence e ON e.source_id = s.id
            LEFT JOIN claims cl ON cl.id = e.claim_id
            WHERE @pattern IS NULL
               OR s.url {Like} @pattern ESCAPE '\' OR s.title {Like} @pattern ESCAPE '\' OR s.publisher {Like} @pattern ESCAPE '\'
            GROUP BY s.id
            ORDER BY evidence_count DESC, s.id DESC
            LIMIT @limit
            """, new { pattern, limit }).Select(r => r.ToSummary()).ToList();
    }

    public IReadOnlyList<SourceUse> Uses(long sourceId)
    {
        using var c = db.Open();
        return c.Query<(long ArticleId, string ArticleTitle, long ClaimId, string ClaimStatement, string Passage, string Stance)>("""
            SELECT a.id, a.title, cl.id, cl.statement, e.passage, e.stance
            FROM evidence e JOIN claims cl ON cl.id = e.claim_id JOIN articles a ON a.id = cl.article_id
            WHERE e.source_id = @sourceId
            ORDER BY a.id, cl.span_start
            """, new { sourceId })
            .Select(r => new SourceUse(r.ArticleId, r.ArticleTitle, r.ClaimId, r.ClaimStatement, r.Passage, Enum.Parse<Stance>(r.Stance)))
            .ToList();
    }

    /// <summary>Changes a source's details; its URL stays (it is the source's identity).</summary>
    public bool Update(Source source, string actor = ClaimStore.Anonymous)
    {
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        var before = c.QuerySingleOrDefault<(string? Title, string? Publisher, string Kind)>(
            $"SELECT title, publisher, kind FROM sources WHERE id = @id {db.Dialect.ForUpdate}", new { id = source.Id }, tx);
        var changed = c.Execute("""
            UPDATE sources SET title = @Title, publisher = @Publisher, author = @Author, published_on = @PublishedOn,
                   kind = @kind, notes = @Notes
            WHERE id = @Id
            """, new { source.Id, source.Title, source.Publisher, source.Author, source.PublishedOn, kind = source.Kind.ToString(), source.Notes }, tx) == 1;
        if (changed)
            AuditLog.Write(c, tx, clock.GetUtcNow(), actor, "source", source.Id, null, "edited",
                new { before.Title, before.Publisher, before.Kind }, new { source.Title, source.Publisher, Kind = source.Kind.ToString() });
        tx.Commit();
        return changed;
    }

    private sealed class SourceSummaryRow : SourceRow
    {
        public int EvidenceCount { get; set; }
        public int ArticleCount { get; set; }

        public SourceSummary ToSummary() => new() { Source = ToSource(), EvidenceCount = EvidenceCount, ArticleCount = ArticleCount };
    }
}
