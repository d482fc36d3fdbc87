using Bunit;
using FactCheck.Web.Components.Pages.Articles;
using FactCheck.Web.Components.Pages.Workbench;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Components;

/// <summary>"From a web address" on the new-article page, and how the workbench names a fetched article's origin.</summary>
public sealed class NewArticleFromWebTests : WorkbenchTestContext
{
    private const string NewsPage = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Brenmoor tram line to open in 2028</title></head>
        <body><article><h1>Brenmoor tram line to open in 2028</h1>
        <p>BRENMOOR, June 3 (Brenmoor Echo) - The city's first tram line will open in 2028 and cost 310 million euros, the mayor's office said on Monday.</p>
        <p>Deputy mayor Karin Voss said the line would carry 45,000 passengers a day.</p></article></body></html>
        """;

    private readonly LoopbackPage server = new(NewsPage, "/city/tram");

    protected override void Dispose(bool disposing)
    {
        server.Dispose();
        base.Dispose(disposing);
    }

    [Fact]
    public void Importing_a_web_address_stores_the_article_and_opens_the_workbench()
    {
        var cut = Render<NewArticlePage>();
        cut.Find("#fetch-url").Input(server.Url);
        cut.Find("[data-testid=fetch-import]").Click();

        var nav = Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.Matches(@"/articles/\d+$", nav.Uri), TimeSpan.FromSeconds(20));
        var article = Assert.Single(Articles.List());
        var stored = Articles.Get(article.Id)!;
        Assert.Equal("Brenmoor tram line to open in 2028", stored.Title);
        Assert.Equal(server.Url, stored.Url);
        Assert.NotNull(stored.FetchedAt);
        Assert.NotEmpty(Claims.ListByArticle(article.Id));
    }

    [Fact]
    public void A_page_that_cannot_be_fetched_shows_why_beside_the_field_and_saves_nothing()
    {
        var cut = Render<NewArticlePage>();
        cut.Find("#fetch-url").Input(server.Root + "/city/gone");
        cut.Find("[data-testid=fetch-import]").Click();

        cut.WaitForAssertion(() => Assert.Contains("not found", cut.Find("[data-testid=fetch-error]").TextContent), TimeSpan.FromSeconds(20));
        Assert.Contains("paste its text", cut.Find("[data-testid=fetch-error]").TextContent);
        Assert.Empty(Articles.List());
        Assert.EndsWith("/", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void The_workbench_says_where_and_when_a_fetched_article_came_from()
    {
        var id = Services.GetRequiredService<FactCheck.Core.Reviews.ArticleIntake>().Import(new FactCheck.Core.Reviews.ArticleDraft
        {
            Text = Story, Url = "https://brenmoor-echo.example/city/tram", FetchedAt = new DateTimeOffset(2026, 6, 3, 10, 15, 0, TimeSpan.Zero),
        });

        var cut = Render<WorkbenchPage>(p => p.Add(x => x.Id, id));

        var line = cut.WaitForElement("[data-testid=fetched-from]").TextContent;
        Assert.Contains("Fetched from https://brenmoor-echo.example/city/tram", line);
        Assert.Contains("on 3 June 2026", line);
    }
}
