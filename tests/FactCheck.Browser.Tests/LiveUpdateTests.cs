using FactCheck.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Browser.Tests;

/// <summary>Two reviewers on the same article see each other's work without reloading.</summary>
public sealed class LiveUpdateTests(FactCheckApp app) : BrowserTest(app)
{
    [Fact]
    public async Task AVerdictSavedInOneBrowserAppearsInTheOtherWithoutReload()
    {
        var articleId = ImportDirectly(TestArticles.Ferry, TestArticles.FerryTitle);
        await using var first = await App.OpenAsync();
        await using var second = await App.OpenAsync();
        foreach (var s in new[] { first, second })
        {
            await s.GoToAsync($"/articles/{articleId}");
            await WaitForWorkbenchAsync(s.Page);
        }
        await Expect(first.Page.GetByTestId("viewers")).ToContainTextAsync("1 other reviewer");
        await Expect(second.Page.GetByTestId("viewers")).ToContainTextAsync("1 other reviewer");

        // Both have the first claim open; the first reviewer rules on it.
        await first.Page.Locator("[data-testid=verdict-picker] button[data-verdict='Mostly false']").ClickAsync();
        await Expect(first.Page.GetByTestId("claim-item").First.GetByTestId("claim-verdict")).ToHaveTextAsync("Mostly false");

        // The second sees it in the list, the editor and the progress, with no reload.
        var other = second.Page;
        await Expect(other.GetByTestId("claim-item").First.GetByTestId("claim-verdict")).ToHaveTextAsync("Mostly false");
        await Expect(other.Locator("[data-testid=verdict-picker] button[data-verdict='Mostly false']")).ToHaveAttributeAsync("aria-checked", "true");
        await Expect(other.GetByTestId("progress-summary")).ToContainTextAsync("1 of");

        // When one leaves, the other no longer counts them.
        await first.Page.GotoAsync("/");
        await Expect(other.GetByTestId("viewers")).ToHaveCountAsync(0);
        first.AssertNoBrowserErrors();
        second.AssertNoBrowserErrors();
    }
}
