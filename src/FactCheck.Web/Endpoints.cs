using System.Text;
using FactCheck.Core.Data;
using FactCheck.Core.Reports;
using FactCheck.Core.Reviews;

namespace FactCheck.Web;

public static class Endpoints
{
    public static void MapFactCheckEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/articles/{id:long}/report.md", (long id, bool? includeUnchecked, ArticleStore articles, ClaimStore claims,
            EvidenceStore evidence, VerdictScale scale) =>
        {
            var data = ReportData.Load(id, articles, claims, evidence, scale);
            if (data is null) return Results.NotFound();
            var markdown = ReportWriter.Write(data, new ReportOptions { IncludeUnchecked = includeUnchecked ?? true });
            return Results.File(Encoding.UTF8.GetBytes(markdown), "text/markdown; charset=utf-8", ReportFiles.MarkdownFileName(data.Article));
        });
    }
}
