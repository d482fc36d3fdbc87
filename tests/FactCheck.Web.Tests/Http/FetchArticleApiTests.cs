using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Http;

/// <summary>POST /api/articles/fetch: a news page served on loopback is imported; refused and bad addresses save nothing.</summary>
public class FetchArticleApiTests(AppFactory app) : IClassFixture<AppFactory>, IDisposable
{
    private const string NewsPage = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Quarry Road school to add 240 places</title>
        <meta property="og:site_name" content="Hollin Valley Courier"></head>
        <body><nav><a href="/">Home</a> <a href="/subscribe">Subscribe</a></nav>
        <article><h1>Quarry Road school to add 240 places</h1>
        <p>HOLLIN, May 12 (Hollin Valley Courier) - Quarry Road primary school will add 240 places by September 2027, the district council said on Tuesday.</p>
        <p>Councillor Petra Lund said enrolment had grown by 31 percent since 2022.</p></article></body></html>
        """;

    private readonly LoopbackPage server = new(NewsPage, "/news/quarry-road-school");

    public void Dispose()
    {
        server.Dispose();
        GC.SuppressFinalize(this);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    [Fact]
    public async Task A_news_page_is_imported_and_answers_201_with_the_article_and_its_claims()
    {
        // The page is on loopback, which only an administrator's setting opens.
        using var open = app.WithWebHostBuilder(b => b.UseSetting("Sources:AllowPrivateNetworks", "true"));
        var user = app.EnsureUser("robot-fetcher", Role.Reviewer);
        using var client = open.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", open.Services.GetRequiredService<ApiTokenStore>().Create(user.Id));

        var response = await client.PostAsJsonAsync("/api/articles/fetch", new { url = server.Url, published = "2026-05-12" },
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var article = await Json(response);
        var id = article.GetProperty("id").GetInt64();
        Assert.Equal($"/api/articles/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Quarry Road school to add 240 places", article.GetProperty("title").GetString());
        Assert.Equal(server.Url, article.GetProperty("url").GetString());
        Assert.Equal("Hollin Valley Courier", article.GetProperty("outlet").GetString());
        Assert.Equal(JsonValueKind.String, article.GetProperty("fetchedAt").ValueKind);
        Assert.True(article.GetProperty("claims").GetArrayLength() > 0);
        Assert.Contains("240 places", open.Services.GetRequiredService<ArticleStore>().Get(id)!.Text);
    }

    [Fact]
    public async Task A_refused_address_answers_422_with_the_fetchers_message_and_saves_nothing()
    {
        using var client = app.ApiClient();
        var before = app.Services.GetRequiredService<ArticleStore>().List().Count;

        var response = await client.PostAsJsonAsync("/api/articles/fetch", new { url = server.Url }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var detail = (await Json(response)).GetProperty("detail").GetString();
        Assert.Contains("does not fetch from", detail);
        Assert.Contains("paste its text", detail);
        Assert.Equal(before, app.Services.GetRequiredService<ArticleStore>().List().Count);
        Assert.Equal(0, server.Hits);
    }

    [Theory]
    [InlineData("{\"url\":\"javascript:alert(1)\"}", "http and https")]
    [InlineData("{\"outlet\":\"Courier\"}", "web address")]
    public async Task A_bad_address_answers_400(string json, string message)
    {
        using var client = app.ApiClient();
        var response = await client.PostAsync("/api/articles/fetch", new StringContent(json, Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await Json(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Without_a_token_the_route_is_closed()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/articles/fetch", new { url = server.Url }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
