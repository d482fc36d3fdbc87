using FactCheck.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Browser.Tests;

/// <summary>The workbench's own tools: keyboard, filters, claims added from a selection and deleted, the verdict picker.</summary>
public sealed class WorkbenchTests(FactCheckApp app) : BrowserTest(app)
{
    [Fact]
    public async Task JMovesToTheNextClaimAndKToThePreviousWhenFocusIsOnThePage()
    {
        await using var s = await App.OpenAsync();
        var page = s.Page;
        var id = ImportDirectly(TestArticles.Ferry, "Keyboard");
        await s.GoToAsync($"/articles/{id}");
        await WaitForWorkbenchAsync(page);
        var ids = await ClaimIdsAsync(page);
        var (_, total) = await ProgressAsync(page);
        Assert.True(ids.Count >= 3, $"The article should give at least 3 claims; got {ids.Count}.");
        await Expect(SelectedClaim(page)).ToHaveAttributeAsync("data-claim", ids[0]);

        // A click's answer arrives after the shortcut registration sent on first render, so keys are handled from here on.
        await page.Locator($"#claim-{ids[1]}").ClickAsync();
        await Expect(SelectedClaim(page)).ToHaveAttributeAsync("data-claim", ids[1]);
        await page.EvaluateAsync("() => document.activeElement?.blur()");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement === document.body"));

        await page.Keyboard.PressAsync("j");
        await Expect(SelectedClaim(page)).ToHaveAttributeAsync("data-claim", ids[2]);
        await Expect(page.GetByTestId("claim-editor")).ToContainTextAsync($"Claim 3 of {total}");
        await page.Keyboard.PressAsync("k");
        await Expect(SelectedClaim(page)).ToHaveAttributeAsync("data-claim", ids[1]);
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(SelectedClaim(page)).ToHaveAttributeAsync("data-claim", ids[2]);

        // While typing, j is a letter, not a shortcut.
        await page.Locator("#claim-explanation").PressSequentiallyAsync("j");
        await Expect(page.Locator("#claim-explanation")).ToHaveValueAsync("j");
        await Expect(SelectedClaim(page)).ToHaveAttributeAsync("data-claim", ids[2]);
        s.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task NumbersPickTheVerdictNFindsTheNextClaimWithoutOneAndQuestionMarkListsTheKeys()
    {
        await using var s = await App.OpenAsync();
        var page = s.Page;
        var id = ImportDirectly(TestArticles.Ferry, "Keys for verdicts");
        await s.GoToAsync($"/articles/{id}");
        await WaitForWorkbenchAsync(page);
        var ids = await ClaimIdsAsync(page);
        await page.Locator($"#claim-{ids[0]}").ClickAsync();
        await Expect(SelectedClaim(page)).ToHaveAttributeAsync("data-claim", ids[0]);
        await page.EvaluateAsync("() => document.activeElement?.blur()");

        // "1" picks the first verdict of the scale for the open claim, and it is saved.
        var first = await page.Locator("[data-testid=verdict-picker] button").First.GetAttributeAsync("data-verdict");
        await page.Keyboard.PressAsync("1");
        await Expect(page.Locator($"[data-testid=verdict-picker] button[data-verdict='{first}']")).ToHaveAttributeAsync("aria-checked", "true");
        await Expect(page.Locator($"#claim-{ids[0]}").GetByTestId("claim-verdict")).ToHaveTextAsync(first!);
        Assert.Equal(first, ClaimStore.Get(long.Parse(ids[0]))!.Verdict);

        // "n" skips to the next claim that has no verdict yet.
        await page.EvaluateAsync("() => document.activeElement?.blur()");
        await page.Keyboard.PressAsync("n");
        await Expect(SelectedClaim(page)).ToHaveAttributeAsync("data-claim", ids[1]);

        // "?" lists the keys; Escape closes the list.
        await page.Keyboard.PressAsync("?");
        var help = page.GetByTestId("keyboard-help");
        await Expect(help).ToBeVisibleAsync();
        await Expect(help).ToContainTextAsync("Next claim without a verdict");
        await Expect(help).ToContainTextAsync($"Verdict “{first}”");
        await page.Keyboard.PressAsync("Escape");
        await Expect(help).ToHaveCountAsync(0);
        s.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task AMissingArticleIsA404WhosePageLeadsBackToTheArticles()
    {
        await using var s = await App.OpenAsync();
        var page = s.Page;
        var missing = ImportDirectly(TestArticles.Ferry, "Present") + 1000;

        var response = await page.GotoAsync($"/articles/{missing}");
        Assert.Equal(404, response!.Status);
        await s.WaitInteractiveAsync();
        // Once interactive the page runs again and the router shows the same not-found page, not an empty workbench.
        await Expect(page.Locator("h1")).ToHaveTextAsync("There is nothing at this address");
        await Expect(page.GetByTestId("article-text")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Link, new() { Name = "Go to the articles" }).ClickAsync();
        await Expect(page.GetByText("Present")).ToBeVisibleAsync();
        // The 404 itself (and Chromium's console line about it) is the only thing the browser reports.
        Assert.All(s.Problems, p => Assert.True(p.EndsWith($"/articles/{missing}", StringComparison.Ordinal)
            || p.Contains("the server responded with a status of 404", StringComparison.Ordinal), p));
    }

    [Fact]
    public async Task KindChipsAndStatusSelectFilterTheClaimList()
    {
        await using var s = await App.OpenAsync();
        var page = s.Page;
        var id = ImportDirectly(TestArticles.Ferry, "Filters");
        var claims = ClaimStore.ListByArticle(id);
        var withVerdict = claims[1];
        Assert.True(ClaimStore.SetVerdict(withVerdict.Id, withVerdict.Version, "Mostly true", "Checked.").Saved);
        await s.GoToAsync($"/articles/{id}");
        await WaitForWorkbenchAsync(page);
        await Expect(ClaimItems(page)).ToHaveCountAsync(claims.Count);

        // The kind with the most claims: filtering by it shows exactly those, and its chip says how many.
        var kind = claims.GroupBy(c => c.Kind).OrderByDescending(g => g.Count()).First();
        var kindName = kind.Key.ToString().ToLowerInvariant();
        var chip = page.GetByTestId("claim-filters").Locator($".kind-{kindName}-chip");
        await Expect(chip).ToContainTextAsync($"({kind.Count()})");
        await chip.ClickAsync();
        await Expect(ClaimItems(page)).ToHaveCountAsync(kind.Count());
        await Expect(page.Locator($"[data-testid=claim-item]:not(.kind-{kindName})")).ToHaveCountAsync(0);
        await chip.ClickAsync(); // toggles the filter off
        await Expect(ClaimItems(page)).ToHaveCountAsync(claims.Count);

        await SelectStatusAsync(page, "Verdict proposed");
        await Expect(ClaimItems(page)).ToHaveCountAsync(1);
        await Expect(ClaimItems(page).First).ToHaveAttributeAsync("data-claim", withVerdict.Id.ToString());
        await Expect(ClaimItems(page).First.GetByTestId("claim-verdict")).ToHaveTextAsync("Mostly true");

        await SelectStatusAsync(page, "Approved");
        await Expect(ClaimItems(page)).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("claim-list")).ToContainTextAsync("No claim matches these filters.");

        await SelectStatusAsync(page, "Open");
        await Expect(ClaimItems(page)).ToHaveCountAsync(claims.Count - 1);
        s.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task AClaimAddedFromASelectionCanBeDeleted()
    {
        await using var s = await App.OpenAsync();
        var page = s.Page;
        var id = ImportDirectly(TestArticles.Ferry, "Selection");
        var before = ClaimStore.ListByArticle(id).Count;
        await s.GoToAsync($"/articles/{id}");
        await WaitForWorkbenchAsync(page);

        // Select "existing pier could handle" the way a mouse would: a DOM Range over the text node that holds it.
        var selected = await page.EvaluateAsync<string>("""
            words => {
                const container = document.querySelector("div#article-text");
                const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const at = node.data.indexOf(words);
                    if (at < 0) continue;
                    const range = document.createRange();
                    range.setStart(node, at);
                    range.setEnd(node, at + words.length);
                    const sel = window.getSelection();
                    sel.removeAllRanges();
                    sel.addRange(range);
                    return sel.toString();
                }
                return null;
            }
            """, "existing pier could handle");
        Assert.Equal("existing pier could handle", selected);

        await page.GetByTestId("add-from-selection").ClickAsync();
        await Expect(page.GetByTestId("progress-summary")).ToContainTextAsync($"of {before + 1} claims");
        var editor = page.GetByTestId("claim-editor");
        await Expect(editor.GetByTestId("claim-quote")).ToHaveTextAsync("existing pier could handle");
        await Expect(editor).ToContainTextAsync("Added by hand");
        await Expect(page.Locator("#claim-statement")).ToHaveValueAsync("existing pier could handle");
        var added = ClaimStore.ListByArticle(id).Single(c => c.Statement == "existing pier could handle");
        await Expect(SelectedClaim(page)).ToHaveAttributeAsync("data-claim", added.Id.ToString());
        await Expect(page.Locator($"div#article-text mark.selected[data-claim=\"{added.Id}\"]")).ToHaveTextAsync("existing pier could handle");

        await editor.GetByTestId("delete-claim").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Delete this claim?");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Expect(page.GetByTestId("progress-summary")).ToContainTextAsync($"of {before} claims");
        await Expect(page.Locator($"#claim-{added.Id}")).ToHaveCountAsync(0);
        await Expect(page.Locator($"div#article-text mark[data-claim=\"{added.Id}\"]")).ToHaveCountAsync(0);
        Assert.DoesNotContain(ClaimStore.ListByArticle(id), c => c.Id == added.Id);
        Assert.Equal(before, ClaimStore.ListByArticle(id).Count);
        s.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task TheVerdictPickerMarksTheChosenVerdictAndAClickOnItClearsIt()
    {
        await using var s = await App.OpenAsync();
        var page = s.Page;
        var id = ImportDirectly(TestArticles.Ferry, "Picker");
        await s.GoToAsync($"/articles/{id}");
        await WaitForWorkbenchAsync(page);
        var mixed = page.Locator("[data-testid=verdict-picker] button[data-verdict=\"Mixed\"]");

        await mixed.ClickAsync();
        await Expect(SelectedClaim(page).GetByTestId("claim-verdict")).ToHaveTextAsync("Mixed");
        await Expect(mixed).ToHaveAttributeAsync("aria-checked", "true");
        await Expect(page.Locator("[data-testid=verdict-picker] button[aria-checked=true]")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("needs-source")).ToBeVisibleAsync();

        await mixed.ClickAsync();
        await Expect(SelectedClaim(page).GetByTestId("claim-verdict")).ToHaveCountAsync(0);
        await Expect(mixed).ToHaveAttributeAsync("aria-checked", "false");
        s.AssertNoBrowserErrors();
    }

    /// <summary>The ids of the claims the list has rendered, in order (it is virtualised: the first ones at least).</summary>
    private static async Task<List<string>> ClaimIdsAsync(IPage page)
    {
        var ids = new List<string>();
        foreach (var item in await ClaimItems(page).AllAsync()) ids.Add((await item.GetAttributeAsync("data-claim"))!);
        return ids;
    }

    private static Task SelectStatusAsync(IPage page, string label) =>
        page.GetByTestId("status-filter").SelectOptionAsync(new SelectOptionValue { Label = label });
}
