using System.Net;
using System.Text.Json;
using FactCheck.Core.Data;
using FactCheck.Core.Reviews;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Http;

public class ExportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private long ImportChecked()
    {
        var id = app.Services.GetRequiredService<ArticleIntake>().Import(new ArticleDraft
        {
            Text = WorkbenchTestContext.Story, Title = "Harbor bridge", Url = "https://coastline.example/bridge", Published = new DateOnly(2026, 5, 4),
        });
        var claims = app.Services.GetRequiredService<ClaimStore>();
        var claim = claims.ListByArticle(id)[0];
        claims.SetVerdict(claim.Id, claim.Version, "False", "Ten weeks, not 14.");
        return id;
    }

    [Fact]
    public async Task Article_claims_export_as_csv_and_json()
    {
        var id = ImportChecked();
        var client = await app.SignedInClientAsync();

        var csv = await client.GetAsync($"/articles/{id}/claims.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith("claim_id,article_id,article_title,kind,statement", text.TrimStart('\uFEFF'));
        Assert.Contains(",\"False\",", text); // every text cell is quoted

        var json = await client.GetStringAsync($"/articles/{id}/claims.json");
        using var doc = JsonDocument.Parse(json);
        var first = doc.RootElement.GetProperty("claims")[0];
        Assert.Equal("TextQuoteSelector", first.GetProperty("selectors")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task ClaimReview_file_holds_a_record_per_published_verdict()
    {
        var id = ImportChecked();
        var client = await app.SignedInClientAsync();
        using (var before = JsonDocument.Parse(await client.GetStringAsync($"/articles/{id}/claimreview.json")))
            Assert.Equal(0, before.RootElement.GetArrayLength());

        var claim = app.Services.GetRequiredService<ClaimStore>().ListByArticle(id)[0];
        var evidence = app.Services.GetRequiredService<EvidenceStore>().Add(claim.Id, new EvidenceDraft { Url = "https://transport.example.gov/n/77", Passage = "ten weeks" });
        app.Services.GetRequiredService<SnapshotStore>().Add(evidence.SourceId,
            FactCheck.Core.Sources.SnapshotDraft.FromPastedText("The bridge closes for ten weeks.", DateTimeOffset.UtcNow));
        app.Services.GetRequiredService<ArticleStore>().UpdateMethodology(id, "Checked against the department's notices.");
        var proposed = app.Services.GetRequiredService<ClaimStore>().Get(claim.Id)!;
        Assert.True(app.Services.GetRequiredService<ClaimStore>().Approve(proposed.Id, proposed.Version, "Editor").Saved);
        Assert.True(app.Services.GetRequiredService<FactCheck.Core.Reports.ReportPublisher>().Publish(id, "Editor", null).Published);

        var response = await client.GetAsync($"/articles/{id}/claimreview.json");
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var record = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal("False", record.GetProperty("reviewRating").GetProperty("alternateName").GetString());
        Assert.Equal("FactCheck newsroom", record.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("https://coastline.example/bridge", record.GetProperty("itemReviewed").GetProperty("appearance").GetProperty("url").GetString());
    }

    [Fact]
    public async Task All_claims_export_covers_every_article_and_unknown_articles_are_404()
    {
        var a = ImportChecked();
        var b = ImportChecked();
        var client = await app.SignedInClientAsync();
        using var doc = JsonDocument.Parse(await client.GetStringAsync("/exports/claims.json"));
        var articleIds = doc.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("articleId").GetInt64()).ToHashSet();
        Assert.Contains(a, articleIds);
        Assert.Contains(b, articleIds);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/articles/987654/claims.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/articles/987654/claimreview.json")).StatusCode);
    }

    [Fact]
    public async Task Report_downloads_as_a_standalone_html_page_with_no_script()
    {
        var id = ImportChecked();
        var claims = app.Services.GetRequiredService<ClaimStore>();
        var claim = claims.ListByArticle(id)[1];
        claims.SetVerdict(claim.Id, claim.Version, "False", "<script>alert(1)</script> [x](javascript:alert(2)) **bold**");
        var response = await (await app.SignedInClientAsync()).GetAsync($"/articles/{id}/report.html");
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".html", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!);
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<table>", html);
        Assert.Contains("<strong>bold</strong>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Content-Security-Policy", html);
    }
}
