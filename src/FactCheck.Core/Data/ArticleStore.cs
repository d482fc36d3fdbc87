using Dapper;
using FactCheck.Core.Extraction;
using FactCheck.Core.Reviews;
using FactCheck.Core.Text;

namespace FactCheck.Core.Data;

/// <summary>Articles and their claims as one unit: an article is stored with its extracted claims or not at all.</summary>
public sealed class ArticleStore(Database db, TimeProvider clock)
{
    /// <summary>The engine difference this store meets: a search that ignores case.</summary>
    private string Like => db.Dialect.CaseInsensitiveLike;

    public long Create(ArticleDraft draft, string title, ExtractionResult extraction, string actor = ClaimStore.Anonymous)
    {
        var now = clock.GetUtcNow();
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        var id = c.ExecuteScalar<long>("""
            INSERT INTO articles (title, outlet, url, author, published, text, blocks_json, dateline_json, fetched_at, created_at, updated_at)
            VALUES (@title, @outlet, @url, @author, @published, @text, @blocks, @dateline, @fetchedAt, @now, @now)
            RETURNING id
            """,
            new
            {
                title, outlet = draft.Outlet, url = draft.Url, author = draft.Author,
                published = draft.Published ?? extraction.Published, text = draft.Text,
                blocks = StoredJson.Write(extraction.Blocks),
                dateline = extraction.Dateline is null ? null : StoredJson.Write(extraction.Dateline),
                fetchedAt = draft.FetchedAt,
                now,
            }, tx);
        var ordinal = 0;
        foreach (var claim in extraction.Claims)
            ClaimStore.Insert(c, tx, id, ++ordinal, claim, ClaimOrigin.Extracted, now);
        AuditLog.Write(c, tx, now, actor, "article", id, id, "imported", null,
            new { title, draft.Outlet, draft.Url, draft.FetchedAt, claims = extraction.Claims.Count, characters = draft.Text.Length });
        tx.Commit();
        return id;
    }

    public Article? Get(long id)
    {
        using var c = db.Open();
        var row = c.QuerySingleOrDefault<ArticleRow>("SELECT * FROM articles WHERE id = @id", new { id });
        return row?.ToArticle();
    }

    /// <summary>
    /// Every article, newest first, optionally filtered by words in the title or outlet, by a reviewer with claims
    /// assigned in it, and by state (<see cref="ArticleSummary.States"/>).
    /// </summary>
    public IReadOnlyList<ArticleSummary> List(string? search = null, long? assigneeId = null, string? state = null)
    {
        using var c = db.Open();
        var pattern = string.IsNullOrWhiteSpace(search) ? null : "%" + EscapeLike(search.Trim()) + "%";
        var rows = c.Query<ArticleSummary>($"""
            SELECT a.id, a.title, a.outlet, a.published, a.created_at,
                   COUNT(cl.id) AS claim_count,
                   COUNT(cl.verdict) AS verdict_count,
                   COALESCE(SUM(CASE WHEN cl.status IN ('Approved', 'Published') THEN 1 ELSE 0 END), 0) AS approved_count,
                   COALESCE(SUM(CASE WHEN cl.status = 'Proposed' THEN 1 ELSE 0 END), 0) AS proposed_count,
                   COALESCE(SUM(CASE WHEN cl.assignee_id IS NOT NULL THEN 1 ELSE 0 END), 0) AS assigned_count,
                   (SELECT string_agg(username, ', ') FROM (SELECT DISTINCT u.username FROM claims x JOIN users u ON u.id = x.assignee_id
                     WHERE x.article_id = a.id ORDER BY u.username) AS names) AS assignees,
                   (SELECT COUNT(*) FROM report_versions v WHERE v.article_id = a.id) AS published_versions
            FROM articles a LEFT JOIN claims cl ON cl.article_id = a.id
            WHERE (@pattern IS NULL OR a.title {Like} @pattern ESCAPE '\' OR a.outlet {Like} @pattern ESCAPE '\')
              AND (@assigneeId IS NULL OR EXISTS (SELECT 1 FROM claims x WHERE x.article_id = a.id AND x.assignee_id = @assigneeId))
            GROUP BY a.id
            ORDER BY a.created_at DESC, a.id DESC
            """, new { pattern, assigneeId }).AsList();
        return string.IsNullOrEmpty(state) ? rows : rows.Where(r => string.Equals(r.Status, state, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    /// <exception cref="ArgumentException">The note is too long.</exception>
    public bool UpdateMethodology(long id, string? methodology, string actor = ClaimStore.Anonymous)
    {
        FieldLimits.Require(methodology?.Trim(), FieldLimits.Methodology, "methodology note", nameof(methodology));
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        var before = c.ExecuteScalar<string?>($"SELECT methodology FROM articles WHERE id = @id {db.Dialect.ForUpdate}", new { id }, tx);
        var after = string.IsNullOrWhiteSpace(methodology) ? null : methodology.Trim();
        var now = clock.GetUtcNow();
        if (c.Execute("UPDATE articles SET methodology = @after, updated_at = @now WHERE id = @id", new { id, after, now }, tx) != 1) return false;
        if (before != after) AuditLog.Write(c, tx, now, actor, "article", id, id, "methodology", new { methodology = before }, new { methodology = after });
        tx.Commit();
        return true;
    }

    /// <summary>
    /// Saves what the editor prepares for publication: the summary (bottom line), the methodology note and the order
    /// of the claims; a null argument keeps that part as it is. Claim ids must be the article's own, each once.
    /// </summary>
    /// <returns>False when the article does not exist.</returns>
    /// <exception cref="ArgumentException">A text is too long, or the order names a claim twice or one of another article.</exception>
    public bool UpdateReport(long id, ReportEdit edit, string actor = ClaimStore.Anonymous)
    {
        FieldLimits.Require(edit.Summary?.Trim(), FieldLimits.Summary, "summary", nameof(edit));
        FieldLimits.Require(edit.Methodology?.Trim(), FieldLimits.Methodology, "methodology note", nameof(edit));
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        var before = c.QuerySingleOrDefault<(string? Summary, string? Methodology, string? ClaimOrder)>(
            $"SELECT summary, methodology, claim_order FROM articles WHERE id = @id {db.Dialect.ForUpdate}", new { id }, tx);
        if (c.ExecuteScalar<int>("SELECT COUNT(*) FROM articles WHERE id = @id", new { id }, tx) == 0) return false;
        string? order = before.ClaimOrder;
        if (edit.ClaimOrder is { } ids)
        {
            if (ids.Count != ids.Distinct().Count()) throw new ArgumentException("claimOrder names a claim more than once.", nameof(edit));
            var own = c.Query<long>("SELECT id FROM claims WHERE article_id = @id", new { id }, tx).ToHashSet();
            var unknown = ids.Where(x => !own.Contains(x)).ToList();
            if (unknown.Count > 0)
                throw new UnknownClaimsException($"claimOrder names {(unknown.Count == 1 ? "a claim" : "claims")} this article does not have: {string.Join(", ", unknown)}.");
            order = ids.Count == 0 ? null : System.Text.Json.JsonSerializer.Serialize(ids);
        }
        var summary = edit.Summary is null ? before.Summary : Blank(edit.Summary);
        var methodology = edit.Methodology is null ? before.Methodology : Blank(edit.Methodology);
        var now = clock.GetUtcNow();
        c.Execute("UPDATE articles SET summary = @summary, methodology = @methodology, claim_order = @order, updated_at = @now WHERE id = @id",
            new { id, summary, methodology, order, now }, tx);
        if ((summary, methodology, order) != before)
            AuditLog.Write(c, tx, now, actor, "article", id, id, "report",
                new { before.Summary, before.Methodology, claimOrder = before.ClaimOrder }, new { summary, methodology, claimOrder = order });
        tx.Commit();
        return true;
    }

    private static string? Blank(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>Deletes an article and its claims; a published article stays (its reports are a public record).</summary>
    /// <returns>null when deleted, else why not.</returns>
    public string? Delete(long id, string actor = ClaimStore.Anonymous)
    {
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        // The article (a publisher takes its lock too), then its claims in id order: the deletion waits for a save in
        // progress on one of them instead of deadlocking with it.
        ClaimStore.LockArticle(c, tx, id);
        c.Execute($"SELECT id FROM claims WHERE article_id = @id ORDER BY id {db.Dialect.ForUpdate}", new { id }, tx);
        if (c.ExecuteScalar<int>("SELECT COUNT(*) FROM report_versions WHERE article_id = @id", new { id }, tx) > 0)
            return "This article's report has been published, so the article stays: publish a correction instead.";
        var title = c.ExecuteScalar<string?>("SELECT title FROM articles WHERE id = @id", new { id }, tx);
        if (title is null || c.Execute("DELETE FROM articles WHERE id = @id", new { id }, tx) != 1) return "This article no longer exists.";
        AuditLog.Write(c, tx, clock.GetUtcNow(), actor, "article", id, id, "deleted", new { title }, null);
        tx.Commit();
        return null;
    }

    private static string EscapeLike(string s) => s.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");

    private sealed class ArticleRow
    {
        public long Id { get; set; }
        public string Title { get; set; } = "";
        public string? Outlet { get; set; }
        public string? Url { get; set; }
        public string? Author { get; set; }
        public string? Published { get; set; }
        public string Text { get; set; } = "";
        public string? BlocksJson { get; set; }
        public string? DatelineJson { get; set; }
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset UpdatedAt { get; set; }
        public string? Methodology { get; set; }
        public DateTimeOffset? FetchedAt { get; set; }
        public string? Summary { get; set; }
        public string? ClaimOrder { get; set; }
        public string? Slug { get; set; }

        public Article ToArticle() => new()
        {
            Id = Id, Title = Title, Outlet = Outlet, Url = Url, Author = Author,
            Published = Published is null ? null : DateOnly.Parse(Published, System.Globalization.CultureInfo.InvariantCulture),
            Text = Text,
            Blocks = StoredJson.Read<List<DocumentBlock>>(BlocksJson, []),
            Dateline = StoredJson.Read<Dateline?>(DatelineJson, null),
            CreatedAt = CreatedAt, UpdatedAt = UpdatedAt, Methodology = Methodology, FetchedAt = FetchedAt,
            Summary = Summary, ClaimOrder = StoredJson.Read<List<long>>(ClaimOrder, []), Slug = Slug,
        };
    }
}
