using FactCheck.Browser.Tests.Infrastructure;
using FactCheck.Core.Accounts;
using FactCheck.Core.Extraction;
using FactCheck.Core.Reviews;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Browser.Tests;

/// <summary>
/// How the workbench looks in a real browser, with screenshots to look at (bin/.../workbench-*.png): the part controls
/// of a long article on one line in the text pane, a locked verdict, the keys and a click still working.
/// </summary>
public sealed class WorkbenchLookTests(FactCheckApp app) : BrowserTest(app)
{
    private static string Shot(string name) => Path.Combine(AppContext.BaseDirectory, $"workbench-{name}.png");

    [Theory]
    [InlineData(1400)]
    [InlineData(1000)]
    public async Task ThePartControlsOfALongArticleStayOnOneLine(int width)
    {
        await using var s = await App.OpenAsync();
        var page = s.Page;
        await page.SetViewportSizeAsync(width, 900);
        var paragraph = TestArticles.Ferry.Split("\n\n", 2)[1];
        var id = ImportDirectly("Long ferry story\n\n" + string.Join("\n\n", Enumerable.Repeat(paragraph, 60_000 / paragraph.Length + 1)), "Long ferry story");
        await s.GoToAsync($"/articles/{id}");
        await WaitForWorkbenchAsync(page);
        await page.GetByTestId("part-nav-top").GetByTestId("next-part").ClickAsync();
        await Expect(page.GetByTestId("part-nav-top").GetByTestId("part-position")).ToContainTextAsync("Part 2 of");

        foreach (var where in new[] { "top", "bottom" })
        {
            var nav = page.GetByTestId($"part-nav-{where}");
            var box = (await nav.BoundingBoxAsync())!;
            var previous = (await nav.GetByTestId("previous-part").BoundingBoxAsync())!;
            var next = (await nav.GetByTestId("next-part").BoundingBoxAsync())!;
            Assert.True(box.Height < 48, $"The {where} part controls are {box.Height} px high at {width} px: they wrapped.");
            Assert.Equal(previous.Y, next.Y, 1.0);
        }
        await page.ScreenshotAsync(new() { Path = Shot($"long-{width}") });
        s.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task AnApprovedClaimShowsThatItIsLockedAndHowToChangeIt()
    {
        var id = ImportDirectly(TestArticles.Ferry, TestArticles.FerryTitle);
        var claims = App.Services.GetRequiredService<FactCheck.Core.Data.ClaimStore>();
        var claim = claims.ListByArticle(id)[1];
        var proposed = claims.SetVerdict(claim.Id, claim.Version, "Mostly true", "The council minutes record the vote.", "rosa").Value!;
        Assert.True(claims.Approve(proposed.Id, proposed.Version, "edith").Saved);
        await using var s = await App.OpenAsync("rosa", Role.Reviewer);
        var page = s.Page;
        await s.GoToAsync($"/articles/{id}?claim={claim.Id}");
        await WaitForWorkbenchAsync(page);

        await Expect(page.GetByTestId("claim-locked")).ToContainTextAsync("ask an editor to send it back");
        await Expect(page.Locator("[data-testid=verdict-picker] button").First).ToBeDisabledAsync();
        await Expect(page.Locator("#claim-statement")).ToBeDisabledAsync();
        await Expect(page.GetByTestId("show-evidence-form")).ToBeDisabledAsync();
        // Each locked control's tooltip says why.
        await Expect(page.GetByTestId("lock-tip").Filter(new() { Has = page.GetByTestId("delete-claim") })).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("ask an editor to send it back"));
        await page.ScreenshotAsync(new() { Path = Shot("locked") });

        // The keys still move on to an open claim, which can be edited.
        await page.EvaluateAsync("() => document.activeElement?.blur()");
        await page.Keyboard.PressAsync("j");
        await Expect(SelectedClaim(page)).ToHaveAttributeAsync("data-claim", claims.ListByArticle(id)[2].Id.ToString());
        await Expect(page.GetByTestId("claim-locked")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=verdict-picker] button").First).ToBeEnabledAsync();
        await page.GetByTestId("claim-kind").Locator("[data-kind=Figure]").ClickAsync();
        await Expect(page.GetByTestId("claim-kind").Locator("[data-kind=Figure]")).ToHaveAttributeAsync("aria-checked", "true");
        Assert.Equal(ClaimKind.Figure, claims.Get(claims.ListByArticle(id)[2].Id)!.Kind);
        await page.ScreenshotAsync(new() { Path = Shot("open"), FullPage = true });
        s.AssertNoBrowserErrors();
    }
}
