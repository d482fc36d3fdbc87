using System.Security.Cryptography;
using System.Text;
using Dapper;

namespace FactCheck.Core.Data;

/// <summary>A claim this newsroom published a verdict on, with its embedding when one is stored for its current wording.</summary>
public sealed record PublishedVerdict(long ClaimId, long ArticleId, string Statement, string Verdict, string? SpeakerName, string? Slug,
    DateTimeOffset? PublishedAt, float[]? Embedding);

/// <summary>
/// This newsroom's published verdicts as earlier checks, and the stored embeddings of claims' statements
/// (<c>claim_embeddings</c>), keyed by the SHA-256 of the wording they were computed from.
/// </summary>
public sealed class OwnVerdictStore(Database db)
{
    public IReadOnlyList<PublishedVerdict> Published(long? exceptArticleId = null)
    {
        using var c = db.Open();
        return c.Query<Row>("""
            SELECT cl.id AS claim_id, cl.article_id, cl.statement, cl.verdict, cl.speaker_name, a.slug,
                   (SELECT MIN(v.published_at) FROM report_versions v WHERE v.article_id = a.id) AS published_at,
                   CASE WHEN e.text_sha256 = @none THEN NULL ELSE e.text_sha256 END AS text_sha256, e.embedding
            FROM claims cl
            JOIN articles a ON a.id = cl.article_id
            LEFT JOIN claim_embeddings e ON e.claim_id = cl.id
            WHERE cl.status = 'Published' AND cl.verdict IS NOT NULL AND (@exceptArticleId IS NULL OR cl.article_id <> @exceptArticleId)
            ORDER BY cl.id
            """, new { exceptArticleId, none = "" })
            .Select(r => new PublishedVerdict(r.ClaimId, r.ArticleId, r.Statement, r.Verdict, r.SpeakerName, r.Slug, r.PublishedAt,
                r.Embedding is { } blob && r.TextSha256 == Sha(r.Statement) ? ClaimReviewStore.Vector(blob) : null))
            .ToList();
    }

    /// <summary>The stored embedding of a claim's statement if it was computed from these very words.</summary>
    public float[]? Embedding(long claimId, string statement)
    {
        using var c = db.Open();
        var row = c.QuerySingleOrDefault<(string Sha, byte[] Blob)?>(
            "SELECT text_sha256, embedding FROM claim_embeddings WHERE claim_id = @claimId", new { claimId });
        return row is { } r && r.Sha == Sha(statement) ? ClaimReviewStore.Vector(r.Blob) : null;
    }

    public void SaveEmbedding(long claimId, string statement, float[] vector)
    {
        using var c = db.Open();
        c.Execute("""
            INSERT INTO claim_embeddings (claim_id, text_sha256, embedding) VALUES (@claimId, @sha, @blob)
            ON CONFLICT (claim_id) DO UPDATE SET text_sha256 = excluded.text_sha256, embedding = excluded.embedding
            """, new { claimId, sha = Sha(statement), blob = ClaimReviewStore.Blob(vector) });
    }

    internal static string Sha(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private sealed class Row
    {
        public long ClaimId { get; set; }
        public long ArticleId { get; set; }
        public string Statement { get; set; } = "";
        public string Verdict { get; set; } = "";
        public string? SpeakerName { get; set; }
        public string? Slug { get; set; }
        public DateTimeOffset? PublishedAt { get; set; }
        public string? TextSha256 { get; set; }
        public byte[]? Embedding { get; set; }
    }
}
