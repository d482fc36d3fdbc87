using FactCheck.Browser.Tests.Infrastructure;
using FactCheck.Core.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Browser.Tests;

/// <summary>
/// Issue 13, items 11 and 15 in a real browser: a long article is shown one part at a time and the keyboard and the
/// highlights still work across parts; a person with too many pages open gets a message instead of another page.
/// </summary>
public sealed class LongArticleTests(FactCheckApp app) : BrowserTest(app)
{
    [Fact]
    public async Task TheKeyboardAndTheHighlightsWorkAcrossThePartsOfALongArticle()
    {
        await using var s = await App.OpenAsync();
        var page = s.Page;
        // About 60,000 characters: five parts.
        var paragraph = TestArticles.Ferry.Split("\n\n", 2)[1];
        var text = "Long ferry story\n\n" + string.Join("\n\n", Enumerable.Repeat(paragraph, 60_000 / paragraph.Length + 1));
        var id = ImportDirectly(text, "Long ferry story");
        var claims = ClaimStore.ListByArticle(id).ToList();
        await s.GoToAsync($"/articles/{id}");
        await WaitForWorkbenchAsync(page);
        await Expect(page.GetByTestId("part-nav-top").GetByTestId("part-position")).ToContainTextAsync("Part 1 of");
        Assert.True(await page.Locator("#article-text mark").CountAsync() < claims.Count);

        // Keys move down the list, past the end of the first part: the text follows to the part of the selected claim.
        await ClaimItems(page).Nth(1).ClickAsync();
        await page.EvaluateAsync("() => document.activeElement?.blur()");
        var lastInFirstPart = await page.Locator("#article-text mark").Last.GetAttributeAsync("data-claim");
        var index = claims.FindIndex(c => c.Id.ToString() == lastInFirstPart);
        for (var i = 1; i < index; i++) await page.Keyboard.PressAsync("j");
        await Expect(SelectedClaim(page)).ToHaveAttributeAsync("data-claim", lastInFirstPart!);
        await page.Keyboard.PressAsync("j");
        var next = claims[index + 1].Id.ToString();
        await Expect(SelectedClaim(page)).ToHaveAttributeAsync("data-claim", next);
        await Expect(page.Locator($"#article-text mark.selected[data-claim=\"{next}\"]").First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("k");
        await Expect(page.Locator($"#article-text mark.selected[data-claim=\"{lastInFirstPart}\"]").First).ToBeVisibleAsync();

        // Paging by hand, then a click on a highlight there selects its claim; the list scrolls to its row.
        await page.GetByTestId("part-nav-bottom").GetByTestId("next-part").ClickAsync();
        await page.GetByTestId("part-nav-bottom").GetByTestId("next-part").ClickAsync();
        await Expect(page.GetByTestId("part-nav-top").GetByTestId("part-position")).ToContainTextAsync("Part 3 of");
        var mark = page.Locator("#article-text mark").Nth(2);
        var clicked = await mark.GetAttributeAsync("data-claim");
        await mark.ClickAsync();
        await Expect(SelectedClaim(page)).ToHaveAttributeAsync("data-claim", clicked!);
        await Expect(page.Locator($"#claim-{clicked}")).ToBeInViewportAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "long-article.png") });
        s.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task APageBeyondThePerPersonLimitSaysSoAndClosingOneMakesRoom()
    {
        await using var s = await App.OpenAsync("many-tabs", Role.Reviewer);
        var pages = new List<IPage> { s.Page };
        await s.GoToAsync("/sources");
        // The sign-in page's own circuit ends when it navigates away; 20 pages are open after this loop.
        for (var i = 1; i < 20; i++)
        {
            var p = await s.Context.NewPageAsync();
            await p.GotoAsync("/sources");
            await p.Locator("[data-interactive=true]").WaitForAsync();
            await Expect(p.GetByTestId("too-many-pages")).ToHaveCountAsync(0);
            pages.Add(p);
        }

        var extra = await s.Context.NewPageAsync();
        await extra.GotoAsync("/sources");
        await Expect(extra.GetByTestId("too-many-pages")).ToContainTextAsync("You already have 20 FactCheck pages open");
        await extra.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "too-many-pages.png") });

        await pages[^1].CloseAsync();
        // The closed page's circuit ends once the server hears of it: reload until the page opens.
        var admitted = false;
        for (var attempt = 0; attempt < 15 && !admitted; attempt++)
        {
            await extra.ReloadAsync();
            await extra.Locator("[data-interactive=true]").WaitForAsync();
            await Task.Delay(500);
            admitted = await extra.GetByTestId("too-many-pages").CountAsync() == 0;
        }
        Assert.True(admitted, "The page stayed refused after another page was closed.");
    }
}
