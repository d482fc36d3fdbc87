using System.Data;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using FactCheck.Core.Reports;

namespace FactCheck.Core.Data;

/// <summary>Published report versions: appended, never changed (triggers refuse UPDATE and DELETE).</summary>
public sealed class ReportVersionStore(Database db)
{
    private const string Columns = "v.id, v.article_id, v.version, v.markdown, v.sha256, v.published_at, v.published_by, v.correction, v.content_json";

    public IReadOnlyList<ReportVersion> List(long articleId)
    {
        using var c = db.Open();
        return c.Query<Row>($"SELECT {Columns} FROM report_versions v WHERE v.article_id = @articleId ORDER BY v.version", new { articleId })
            .Select(r => r.ToVersion()).ToList();
    }

    /// <summary>The article whose public page has this address, or null when there is none (never published).</summary>
    public long? ArticleBySlug(string slug)
    {
        using var c = db.Open();
        return c.QuerySingleOrDefault<long?>("""
            SELECT a.id FROM articles a WHERE a.slug = @slug AND EXISTS (SELECT 1 FROM report_versions v WHERE v.article_id = a.id)
            """, new { slug });
    }

    /// <summary>The public page's address of an article, once published.</summary>
    public string? SlugOf(long articleId)
    {
        using var c = db.Open();
        return c.QuerySingleOrDefault<string?>("SELECT slug FROM articles WHERE id = @articleId", new { articleId });
    }

    /// <summary>Every published fact-check at its latest version, most recently published first.</summary>
    public IReadOnlyList<PublishedFactCheck> Published(int limit = 1000)
    {
        using var c = db.Open();
        return c.Query<Row>($"""
            SELECT {Columns}, a.slug,
                   (SELECT MIN(x.published_at) FROM report_versions x WHERE x.article_id = v.article_id) AS first_published_at
            FROM report_versions v JOIN articles a ON a.id = v.article_id
            WHERE a.slug IS NOT NULL
              AND v.version = (SELECT MAX(x.version) FROM report_versions x WHERE x.article_id = v.article_id)
            ORDER BY v.published_at DESC, v.id DESC
            LIMIT @limit
            """, new { limit }).Select(r => new PublishedFactCheck(r.Slug!, r.ToVersion(), r.FirstPublishedAt ?? r.PublishedAt)).ToList();
    }

    /// <summary>
    /// The next version number, taken inside the write transaction so that two publishers cannot share one. The first
    /// version gives the article the readable address of its public page (<see cref="Slugs"/>), which never changes after.
    /// </summary>
    public ReportVersion Add(long articleId, Func<int, string> markdownFor, string publishedBy, string? correction, DateTimeOffset at,
        ReportContent? content = null)
    {
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        // The article's lock: one publisher of it at a time takes the next number, and it cannot be deleted meanwhile.
        ClaimStore.LockArticle(c, tx, articleId);
        var version = c.ExecuteScalar<int>("SELECT COALESCE(MAX(version), 0) + 1 FROM report_versions WHERE article_id = @articleId", new { articleId }, tx);
        var markdown = markdownFor(version);
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(markdown)));
        var contentJson = content is null ? null : StoredJson.Write(content);
        var id = c.ExecuteScalar<long>("""
            INSERT INTO report_versions (article_id, version, markdown, sha256, published_at, published_by, correction, content_json)
            VALUES (@articleId, @version, @markdown, @sha, @at, @publishedBy, @correction, @contentJson)
            RETURNING id
            """, new { articleId, version, markdown, sha, at, publishedBy, correction, contentJson }, tx);
        var slug = EnsureSlug(c, tx, articleId);
        AuditLog.Write(c, tx, at, publishedBy, "report", id, articleId, "published", null, new { version, sha256 = sha, correction, slug });
        tx.Commit();
        return new ReportVersion
        {
            Id = id, ArticleId = articleId, Version = version, Markdown = markdown, Sha256 = sha,
            PublishedAt = at, PublishedBy = publishedBy, Correction = correction, Content = content,
        };
    }

    private static string EnsureSlug(System.Data.Common.DbConnection c, IDbTransaction tx, long articleId)
    {
        var (title, slug) = c.QuerySingle<(string Title, string? Slug)>("SELECT title, slug FROM articles WHERE id = @articleId", new { articleId }, tx);
        if (slug is not null) return slug;
        // Addresses are unique across all articles: first publications of two articles take turns choosing theirs.
        SqlDialect.Of(c).Lock(c, tx, WriteLock.Slugs);
        var wanted = Slugs.From(title, articleId);
        var taken = c.ExecuteScalar<int>("SELECT COUNT(*) FROM articles WHERE slug = @wanted", new { wanted }, tx) > 0;
        slug = taken ? $"{wanted}-{articleId}" : wanted;
        c.Execute("UPDATE articles SET slug = @slug WHERE id = @articleId", new { slug, articleId }, tx);
        return slug;
    }

    private sealed class Row
    {
        public long Id { get; set; }
        public long ArticleId { get; set; }
        public int Version { get; set; }
        public string Markdown { get; set; } = "";
        public string Sha256 { get; set; } = "";
        public DateTimeOffset PublishedAt { get; set; }
        public string PublishedBy { get; set; } = "";
        public string? Correction { get; set; }
        public string? ContentJson { get; set; }
        public string? Slug { get; set; }
        public DateTimeOffset? FirstPublishedAt { get; set; }

        public ReportVersion ToVersion() => new()
        {
            Id = Id, ArticleId = ArticleId, Version = Version, Markdown = Markdown, Sha256 = Sha256, PublishedAt = PublishedAt,
            PublishedBy = PublishedBy, Correction = Correction, Content = StoredJson.Read<ReportContent?>(ContentJson, null),
        };
    }
}
