using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Http;

/// <summary>The HTTP API: each endpoint's happy path, stale versions, bad input, the publishing checklist.</summary>
public class ApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private readonly HttpClient client = app.ApiClient();

    private async Task<JsonElement> Json(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    private async Task<JsonElement> CreateArticle()
    {
        var response = await client.PostAsJsonAsync("/api/articles", new
        {
            title = "Harbor bridge", text = WorkbenchTestContext.Story, url = "https://coastline.example/bridge", outlet = "Coastline Wire", published = "2026-05-04",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await Json(response);
    }

    [Fact]
    public async Task Posting_an_article_extracts_its_claims_and_it_can_be_read_back()
    {
        var created = await CreateArticle();
        var id = created.GetProperty("id").GetInt64();
        var claims = created.GetProperty("claims");
        Assert.True(claims.GetArrayLength() > 0);
        var first = claims[0];
        foreach (var field in new[] { "id", "kind", "statement", "span", "speaker", "cue", "content", "direct", "figures", "sourced", "checkWorthiness", "version", "status", "verdict" })
            Assert.True(first.TryGetProperty(field, out _), $"claim has no '{field}'");

        var article = await Json(await client.GetAsync($"/api/articles/{id}"));
        Assert.Equal("Harbor bridge", article.GetProperty("title").GetString());
        Assert.Equal(claims.GetArrayLength(), article.GetProperty("claims").GetArrayLength());
        var list = await Json(await client.GetAsync("/api/articles"));
        Assert.Contains(list.EnumerateArray(), a => a.GetProperty("id").GetInt64() == id);
        var claim = await Json(await client.GetAsync($"/api/claims/{first.GetProperty("id").GetInt64()}"));
        Assert.Equal(first.GetProperty("statement").GetString(), claim.GetProperty("statement").GetString());
    }

    [Fact]
    public async Task A_verdict_on_the_current_version_is_saved_and_a_stale_version_gets_409()
    {
        var claim = (await CreateArticle()).GetProperty("claims")[0];
        var id = claim.GetProperty("id").GetInt64();
        var version = claim.GetProperty("version").GetInt32();

        var ok = await client.PutAsJsonAsync($"/api/claims/{id}/verdict", new { rating = "mostly false", explanation = "Ten weeks.", version });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var saved = await Json(ok);
        Assert.Equal("Mostly false", saved.GetProperty("verdict").GetString());
        Assert.Equal(version + 1, saved.GetProperty("version").GetInt32());

        var stale = await client.PutAsJsonAsync($"/api/claims/{id}/verdict", new { rating = "True", explanation = "x", version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType!.MediaType);
        Assert.Equal(version + 1, (await Json(stale)).GetProperty("currentVersion").GetInt32());
    }

    [Fact]
    public async Task Evidence_with_a_snapshot_text_reports_its_sha256_and_whether_the_passage_was_found()
    {
        var claim = (await CreateArticle()).GetProperty("claims")[0];
        var id = claim.GetProperty("id").GetInt64();
        var response = await client.PostAsJsonAsync($"/api/claims/{id}/evidence", new
        {
            url = "https://transport.example.gov/notices/77", title = "Notice 77", excerpt = "closed for ten weeks", stance = "contradicts",
            snapshotText = "Notice 77: the Harbor Bridge will be closed for ten weeks from Monday.",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await Json(response);
        Assert.Equal(64, body.GetProperty("snapshot").GetProperty("sha256").GetString()!.Length);
        Assert.True(body.GetProperty("passageFound").GetBoolean());
        Assert.Equal("contradicts", body.GetProperty("stance").GetString());

        var missing = await Json(await client.PostAsJsonAsync($"/api/claims/{id}/evidence", new
        {
            url = "https://transport.example.gov/notices/77", excerpt = "closed for fourteen weeks", stance = "supports",
        }));
        Assert.False(missing.GetProperty("passageFound").GetBoolean());
    }

    [Theory]
    [InlineData("/api/articles", "{\"title\":\"x\",\"text\":\"   \"}", "empty")]
    [InlineData("/api/articles", "{\"text\":\"Story.\",\"url\":\"javascript:alert(1)\"}", "http and https")]
    [InlineData("/api/articles", "{not json", null)]
    public async Task Bad_input_gets_400_problem_details(string path, string json, string? message)
    {
        var response = await client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        if (message is not null) Assert.Contains(message, (await Json(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Unknown_ratings_stances_and_ids_are_explained()
    {
        var claim = (await CreateArticle()).GetProperty("claims")[0];
        var id = claim.GetProperty("id").GetInt64();
        var rating = await client.PutAsJsonAsync($"/api/claims/{id}/verdict", new { rating = "Pants on fire", version = 1 });
        Assert.Contains("Unknown rating", (await Json(rating)).GetProperty("detail").GetString());
        var noVersion = await client.PutAsJsonAsync($"/api/claims/{id}/verdict", new { rating = "True" });
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
        var stance = await client.PostAsJsonAsync($"/api/claims/{id}/evidence", new { url = "https://a.example", excerpt = "x", stance = "likes" });
        Assert.Contains("stance", (await Json(stance)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/claims/99999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/articles/99999999")).StatusCode);
    }

    [Fact]
    public async Task Publishing_answers_422_with_the_checklist_then_200_with_the_version()
    {
        var created = await CreateArticle();
        var articleId = created.GetProperty("id").GetInt64();
        var claim = created.GetProperty("claims")[0];
        var id = claim.GetProperty("id").GetInt64();
        await client.PutAsJsonAsync($"/api/claims/{id}/verdict", new { rating = "False", explanation = "Ten weeks.", version = claim.GetProperty("version").GetInt32() });

        var blocked = await client.PostAsJsonAsync($"/api/articles/{articleId}/publish", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, blocked.StatusCode);
        var missing = (await Json(blocked)).GetProperty("missing");
        Assert.Contains(missing.EnumerateArray(), m => m.GetString()!.Contains("methodology"));

        await client.PostAsJsonAsync($"/api/claims/{id}/evidence", new
        {
            url = "https://transport.example.gov/n/78", excerpt = "ten weeks", stance = "contradicts", snapshotText = "Closed for ten weeks.",
        });
        app.Services.GetRequiredService<FactCheck.Core.Data.ArticleStore>().UpdateMethodology(articleId, "Checked against notices.");
        var unapproved = await client.PostAsJsonAsync($"/api/articles/{articleId}/publish", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unapproved.StatusCode);
        Assert.Contains("not approved by an editor", await unapproved.Content.ReadAsStringAsync());
        var current = await Json(await client.GetAsync($"/api/claims/{id}"));
        var approved = await client.PostAsJsonAsync($"/api/claims/{id}/approve", new { version = current.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("Approved", (await Json(approved)).GetProperty("status").GetString());
        var published = await client.PostAsJsonAsync($"/api/articles/{articleId}/publish", new { });
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var version = await Json(published);
        Assert.Equal(1, version.GetProperty("version").GetInt32());
        Assert.Equal(64, version.GetProperty("sha256").GetString()!.Length);
        Assert.Equal("robot-editor", version.GetProperty("publishedBy").GetString()); // the token's user, not a name the caller sends

        var report = await client.GetStringAsync($"/api/articles/{articleId}/report.md");
        Assert.StartsWith("# Fact-check: Harbor bridge", report);
    }

    [Fact]
    public async Task Editors_approve_or_send_back_through_the_api_and_reviewers_cannot()
    {
        var created = await CreateArticle();
        var claim = created.GetProperty("claims")[0];
        var id = claim.GetProperty("id").GetInt64();
        var proposed = await Json(await client.PutAsJsonAsync($"/api/claims/{id}/verdict", new { rating = "False", explanation = "Ten weeks.", version = claim.GetProperty("version").GetInt32() }));
        var version = proposed.GetProperty("version").GetInt32();

        var reviewer = app.ApiClient("robot-reviewer", FactCheck.Core.Accounts.Role.Reviewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsJsonAsync($"/api/claims/{id}/approve", new { version })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsJsonAsync($"/api/claims/{id}/send-back", new { version, comment = "x" })).StatusCode);

        var noComment = await client.PostAsJsonAsync($"/api/claims/{id}/send-back", new { version });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noComment.StatusCode);
        Assert.Contains("a comment is required", (await Json(noComment)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"/api/claims/{id}/approve", new { version = version - 1 })).StatusCode);

        var sent = await client.PostAsJsonAsync($"/api/claims/{id}/send-back", new { version, comment = "Cite the notice itself." });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var sentBack = await Json(sent);
        Assert.Equal("SentBack", sentBack.GetProperty("status").GetString());
        var notProposed = await client.PostAsJsonAsync($"/api/claims/{id}/approve", new { version = sentBack.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notProposed.StatusCode);
        Assert.Equal("Cite the notice itself.", Assert.Single(app.Services.GetRequiredService<FactCheck.Core.Data.CommentStore>().ListByClaim(id)).Body);
    }

    [Fact]
    public async Task Approving_a_verdict_that_needs_a_source_answers_422_with_the_reason_until_the_claim_cites_one()
    {
        var claim = (await CreateArticle()).GetProperty("claims")[0];
        var id = claim.GetProperty("id").GetInt64();
        var statement = claim.GetProperty("statement").GetString()!;
        var proposed = await Json(await client.PutAsJsonAsync($"/api/claims/{id}/verdict",
            new { rating = "False", explanation = "Ten weeks, not fourteen.", version = claim.GetProperty("version").GetInt32() }));

        var refused = await client.PostAsJsonAsync($"/api/claims/{id}/approve", new { version = proposed.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        var problem = await Json(refused);
        Assert.Equal("The claim cannot take this decision", problem.GetProperty("title").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.StartsWith($"This claim (“{statement[..Math.Min(40, statement.Length)]}", detail);
        Assert.EndsWith("”, False) cites no source with a quoted passage.", detail);
        Assert.Equal("Proposed", (await Json(await client.GetAsync($"/api/claims/{id}"))).GetProperty("status").GetString());

        var cited = await client.PostAsJsonAsync($"/api/claims/{id}/evidence", new
        {
            url = "https://transport.example.gov/notices/81", excerpt = "closed for ten weeks", stance = "contradicts", snapshotText = "The bridge is closed for ten weeks.",
        });
        Assert.Equal(HttpStatusCode.Created, cited.StatusCode);
        var current = await Json(await client.GetAsync($"/api/claims/{id}"));
        var approved = await client.PostAsJsonAsync($"/api/claims/{id}/approve", new { version = current.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("Approved", (await Json(approved)).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("report.md", "text/markdown")]
    [InlineData("report.html", "text/html")]
    [InlineData("claimreview.json", "application/ld+json")]
    [InlineData("claims.csv", "text/csv")]
    [InlineData("claims.json", "application/json")]
    public async Task Report_and_exports_are_served_under_the_api_with_a_token(string file, string mediaType)
    {
        var id = (await CreateArticle()).GetProperty("id").GetInt64();
        var response = await client.GetAsync($"/api/articles/{id}/{file}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync($"/api/articles/{id}/{file}")).StatusCode);
    }

    [Fact]
    public async Task The_api_is_described_by_openapi()
    {
        var doc = await Json(await client.GetAsync("/openapi/v1.json"));
        var paths = doc.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/articles", out _));
        Assert.True(paths.TryGetProperty("/api/claims/{id}/verdict", out _));
    }
}
