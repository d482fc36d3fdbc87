using FactCheck.Core.Data;
using FactCheck.Core.Reviews;

namespace FactCheck.Core.Reports;

/// <summary>Everything a report is written from.</summary>
public sealed record ReportData(Article Article, IReadOnlyList<Claim> Claims, IReadOnlyList<Evidence> Evidence, VerdictScale Scale)
{
    /// <summary>The versions published so far, oldest first: the corrections log is read from them.</summary>
    public IReadOnlyList<ReportVersion> Versions { get; init; } = [];

    /// <summary>Who proposed the current verdicts and who approved them, from the audit trail.</summary>
    public ReviewCredits Credits { get; init; } = ReviewCredits.None;

    public static ReportData? Load(long articleId, ArticleStore articles, ClaimStore claims, EvidenceStore evidence, VerdictScale scale,
        ReportVersionStore? versions = null)
    {
        var article = articles.Get(articleId);
        return article is null ? null
            : new ReportData(article, claims.ListByArticle(articleId), evidence.ListByArticle(articleId), scale)
            {
                Versions = versions?.List(articleId) ?? [],
                Credits = claims.Credits(articleId),
            };
    }
}
