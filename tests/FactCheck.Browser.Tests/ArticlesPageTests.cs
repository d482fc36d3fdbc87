using FactCheck.Browser.Tests.Infrastructure;
using FactCheck.Core.Import;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Browser.Tests;

/// <summary>The home page, from an empty database: the sample article, then the list with each article's progress.</summary>
public sealed class ArticlesPageTests(FactCheckApp app) : BrowserTest(app)
{
    [Fact]
    public async Task TheEmptyHomePageLoadsTheSampleAndTheListShowsItsProgress()
    {
        Assert.Empty(ArticleStore.List());
        await using var s = await App.OpenAsync();
        var page = s.Page;
        var sample = SampleArticles.Flood;

        await s.GoToAsync("/");
        await Expect(page.GetByText("No articles yet")).ToBeVisibleAsync();
        await page.GetByTestId("load-sample").ClickAsync();
        await WaitForWorkbenchAsync(page);
        await Expect(page.GetByTestId("article-title")).ToHaveTextAsync(sample.Title);
        var (_, claimCount) = await ProgressAsync(page);
        Assert.True(claimCount > 0, "The sample article should give claims.");
        var articleId = Assert.Single(ArticleStore.List()).Id;
        Assert.EndsWith($"/articles/{articleId}", page.Url);

        // One verdict, given in the workbench, shows on the list as progress.
        await page.Locator("[data-testid=verdict-picker] button[data-verdict=\"Unverifiable\"]").ClickAsync();
        await Expect(SelectedClaim(page).GetByTestId("claim-verdict")).ToHaveTextAsync("Unverifiable");

        await page.GetByRole(AriaRole.Link, new() { Name = "Articles", Exact = true }).ClickAsync();
        var table = page.GetByTestId("articles-table");
        var row = table.Locator("tbody tr", new() { HasText = sample.Title });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("td[data-label=Outlet]")).ToHaveTextAsync(sample.Outlet);
        await Expect(row.Locator("td[data-label=Claims]")).ToHaveTextAsync(claimCount.ToString());
        await Expect(row.Locator("td[data-label=Verdicts]")).ToContainTextAsync($"1/{claimCount}");
        var expectedStatus = claimCount == 1 ? "Ready for editor" : "In progress";
        await Expect(row.Locator("td[data-label=Status]")).ToHaveTextAsync(expectedStatus);
        var bar = row.Locator("td[data-label=Verdicts] [role=progressbar]");
        await Expect(bar).ToHaveAttributeAsync("aria-valuenow", new System.Text.RegularExpressions.Regex(@"^\d+(\.\d+)?$"));
        var percent = double.Parse((await bar.GetAttributeAsync("aria-valuenow"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(100.0 / claimCount, percent, 1);

        // The row opens the article again.
        await row.GetByRole(AriaRole.Link, new() { Name = sample.Title, Exact = true }).ClickAsync();
        await WaitForWorkbenchAsync(page);
        Assert.EndsWith($"/articles/{articleId}", page.Url);
        s.AssertNoBrowserErrors();
    }
}
