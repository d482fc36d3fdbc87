using System.Globalization;
using System.Net;
using System.Text;
using FactCheck.Core.Reviews;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Http;

/// <summary>
/// An article that does not exist is a 404 on every page, export and API route about it, with a page that says so;
/// signed-out visitors get the sign-in redirect or 401 whether the article exists or not.
/// </summary>
public class MissingArticleTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] Pages = ["/articles/{id}", "/articles/{id}/review", "/articles/{id}/report"];

    private static readonly string[] Files =
    [
        "/articles/{id}/report.md", "/articles/{id}/report.html", "/articles/{id}/claims.csv", "/articles/{id}/claims.json",
        "/articles/{id}/claimreview.json", "/articles/{id}/versions/1.md",
    ];

    private static readonly string[] ApiRoutes =
    [
        "/api/articles/{id}", "/api/articles/{id}/report.md", "/api/articles/{id}/report.html", "/api/articles/{id}/claims.csv",
        "/api/articles/{id}/claims.json", "/api/articles/{id}/claimreview.json",
    ];

    public static TheoryData<string> PageRoutes => new(Pages);
    public static TheoryData<string> FileRoutes => new(Files);
    public static TheoryData<string> ApiGetRoutes => new(ApiRoutes);

    private long ExistingArticle() =>
        app.Services.GetRequiredService<ArticleIntake>().Import(new ArticleDraft { Text = WorkbenchTestContext.Story, Title = "Harbor bridge" });

    private long MissingArticle() => ExistingArticle() + 1000;

    private static string At(string route, object id) => route.Replace("{id}", Convert.ToString(id, CultureInfo.InvariantCulture));

    /// <summary>A 404 whose page has the not-found heading and a link back to the article list.</summary>
    private static async Task<string> NotFoundPage(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches("<h1[^>]*>\\s*There is nothing at this address", html);
        Assert.Matches("<a[^>]+href=\"/\"[^>]*>(.|\\n)*?Go to the articles", html);
        return html;
    }

    [Theory]
    [MemberData(nameof(PageRoutes))]
    public async Task A_page_about_a_missing_article_answers_404_with_a_way_back(string route)
    {
        var client = await app.SignedInClientAsync();
        var html = await NotFoundPage(await client.GetAsync(At(route, MissingArticle())));
        Assert.DoesNotContain("This article does not exist", html);
    }

    [Theory]
    [MemberData(nameof(PageRoutes))]
    [MemberData(nameof(FileRoutes))]
    public async Task A_non_numeric_article_id_answers_404(string route)
    {
        var client = await app.SignedInClientAsync();
        await NotFoundPage(await client.GetAsync(At(route, "not-a-number")));
    }

    [Theory]
    [MemberData(nameof(FileRoutes))]
    public async Task An_export_of_a_missing_article_answers_404(string route)
    {
        var client = await app.SignedInClientAsync();
        await NotFoundPage(await client.GetAsync(At(route, MissingArticle())));
    }

    [Theory]
    [MemberData(nameof(ApiGetRoutes))]
    public async Task The_api_answers_404_with_problem_details_for_a_missing_article(string route)
    {
        var client = app.ApiClient();
        foreach (var id in new object[] { MissingArticle(), "not-a-number" })
        {
            var response = await client.GetAsync(At(route, id));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {At(route, id)} answered {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Publishing_a_missing_article_through_the_api_answers_404()
    {
        var response = await app.ApiClient().PostAsync($"/api/articles/{MissingArticle()}/publish", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(PageRoutes))]
    [MemberData(nameof(FileRoutes))]
    [MemberData(nameof(ApiGetRoutes))]
    public async Task Signed_out_visitors_cannot_tell_a_missing_article_from_an_existing_one(string route)
    {
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var existing = ExistingArticle();
        foreach (var id in new object[] { existing, existing + 1000, "not-a-number" })
        {
            var response = await anonymous.GetAsync(At(route, id));
            if (route.StartsWith("/api/", StringComparison.Ordinal))
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{At(route, id)} answered {(int)response.StatusCode}");
            else
                Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/signin", StringComparison.Ordinal),
                    $"{At(route, id)} answered {(int)response.StatusCode} {response.Headers.Location}");
        }
    }
}
