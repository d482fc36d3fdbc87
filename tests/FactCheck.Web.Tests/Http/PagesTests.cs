using System.Net;
using FactCheck.Core.Reviews;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Http;

public class PagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private long ImportStory() =>
        app.Services.GetRequiredService<ArticleIntake>().Import(new ArticleDraft { Text = WorkbenchTestContext.Story, Title = "Harbor bridge" });

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/new")]
    [InlineData("/sources")]
    public async Task Pages_answer_with_the_app_shell(string path)
    {
        var response = await (await app.SignedInClientAsync()).GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("FactCheck", html);
        Assert.Contains("_framework/blazor.web.js", html);
    }

    [Fact]
    public async Task The_fact_checks_page_lists_imported_reviews_and_is_in_the_navigation()
    {
        app.Services.GetRequiredService<FactCheck.Core.ClaimReviews.ClaimReviewImporter>().Import("""
            { "@type": "ClaimReview", "url": "https://checkers.example/pages-test", "claimReviewed": "Owls can read maps.",
              "author": { "name": "Owl Checkers" }, "reviewRating": { "alternateName": "Pants on fire" } }
            """, "admin");
        var client = await app.SignedInClientAsync();

        var html = await client.GetStringAsync("/earlier-checks");

        Assert.Contains("Owls can read maps.", html);
        Assert.Contains("Owl Checkers", html);
        Assert.Contains("Import ClaimReviews", html);
        Assert.Contains("href=\"/earlier-checks\"", html);
    }

    [Fact]
    public async Task Workbench_and_report_pages_answer_for_an_article()
    {
        var id = ImportStory();
        var client = await app.SignedInClientAsync();
        var workbench = await client.GetStringAsync($"/articles/{id}");
        Assert.Contains("Harbor bridge", workbench);
        var report = await client.GetStringAsync($"/articles/{id}/report");
        Assert.Contains("Fact-check: Harbor bridge", report);
    }

    [Theory]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css", "text/css")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.js", "javascript")]
    [InlineData("/_framework/blazor.web.js", "javascript")]
    [InlineData("/app.css", "text/css")]
    [InlineData("/app.js", "javascript")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    public async Task Static_assets_answer_without_sign_in(string path, string contentType)
    {
        var response = await app.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(contentType, response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task App_css_styles_rendered_markdown_tables_and_lists()
    {
        var css = await app.CreateClient().GetStringAsync("/app.css");
        Assert.Contains(".markdown-body table", css);
        Assert.Contains(".markdown-body ul li", css);
    }

    [Fact]
    public async Task Report_downloads_as_a_markdown_file()
    {
        var id = ImportStory();
        var response = await (await app.SignedInClientAsync()).GetAsync($"/articles/{id}/report.md");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".md", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        var markdown = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("# Fact-check: Harbor bridge", markdown);
    }

    [Fact]
    public async Task Unknown_article_report_is_404_and_unknown_page_is_404()
    {
        var client = await app.SignedInClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/articles/999999/report.md")).StatusCode);
        var page = await client.GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("There is nothing at this address", await page.Content.ReadAsStringAsync());
    }
}
