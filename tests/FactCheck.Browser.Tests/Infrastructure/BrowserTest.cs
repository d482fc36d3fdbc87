using System.Text.RegularExpressions;
using FactCheck.Core.Data;
using FactCheck.Core.Reviews;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FactCheck.Browser.Tests.Infrastructure;

/// <summary>What every browser test class shares: the Chromium check, its own app and database, a session per test, and a few page steps.</summary>
public abstract class BrowserTest : IClassFixture<FactCheckApp>
{
    static BrowserTest() => Assertions.SetDefaultExpectTimeout(15_000);

    protected BrowserTest(FactCheckApp app)
    {
        // Here, before any test or subclass touches the app (which is not started without Chromium): every test skips.
        Assert.SkipUnless(Chromium.Found, Chromium.Missing);
        App = app;
    }

    protected FactCheckApp App { get; }

    protected ArticleStore ArticleStore => App.Services.GetRequiredService<ArticleStore>();

    protected ClaimStore ClaimStore => App.Services.GetRequiredService<ClaimStore>();

    /// <summary>Stores an article the way the app does, for tests whose subject is not the import itself.</summary>
    protected long ImportDirectly(string text, string? title = null) =>
        App.Services.GetRequiredService<ArticleIntake>().Import(new ArticleDraft { Text = text, Title = title });

    /// <summary>Pastes the text on /articles/new, extracts, and returns the id of the article the workbench opened.</summary>
    protected static async Task<long> PasteAndExtractAsync(BrowserSession s, string text, string? title = null)
    {
        await s.GoToAsync("/articles/new");
        await PasteAsync(s.Page, text);
        if (title is not null) await s.Page.Locator("#article-title").FillAsync(title);
        await s.Page.GetByTestId("extract").ClickAsync();
        // Blazor navigates in the page (history API): wait for what the workbench shows, not for a page load.
        await WaitForWorkbenchAsync(s.Page);
        Assert.Matches(@"/articles/\d+$", s.Page.Url);
        return long.Parse(s.Page.Url[(s.Page.Url.LastIndexOf('/') + 1)..]);
    }

    /// <summary>
    /// Puts text in the article box on /articles/new and waits for the server to take it. The box binds on change
    /// (blur), and the "N characters" line that then appears pushes the Extract button down: a click made while that
    /// happens is lost, so wait for the line before clicking.
    /// </summary>
    protected static async Task PasteAsync(IPage page, string text)
    {
        var box = page.Locator("textarea#article-input");
        await box.FillAsync(text);
        await box.BlurAsync();
        await page.GetByText(new Regex(@"^\d[\d,.\u00a0\u202f]* characters$")).WaitForAsync();
    }

    /// <summary>The article's highlights and the (virtualised, so rendered a moment later) claim list are shown.</summary>
    protected static async Task WaitForWorkbenchAsync(IPage page, TimeSpan? timeout = null)
    {
        var options = new LocatorWaitForOptions { Timeout = (float?)timeout?.TotalMilliseconds };
        await page.Locator("div#article-text mark").First.WaitForAsync(options);
        await ClaimItems(page).First.WaitForAsync(options);
    }

    /// <summary>The number of claims, from "0 of 6 claims have a verdict": the virtualised list renders only what fits.</summary>
    protected static async Task<(int Verdicts, int Claims)> ProgressAsync(IPage page)
    {
        var text = await page.GetByTestId("progress-summary").InnerTextAsync();
        var m = Regex.Match(text, @"(\d+) of (\d+) claims have a verdict");
        Assert.True(m.Success, $"Unexpected progress summary: {text}");
        return (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value));
    }

    protected static ILocator ClaimItems(IPage page) => page.GetByTestId("claim-item");

    protected static ILocator SelectedClaim(IPage page) => page.Locator("[data-testid=claim-item][aria-selected=true]");

    /// <summary>Whitespace collapsed, as the browser lays text out.</summary>
    protected static string Squash(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
