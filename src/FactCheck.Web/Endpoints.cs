using System.Security.Claims;
using System.Text;
using FactCheck.Core;
using FactCheck.Core.Data;
using FactCheck.Core.Exports;
using FactCheck.Core.Import;
using FactCheck.Core.Reports;
using FactCheck.Core.Reviews;
using FactCheck.Web.Auth;

namespace FactCheck.Web;

public static class Endpoints
{
    public static void MapFactCheckEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapArticleFiles();
        app.MapGet("/exports/claims.csv", (ArticleStore articles, ClaimStore claims, EvidenceStore evidence) =>
            Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ClaimCsv.Write(AllRecords(articles, claims, evidence)))).ToArray(),
                "text/csv; charset=utf-8", "factcheck-claims.csv"));
        app.MapGet("/exports/claims.json", (ArticleStore articles, ClaimStore claims, EvidenceStore evidence) =>
            Results.File(Encoding.UTF8.GetBytes(ClaimJson.Write(AllRecords(articles, claims, evidence))), "application/json", "factcheck-claims.json"));
        app.MapGet("/articles/{id:long}/versions/{version:int}.md", (long id, int version, ReportVersionStore versions) =>
            versions.List(id).FirstOrDefault(v => v.Version == version) is { } v
                ? Results.File(Encoding.UTF8.GetBytes(v.Markdown), "text/markdown; charset=utf-8", $"factcheck-{id}-v{version}.md")
                : Results.NotFound());

        // Upload for automation (curl -F file=@story.pdf): the same import and extraction as the New article page.
        app.MapPost("/api/articles/upload", async (HttpRequest request, ArticleIntake intake, ImportLimits limits, ClaimsPrincipal user, CancellationToken ct) =>
        {
            if (!request.HasFormContentType)
                return Problem("Send the article as multipart/form-data with a 'file' field.");
            var form = await request.ReadFormAsync(ct);
            var file = form.Files["file"];
            if (file is null) return Problem("No file was sent: add the article as the form field 'file'.");
            if (file.Length > limits.MaxFileBytes)
                return Problem($"'{file.FileName}' is {file.Length:N0} bytes, over the {limits.MaxFileBytes:N0}-byte limit.", StatusCodes.Status413PayloadTooLarge);
            await using var stream = file.OpenReadStream();
            var imported = await ArticleImporter.ImportFileAsync(file.FileName, stream, limits, ct);
            if (!imported.Ok) return Problem(imported.Error);
            try
            {
                var stored = intake.ImportArticle(new ArticleDraft
                {
                    Text = imported.Text,
                    Title = form["title"].FirstOrDefault() ?? imported.DetectedTitle,
                    Outlet = form["outlet"].FirstOrDefault(),
                    Url = form["url"].FirstOrDefault() ?? imported.DetectedUrl,
                    Author = imported.DetectedAuthor,
                    Published = imported.DetectedPublished,
                }, cancellationToken: ct, actor: user.Identity?.Name ?? ClaimStore.Anonymous);
                // "notice" says when the text gave more claims than an article holds and only the first were kept.
                return Results.Created($"/articles/{stored.Id}", new { id = stored.Id, notice = stored.Notice });
            }
            catch (ArgumentException e)
            {
                return Problem(e.ForUser());
            }
        }).DisableAntiforgery() // authenticated by API token only (AuthSetup), so no browser cookie can be abused here
          .RequireAuthorization(AuthSetup.ApiPolicy);
    }

    /// <summary>An article's report and exports; mapped at /articles/{id}/... for the browser and under /api for tokens.</summary>
    public static void MapArticleFiles(this IEndpointRouteBuilder app)
    {
        // Once published, the report is the latest published version; ?draft=true gives the working draft.
        app.MapGet("/articles/{id:long}/report.md", (long id, bool? draft, bool? includeUnchecked, ReportPublisher publisher) =>
            Report(id, draft, includeUnchecked, publisher) is { } r
                ? Results.File(Encoding.UTF8.GetBytes(r.Markdown), "text/markdown; charset=utf-8", r.FileName)
                : Results.NotFound());

        app.MapGet("/articles/{id:long}/report.html", (long id, bool? draft, bool? includeUnchecked, ReportPublisher publisher) =>
        {
            if (Report(id, draft, includeUnchecked, publisher) is not { } r) return Results.NotFound();
            var html = StandaloneHtml.Write($"Fact-check: {r.Title}", r.Markdown);
            return Results.File(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", Path.ChangeExtension(r.FileName, ".html"));
        });
        app.MapGet("/articles/{id:long}/claims.csv", (long id, ArticleStore articles, ClaimStore claims, EvidenceStore evidence) =>
            Records(id, articles, claims, evidence) is { } r
                ? Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ClaimCsv.Write(r))).ToArray(), "text/csv; charset=utf-8", $"factcheck-{id}-claims.csv")
                : Results.NotFound());
        app.MapGet("/articles/{id:long}/claims.json", (long id, ArticleStore articles, ClaimStore claims, EvidenceStore evidence) =>
            Records(id, articles, claims, evidence) is { } r
                ? Results.File(Encoding.UTF8.GetBytes(ClaimJson.Write(r)), "application/json", $"factcheck-{id}-claims.json")
                : Results.NotFound());
        app.MapGet("/articles/{id:long}/claimreview.json", (long id, HttpRequest request, ArticleStore articles, ReportVersionStore versions,
            PublisherSettings publisher) =>
        {
            if (articles.Get(id) is not { } article) return Results.NotFound();
            // ClaimReview is what search engines index: only what was published, pointing at the claims on the public page.
            var published = versions.List(id);
            var records = published.Count == 0 || published[^1].Content is not { } content || article.Slug is not { } slug ? []
                : ClaimReviewWriter.Write(content, PublicAddress.Page(PublicAddress.Base(publisher, request), slug), publisher,
                    DateOnly.FromDateTime(published[0].PublishedAt.UtcDateTime), DateOnly.FromDateTime(published[^1].PublishedAt.UtcDateTime));
            return Results.File(Encoding.UTF8.GetBytes(ClaimReviewWriter.WriteFile(records)), "application/ld+json", $"factcheck-{id}-claimreview.json");
        });
    }

    /// <summary>The report a download gives: the latest published version, or the working draft when asked for or unpublished.</summary>
    private static (string Markdown, string FileName, string Title)? Report(long id, bool? draft, bool? includeUnchecked, ReportPublisher publisher)
    {
        var data = publisher.Load(id);
        if (data is null) return null;
        var name = ReportFiles.MarkdownFileName(data.Article);
        if (draft != true && data.Versions.Count > 0)
        {
            var latest = data.Versions[^1];
            return (latest.Markdown, ReportFiles.VersionFileName(data.Article, latest.Version), data.Article.Title);
        }
        var markdown = ReportWriter.Write(data, new ReportOptions { IncludeUnchecked = includeUnchecked ?? true });
        return (markdown, data.Versions.Count > 0 ? ReportFiles.DraftFileName(data.Article) : name, data.Article.Title);
    }

    private static IReadOnlyList<ClaimRecord>? Records(long id, ArticleStore articles, ClaimStore claims, EvidenceStore evidence) =>
        articles.Get(id) is { } article ? ClaimRecord.From(article, claims.ListByArticle(id), evidence.ListByArticle(id)) : null;

    private static List<ClaimRecord> AllRecords(ArticleStore articles, ClaimStore claims, EvidenceStore evidence) =>
        articles.List().OrderBy(a => a.Id).SelectMany(a => Records(a.Id, articles, claims, evidence) ?? []).ToList();

    private static IResult Problem(string detail, int status = StatusCodes.Status400BadRequest) =>
        Results.Problem(detail: detail, statusCode: status, title: "The article could not be imported");
}
