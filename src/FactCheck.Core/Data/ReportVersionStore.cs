using System.Security.Cryptography;
using System.Text;
using Dapper;
using FactCheck.Core.Reports;

namespace FactCheck.Core.Data;

/// <summary>Published report versions: appended, never changed (triggers refuse UPDATE and DELETE).</summary>
public sealed class ReportVersionStore(Database db)
{
    public IReadOnlyList<ReportVersion> List(long articleId)
    {
        using var c = db.Open();
        return c.Query<ReportVersion>("""
            SELECT id, article_id, version, markdown, sha256, published_at, published_by, correction
            FROM report_versions WHERE article_id = @articleId ORDER BY version
            """, new { articleId }).AsList();
    }

    /// <summary>The next version number, taken inside the write transaction so that two publishers cannot share one.</summary>
    public ReportVersion Add(long articleId, Func<int, string> markdownFor, string publishedBy, string? correction, DateTimeOffset at)
    {
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        var version = c.ExecuteScalar<int>("SELECT COALESCE(MAX(version), 0) + 1 FROM report_versions WHERE article_id = @articleId", new { articleId }, tx);
        var markdown = markdownFor(version);
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(markdown)));
        var id = c.ExecuteScalar<long>("""
            INSERT INTO report_versions (article_id, version, markdown, sha256, published_at, published_by, correction)
            VALUES (@articleId, @version, @markdown, @sha, @at, @publishedBy, @correction)
            RETURNING id
            """, new { articleId, version, markdown, sha, at, publishedBy, correction }, tx);
        AuditLog.Write(c, tx, at, publishedBy, "report", id, articleId, "published", null, new { version, sha256 = sha, correction });
        tx.Commit();
        return new ReportVersion
        {
            Id = id, ArticleId = articleId, Version = version, Markdown = markdown, Sha256 = sha,
            PublishedAt = at, PublishedBy = publishedBy, Correction = correction,
        };
    }
}
