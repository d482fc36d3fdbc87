using System.Text;
using FactCheck.Core.Data;
using FactCheck.Core.Import;
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

        // Upload for automation (curl -F file=@story.pdf): the same import and extraction as the New article page.
        app.MapPost("/api/articles/upload", async (HttpRequest request, ArticleIntake intake, ImportLimits limits, CancellationToken ct) =>
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
                var id = intake.Import(new ArticleDraft
                {
                    Text = imported.Text,
                    Title = form["title"].FirstOrDefault() ?? imported.DetectedTitle,
                    Outlet = form["outlet"].FirstOrDefault(),
                    Url = form["url"].FirstOrDefault() ?? imported.DetectedUrl,
                    Author = imported.DetectedAuthor,
                    Published = imported.DetectedPublished,
                }, cancellationToken: ct);
                return Results.Created($"/articles/{id}", new { id });
            }
            catch (ArgumentException e)
            {
                return Problem(e.Message);
            }
        }).DisableAntiforgery();
    }

    private static IResult Problem(string detail, int status = StatusCodes.Status400BadRequest) =>
        Results.Problem(detail: detail, statusCode: status, title: "The article could not be imported");
}
