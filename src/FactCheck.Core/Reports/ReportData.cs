using FactCheck.Core.Data;
using FactCheck.Core.Reviews;

namespace FactCheck.Core.Reports;

/// <summary>Everything a report is written from.</summary>
public sealed record ReportData(Article Article, IReadOnlyList<Claim> Claims, IReadOnlyList<Evidence> Evidence, VerdictScale Scale)
{
    public static ReportData? Load(long articleId, ArticleStore articles, ClaimStore claims, EvidenceStore evidence, VerdictScale scale)
    {
        var article = articles.Get(articleId);
        return article is null ? null
            : new ReportData(article, claims.ListByArticle(articleId), evidence.ListByArticle(articleId), scale);
    }
}
