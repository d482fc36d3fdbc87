using System.Text.RegularExpressions;
using FactCheck.Browser.Tests.Infrastructure;
using FactCheck.Core.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Browser.Tests;

/// <summary>The top bar's search box and the search page: found with the keyboard, highlighted, escaped, filtered, opened.</summary>
public sealed class SearchTests(FactCheckApp app) : BrowserTest(app)
{
    private const string Story = """
        Lantern festival cancelled after storm

        HARBOUR CITY, May 4 (Coastline Wire)--Mayor Ana Ruiz said 3,400 lanterns were destroyed by the storm on Friday.

        The festival committee said the parade would move to June.
        """;

    [Fact]
    public async Task SlashFocusesTheTopSearchEnterShowsHighlightedEscapedHitsAndTheFirstOpensItsClaim()
    {
        var id = ImportDirectly(Story, "Lantern festival <img src=x onerror=alert(1)> cancelled");
        var claim = ClaimStore.ListByArticle(id).First(c => c.Statement.Contains("lanterns", StringComparison.Ordinal));
        ClaimStore.SetVerdict(claim.Id, claim.Version, "Mostly true", "The committee's <script>alert('x')</script> count was 3,150 lanterns.");
        await using var s = await App.OpenAsync("search-reviewer", Role.Reviewer);
        await s.GoToAsync("/");

        await s.Page.Keyboard.PressAsync("/");
        await Expect(s.Page.Locator("#top-search")).ToBeFocusedAsync();
        await s.Page.Keyboard.TypeAsync("lanterns destroyed");
        await Expect(s.Page.Locator("#top-search")).ToHaveValueAsync("lanterns destroyed");
        await s.Page.Keyboard.PressAsync("Enter");
        // The page changes its address in place (history API): poll the address rather than wait for a navigation event.
        await Expect(s.Page).ToHaveURLAsync(new Regex(Regex.Escape("/search?q=lanterns%20destroyed") + "$"));

        var hits = s.Page.GetByTestId("search-hit");
        await Expect(hits.First).ToBeVisibleAsync();
        var claimHit = s.Page.Locator("[data-testid=search-hit][data-kind=claim]");
        await Expect(claimHit.Locator("mark").First).ToHaveTextAsync("lanterns");
        await Expect(claimHit).ToContainTextAsync("Mostly true");
        await Expect(s.Page.GetByTestId("search-count")).ToContainTextAsync("result");
        // The article's hostile title is text, not an element.
        await Expect(s.Page.Locator("[data-testid=search-hit][data-kind=article] .hit-title")).ToContainTextAsync("<img src=x onerror=alert(1)>");
        Assert.Equal(0, await s.Page.Locator(".search-results img").CountAsync());
        await s.Page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "factcheck-search.png"), FullPage = true });
        await AxeCheck.AssertNoSeriousViolationsAsync(s.Page, "search results");

        // Filters travel in the address; the page's own box searches again with Enter.
        await s.GoToAsync("/search?q=lanterns&verdict=False");
        await Expect(s.Page.GetByTestId("empty-state")).ToContainTextAsync("Nothing found");
        await s.Page.GetByTestId("clear-filters").ClickAsync();
        await Expect(claimHit).ToBeVisibleAsync();
        await s.Page.Locator("#search-q").FillAsync("\"parade would move\"");
        await s.Page.Locator("#search-q").PressAsync("Enter");
        await Expect(s.Page).ToHaveURLAsync(new Regex("parade"));
        await Expect(s.Page.Locator("[data-testid=search-hit][data-kind=claim] mark").First).ToHaveTextAsync("parade would move");

        // Keyboard: Tab reaches the first hit's link, Enter opens the claim in its workbench.
        await s.GoToAsync("/search?q=lanterns+destroyed&kind=claim");
        await s.Page.Locator("#search-q").FocusAsync();
        var first = s.Page.Locator("[data-testid=search-hit] .hit-title").First;
        for (var i = 0; i < 30 && !await first.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
            await s.Page.Keyboard.PressAsync("Tab");
        await Expect(first).ToBeFocusedAsync();
        await s.Page.Keyboard.PressAsync("Enter");
        await Expect(s.Page).ToHaveURLAsync(new Regex(Regex.Escape($"/articles/{id}?claim={claim.Id}") + "$"));
        await WaitForWorkbenchAsync(s.Page);
        await Expect(SelectedClaim(s.Page)).ToContainTextAsync("lanterns");
        Assert.Empty(s.Dialogs);
        s.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task TheEmptyPageSaysWhatCanBeSearchedAndTextWithoutWordsSaysSo()
    {
        await using var s = await App.OpenAsync("search-editor", Role.Editor);
        await s.GoToAsync("/search");
        await Expect(s.Page.GetByTestId("empty-state")).ToContainTextAsync("Search everything the newsroom has recorded");
        await Expect(s.Page.Locator("#search-q")).ToBeFocusedAsync();
        await s.GoToAsync("/search?q=" + Uri.EscapeDataString("🌊 NEAR(( *"));
        await Expect(s.Page.GetByTestId("empty-state")).ToContainTextAsync("Nothing found");
        await s.GoToAsync("/search?q=x&from=someday");
        await Expect(s.Page.GetByTestId("search-error")).ToContainTextAsync("YYYY-MM-DD");
        s.AssertNoBrowserErrors();
    }
}
