using Dapper;
using FactCheck.Core.Matching;

namespace FactCheck.Core.Data;

/// <summary>What the Fact-checks page lists: one page of checks and how many match in all.</summary>
public sealed record CatalogPage(IReadOnlyList<EarlierCheck> Items, int Total);

/// <summary>
/// Every earlier fact-check the newsroom holds, listed together for browsing: imported ClaimReviews and this newsroom's
/// published verdicts, newest first, searched by words in the claim, the rating, the checker or the claimant.
/// </summary>
public sealed class FactCheckCatalog(Database db)
{
    public const int MaxPageSize = 100;

    /// <summary>The engine difference this store meets: a search that ignores case.</summary>
    private string Like => db.Dialect.CaseInsensitiveLike;

    /// <param name="origin">Only imported reviews or only our own verdicts; null for both.</param>
    /// <param name="ourName">Who checked our own verdicts, as the list shows it (the newsroom's name).</param>
    public CatalogPage List(string? search, EarlierCheckOrigin? origin, int page, int pageSize, string ourName)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(0, page);
        var pattern = string.IsNullOrWhiteSpace(search) ? null
            : "%" + search.Trim().Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
        var args = new { pattern, origin = origin?.ToString(), ourName, limit = pageSize, offset = page * pageSize };
        var from = $"""
            FROM (
                SELECT 'ClaimReview' AS origin, r.id, r.claim_reviewed AS claim, r.rating, r.organisation AS checked_by, r.claimant,
                       r.reviewed_on AS checked_on, r.url, NULL AS slug
                FROM claim_reviews r
                UNION ALL
                SELECT 'OwnVerdict', cl.id, cl.statement, cl.verdict, @ourName, cl.speaker_name,
                       (SELECT {db.Dialect.UtcDay("MIN(v.published_at)")} FROM report_versions v WHERE v.article_id = cl.article_id), NULL, a.slug
                FROM claims cl JOIN articles a ON a.id = cl.article_id
                WHERE cl.status = 'Published' AND cl.verdict IS NOT NULL
            ) x
            WHERE (@origin IS NULL OR x.origin = @origin)
              AND (@pattern IS NULL OR x.claim {Like} @pattern ESCAPE '\' OR x.rating {Like} @pattern ESCAPE '\'
                   OR x.checked_by {Like} @pattern ESCAPE '\' OR x.claimant {Like} @pattern ESCAPE '\')
            """;
        using var c = db.Open();
        var total = c.ExecuteScalar<int>("SELECT COUNT(*) " + from, args);
        var rows = c.Query<Row>($"""
            SELECT x.origin, x.id, x.claim, x.rating, x.checked_by, x.claimant, x.checked_on, x.url, x.slug
            {from}
            ORDER BY x.checked_on IS NULL, x.checked_on DESC, x.origin, x.id DESC
            LIMIT @limit OFFSET @offset
            """, args);
        return new CatalogPage(rows.Select(r => r.ToCheck()).ToList(), total);
    }

    private sealed class Row
    {
        public string Origin { get; set; } = "";
        public long Id { get; set; }
        public string Claim { get; set; } = "";
        public string? Rating { get; set; }
        public string? CheckedBy { get; set; }
        public string? Claimant { get; set; }
        public string? CheckedOn { get; set; }
        public string? Url { get; set; }
        public string? Slug { get; set; }

        public EarlierCheck ToCheck()
        {
            var origin = Enum.Parse<EarlierCheckOrigin>(Origin);
            var on = CheckedOn is { Length: >= 10 } d && DateOnly.TryParseExact(d[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var day) ? day : (DateOnly?)null;
            var url = origin == EarlierCheckOrigin.OwnVerdict ? Slug is null ? null : $"/fact-checks/{Slug}#claim-{Id}" : Url;
            return new EarlierCheck(origin, Id, Claim, Rating, CheckedBy, Claimant, on, url, 0, 0, 0);
        }
    }
}
