using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FactCheck.Core.Accounts;
using FactCheck.Testing;

namespace FactCheck.Web.Tests.Http;

/// <summary>GET /api/search: hits with escaped, highlighted snippets, filters, clear 400s, and no text that makes it fail.</summary>
public class SearchApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private readonly HttpClient client = app.ApiClient("search-editor", Role.Editor);

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    /// <summary>An article with a word no other test uses, so that tests sharing the app's database do not see each other.</summary>
    private async Task<(long Article, JsonElement Claim)> Article(string word, string published = "2026-05-04")
    {
        var response = await client.PostAsJsonAsync("/api/articles", new
        {
            title = $"The {word} inquiry",
            text = $"Mayor Ana Ruiz said 1,204 homes near the {word} depot were flooded on Thursday.\n\nThe river peaked at 14 meters.\n",
            outlet = "Coastline Wire", published,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await Json(response);
        return (body.GetProperty("id").GetInt64(), body.GetProperty("claims")[0]);
    }

    [Fact]
    public async Task Finds_claims_and_articles_with_highlighted_snippets_and_links()
    {
        var (article, claim) = await Article("zeppelin");
        var claimId = claim.GetProperty("id").GetInt64();
        var verdict = await client.PutAsJsonAsync($"/api/claims/{claimId}/verdict", new
        {
            rating = "False", explanation = "The <b>depot</b> log counts 1,150 homes near the zeppelin hangar.", version = claim.GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.OK, verdict.StatusCode);

        var response = await client.GetAsync("/api/search?q=zeppelin+flooded");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json(response);
        Assert.Equal("zeppelin flooded", body.GetProperty("query").GetString());
        var hits = body.GetProperty("hits").EnumerateArray().ToList();
        var hit = hits.Single(h => h.GetProperty("kind").GetString() == "claim");
        Assert.Equal(claimId, hit.GetProperty("id").GetInt64());
        Assert.Equal($"/articles/{article}?claim={claimId}", hit.GetProperty("link").GetString());
        Assert.Equal("False", hit.GetProperty("verdict").GetString());
        Assert.Equal("Coastline Wire", hit.GetProperty("outlet").GetString());
        Assert.Contains("<mark>zeppelin</mark>", hit.GetProperty("snippet").GetString());
        Assert.Contains(hits, h => h.GetProperty("kind").GetString() == "article" && h.GetProperty("id").GetInt64() == article);

        var explained = await Json(await client.GetAsync("/api/search?q=hangar&kind=claim"));
        var snippet = explained.GetProperty("hits")[0].GetProperty("snippet").GetString()!;
        Assert.DoesNotContain("<b>", snippet);
        Assert.Contains("<mark>hangar</mark>", snippet);
    }

    [Fact]
    public async Task Filters_narrow_the_hits()
    {
        var (_, early) = await Article("quasar", "2025-01-10");
        var (_, late) = await Article("quasar", "2026-08-20");
        async Task<List<long>> Claims(string query) =>
            (await Json(await client.GetAsync("/api/search?q=quasar&kind=claim" + query))).GetProperty("hits").EnumerateArray()
            .Select(h => h.GetProperty("id").GetInt64()).ToList();

        Assert.Equal(2, (await Claims("")).Count);
        Assert.Equal([late.GetProperty("id").GetInt64()], await Claims("&from=2026-01-01"));
        Assert.Equal([early.GetProperty("id").GetInt64()], await Claims("&to=2025-12-31"));
        Assert.Empty(await Claims("&outlet=Nobody+Times"));
        Assert.Equal(2, (await Claims("&speaker=ruiz&state=Open")).Count);
        Assert.Empty(await Claims("&verdict=True"));
        var limited = await Json(await client.GetAsync("/api/search?q=quasar&limit=1"));
        Assert.Single(limited.GetProperty("hits").EnumerateArray());
        Assert.True(limited.GetProperty("matches").GetInt32() >= 4);
        app.EnsureUser("search-reviewer", Role.Reviewer);
        Assert.Empty(await Claims("&assignee=search-reviewer"));
    }

    [Theory]
    [InlineData("", "Send the words to search for")]
    [InlineData("?q=", "Send the words to search for")]
    [InlineData("?q=+++", "Send the words to search for")]
    [InlineData("?q=x&from=yesterday", "YYYY-MM-DD")]
    [InlineData("?q=x&from=2026-05-01&to=2026-04-01", "after")]
    [InlineData("?q=x&limit=0", "limit")]
    [InlineData("?q=x&limit=101", "limit")]
    [InlineData("?q=x&limit=ten", "limit")]
    [InlineData("?q=x&kind=tweets", "Unknown kind")]
    [InlineData("?q=x&state=Done", "Unknown state")]
    [InlineData("?q=x&assignee=nobody-here", "no user")]
    [InlineData("?q=x&q=y", "more than once")]
    public async Task Malformed_requests_are_a_400_that_says_what_to_fix(string query, string expected)
    {
        var response = await client.GetAsync("/api/search" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await Json(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_query_too_long_is_a_400_and_hostile_queries_never_fail()
    {
        await Article("hostile");
        var tooLong = await client.GetAsync("/api/search?q=" + new string('a', 10_000));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("at most 500", (await Json(tooLong)).GetProperty("detail").GetString());

        foreach (var q in new[]
                 {
                     "\"", "hostile\"", "NEAR(hostile depot", "NEAR(hostile depot, 3)", "*", "hostile*", "(hostile", "hostile)", "(((((",
                     "hostile OR", "NOT hostile", "-hostile", "title:hostile", "{statement}: hostile", "^hostile", "' OR 1=1 --",
                     "hostile & depot | !x", "<->", "hostile:*", "\\", "%", "_", "🌊🏠", "🌊 hostile", "فيضانات", "שיטפון", "\u202Ehostile",
                     new string('(', 500), new string('"', 500), string.Join(' ', Enumerable.Repeat("hostile", 62)),
                 })
        {
            var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{q}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        var phrase = await Json(await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("NEAR(hostile depot")));
        // NEAR( is no operator: its word is one more the hit must hold, and "homes near the hostile depot" does.
        Assert.True(phrase.GetProperty("matches").GetInt32() > 0);
    }

    [Fact]
    public async Task Needs_an_api_token()
    {
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/search?q=homes")).StatusCode);
    }
}

public sealed class SearchApiTestsOnPostgres : SearchApiTests, IClassFixture<PostgresAppFactory>
{
    public SearchApiTestsOnPostgres(PostgresAppFactory app) : base(app) => PostgresServer.RequireOrSkip();
}
