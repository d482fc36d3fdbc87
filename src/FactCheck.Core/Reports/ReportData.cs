using FactCheck.Core.Data;
using FactCheck.Core.Reviews;
using FactCheck.Core.Sources;

namespace FactCheck.Core.Reports;

/// <summary>Everything a report is written from.</summary>
public sealed record ReportData(Article Article, IReadOnlyList<Claim> Claims, IReadOnlyList<Evidence> Evidence, VerdictScale Scale)
{
    /// <summary>The versions published so far, oldest first: the corrections log is read from them.</summary>
    public IReadOnlyList<ReportVersion> Versions { get; init; } = [];

    /// <summary>Who proposed the current verdicts and who approved them, from the audit trail.</summary>
    public ReviewCredits Credits { get; init; } = ReviewCredits.None;

    /// <summary>The latest archived copy of each cited source, by source id.</summary>
    public IReadOnlyDictionary<long, Snapshot> Snapshots { get; init; } = new Dictionary<long, Snapshot>();

    /// <summary>Display names by username: reports name people as they chose, never by the name they sign in with.</summary>
    public IReadOnlyDictionary<string, string> People { get; init; } = new Dictionary<string, string>();

    public string NameOf(string username) => People.GetValueOrDefault(username) ?? username;

    public static ReportData? Load(long articleId, ArticleStore articles, ClaimStore claims, EvidenceStore evidence, VerdictScale scale,
        ReportVersionStore? versions = null, SnapshotStore? snapshots = null, UserStore? users = null)
    {
        var article = articles.Get(articleId);
        if (article is null) return null;
        var cited = evidence.ListByArticle(articleId);
        return new ReportData(article, claims.ListByArticle(articleId), cited, scale)
        {
            Versions = versions?.List(articleId) ?? [],
            Credits = claims.Credits(articleId),
            Snapshots = snapshots is null ? new Dictionary<long, Snapshot>()
                : cited.Select(e => e.SourceId).Distinct().Select(snapshots.Latest).OfType<Snapshot>().ToDictionary(s => s.SourceId),
            People = users?.DisplayNames() ?? new Dictionary<string, string>(),
        };
    }
}
