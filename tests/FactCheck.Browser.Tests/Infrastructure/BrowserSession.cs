using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace FactCheck.Browser.Tests.Infrastructure;

/// <summary>One page in its own browser context, with every error the browser reports collected for the end-of-test check.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> problems = new();
    private readonly ConcurrentQueue<string> dialogs = new();

    public BrowserSession(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        Watch(page);
        // Pages the app opens itself (a link with target=_blank) are checked too.
        context.Page += (_, opened) => Watch(opened);
    }

    private void Watch(IPage page)
    {
        page.Console += (_, m) => { if (m.Type == "error") problems.Enqueue($"console error: {m.Text}"); };
        page.PageError += (_, e) => problems.Enqueue($"page error: {e}");
        page.RequestFailed += (_, r) => problems.Enqueue($"request failed: {r.Method} {r.Url} ({r.Failure})");
        page.Response += (_, r) => { if (r.Status >= 400) problems.Enqueue($"HTTP {r.Status}: {r.Request.Method} {r.Url}"); };
        page.Dialog += async (_, d) =>
        {
            dialogs.Enqueue($"{d.Type}: {d.Message}");
            await d.DismissAsync();
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>alert/confirm/prompt dialogs the page opened (and that were dismissed).</summary>
    public IReadOnlyCollection<string> Dialogs => dialogs.ToArray();

    /// <summary>Navigates and waits until the Blazor circuit is connected: a click before that is silently lost.</summary>
    public async Task GoToAsync(string path)
    {
        await Page.GotoAsync(path);
        await WaitInteractiveAsync();
    }

    /// <summary>Signs in on the sign-in page and waits for the articles page.</summary>
    public async Task SignInAsync(string username, string password)
    {
        await Page.GotoAsync("/signin");
        await Page.Locator("#username").FillAsync(username);
        await Page.Locator("#password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        await WaitInteractiveAsync();
    }

    public async Task ReloadAsync()
    {
        await Page.ReloadAsync();
        await WaitInteractiveAsync();
    }

    public Task WaitInteractiveAsync() => Page.Locator("[data-interactive=true]").WaitForAsync();

    /// <summary>Console errors, uncaught exceptions and failed requests so far.</summary>
    public IReadOnlyCollection<string> Problems => problems.ToArray();

    /// <summary>Fails the test with everything the browser complained about.</summary>
    public void AssertNoBrowserErrors()
    {
        var all = problems.ToArray();
        Assert.True(all.Length == 0, "The browser reported problems:\n" + string.Join("\n", all));
    }

    public async ValueTask DisposeAsync()
    {
        // The last state of every test's page, to look at when one fails (CI keeps TestResults/).
        var name = TestContext.Current.Test?.TestDisplayName ?? "test";
        var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        // The visible part only, within a few seconds: a page holding a very long article is too tall to shoot whole.
        try { await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name.Split('.')[^1] + ".png"), Timeout = 5_000 }); }
        catch (Exception e) when (e is PlaywrightException or TimeoutException) { } // a crashed or busy page has nothing to show
        await Context.CloseAsync();
    }
}
