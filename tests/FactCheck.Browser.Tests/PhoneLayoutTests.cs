using FactCheck.Browser.Tests.Infrastructure;
using FactCheck.Core.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Browser.Tests;

/// <summary>
/// FactCheck on a phone (390×844) and on a desktop: no page scrolls sideways, Sign out stays on screen, and a claim tapped
/// in the list brings its editor into view. Screenshots to look at: bin/.../layout-*.png.
/// </summary>
public sealed class PhoneLayoutTests(FactCheckApp app) : BrowserTest(app)
{
    private static string Shot(string name) => Path.Combine(AppContext.BaseDirectory, $"layout-{name}.png");

    [Fact]
    public async Task OnAPhoneNothingScrollsSidewaysSignOutIsOnScreenAndATappedClaimOpensInView()
    {
        var id = ImportDirectly(TestArticles.Ferry, TestArticles.FerryTitle);
        await using var s = await App.OpenAsync("phone-editor", Role.Admin, phone: true);
        var page = s.Page;

        await s.GoToAsync($"/articles/{id}");
        await WaitForWorkbenchAsync(page);
        await AssertNoSidewaysScrollAsync(page, "the workbench");
        await page.ScreenshotAsync(new() { Path = Shot("phone-workbench"), FullPage = true });

        var (_, total) = await ProgressAsync(page);
        var second = ClaimItems(page).Nth(1);
        var secondId = await second.GetAttributeAsync("data-claim");
        // As a reader scrolls down to the claims: the list's first rows at the bottom of the screen, the editor below it.
        await page.EvaluateAsync("() => window.scrollBy(0, document.querySelector('[data-testid=claim-list]').getBoundingClientRect().top - innerHeight * 0.7)");
        await Expect(second).ToBeInViewportAsync(new() { Ratio = 1 });
        await second.TapAsync();
        await Expect(SelectedClaim(page)).ToHaveAttributeAsync("data-claim", secondId!);
        await WaitForScrollingToStopAsync(page);
        var editor = page.GetByTestId("claim-editor");
        await Expect(editor.GetByRole(AriaRole.Heading, new() { Name = $"Claim 2 of {total}" })).ToBeInViewportAsync(new() { Ratio = 1 });
        await Expect(page.Locator("#claim-statement")).ToBeInViewportAsync(new() { Ratio = 1 });
        await page.ScreenshotAsync(new() { Path = Shot("phone-tapped-claim") });

        await s.GoToAsync($"/articles/{id}/report");
        await Expect(page.GetByTestId("download-md")).ToBeVisibleAsync();
        await AssertNoSidewaysScrollAsync(page, "the report");
        await page.ScreenshotAsync(new() { Path = Shot("phone-report"), FullPage = true });

        await s.GoToAsync("/");
        await Expect(page.GetByText(TestArticles.FerryTitle).First).ToBeVisibleAsync();
        await AssertNoSidewaysScrollAsync(page, "the article list");
        await page.ScreenshotAsync(new() { Path = Shot("phone-articles"), FullPage = true });

        // Who is signed in and the password link wait in the account menu.
        await Expect(page.GetByTestId("signed-in-user")).ToBeHiddenAsync();
        var account = page.GetByRole(AriaRole.Button, new() { Name = "Account: phone-editor, Admin" });
        await account.TapAsync();
        await Expect(page.GetByRole(AriaRole.Menuitem, new() { Name = "Change password" })).ToBeInViewportAsync(new() { Ratio = 1 });
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "the article list on a phone with the account menu open");
        await page.ScreenshotAsync(new() { Path = Shot("phone-account-menu") });
        await account.TapAsync();
        await Expect(page.GetByRole(AriaRole.Menuitem, new() { Name = "Change password" })).ToBeHiddenAsync();

        var signOut = page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true });
        await Expect(signOut).ToBeInViewportAsync(new() { Ratio = 1 });
        var box = (await signOut.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= 390 && box.Y >= 0 && box.Y + box.Height <= 844,
            $"Sign out is at {box.X},{box.Y} ({box.Width}×{box.Height}), not within the 390×844 screen.");
        await signOut.TapAsync();
        await page.WaitForURLAsync(url => url.Contains("/signin", StringComparison.Ordinal));
        s.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task OnADesktopNothingScrollsSidewaysAndTheUserMenuShowsWhoIsSignedIn()
    {
        var id = ImportDirectly(TestArticles.Ferry, TestArticles.FerryTitle);
        await using var s = await App.OpenAsync("desk-editor", Role.Admin);
        var page = s.Page;

        await s.GoToAsync("/");
        await Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync("desk-editor");
        await Expect(page.GetByTestId("signed-in-user")).ToBeVisibleAsync();
        await AssertNoSidewaysScrollAsync(page, "the article list");
        await page.ScreenshotAsync(new() { Path = Shot("desktop-articles") });

        await s.GoToAsync($"/articles/{id}");
        await WaitForWorkbenchAsync(page);
        await ClaimItems(page).Nth(1).ClickAsync();
        await AssertNoSidewaysScrollAsync(page, "the workbench");
        await page.ScreenshotAsync(new() { Path = Shot("desktop-workbench") });

        await s.GoToAsync($"/articles/{id}/report");
        await Expect(page.GetByTestId("download-md")).ToBeVisibleAsync();
        await AssertNoSidewaysScrollAsync(page, "the report");
        await page.ScreenshotAsync(new() { Path = Shot("desktop-report") });
        s.AssertNoBrowserErrors();
    }

    /// <summary>
    /// The page scrolls (smoothly) a moment after the selection shows: wait for that to start, then until neither the page
    /// nor the article box nor the claim list has moved for a few frames, so that what is in view is where it ends up.
    /// </summary>
    private static async Task WaitForScrollingToStopAsync(IPage page)
    {
        await page.WaitForTimeoutAsync(300);
        await page.EvaluateAsync("""
            async () => {
                const position = () => [document.scrollingElement, document.querySelector(".article-pane"), document.querySelector("[data-testid=claim-list]")]
                    .map(e => e ? e.scrollTop : 0).join(",");
                for (let last = position(), still = 0; still < 10;) {
                    await new Promise(r => requestAnimationFrame(r));
                    const now = position();
                    still = now === last ? still + 1 : 0;
                    last = now;
                }
            }
            """);
    }

    /// <summary>The page is no wider than the window; if it is, the message names the elements that stick out.</summary>
    private static async Task AssertNoSidewaysScrollAsync(IPage page, string what)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        if (widths[0] <= widths[1] + 1) return;
        var culprits = await page.EvaluateAsync<string[]>("""
            width => [...document.querySelectorAll("body *")]
                .filter(e => e.getBoundingClientRect().right > width + 1 && getComputedStyle(e).position !== "fixed")
                .slice(-8)
                .map(e => `${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}.${[...e.classList].join(".")} right=${Math.round(e.getBoundingClientRect().right)}`)
            """, widths[1]);
        Assert.Fail($"On {what} the page is {widths[0]} px wide in a {widths[1]} px window. Sticking out:\n" + string.Join("\n", culprits));
    }
}
