using System.Net;
using System.Net.Sockets;
using System.Text;
using FactCheck.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Browser.Tests;

/// <summary>A source added by URL is fetched from a page served on loopback, archived, and checked against the claim.</summary>
public sealed class SourcesTests(FactCheckApp app) : BrowserTest(app), IDisposable
{
    private const string Page = """
        <!doctype html><html><head><title>Pier capacity survey 2026</title><meta name="author" content="Marlow Bay Harbour Office"></head>
        <body><nav>Home | Notices | Contact</nav><article><h1>Pier capacity survey 2026</h1>
        <p>The harbour office measured the existing pier in February.</p>
        <p>The survey found the existing pier could handle 280 more passengers a day without new berths.</p>
        <p>Gull Island had 1,850 year-round residents at the last count, the regional transport office said.</p>
        </article><footer>Marlow Bay Harbour Office</footer></body></html>
        """;

    private readonly HttpListener listener = new();

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (listener.IsListening) listener.Stop();
        listener.Close();
    }

    private string Serve()
    {
        var prefix = $"http://127.0.0.1:{FreePort()}/";
        listener.Prefixes.Add(prefix);
        listener.Start();
        _ = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try { context = await listener.GetContextAsync(); }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
                var body = Encoding.UTF8.GetBytes(Page);
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.ContentLength64 = body.Length;
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
        });
        return prefix + "pier-survey.html";
    }

    [Fact]
    public async Task AddASourceByUrlSeeTheSnapshotCiteASuggestedPassageAndSeeTheFigureCheck()
    {
        var url = Serve();
        var articleId = ImportDirectly(TestArticles.Ferry, TestArticles.FerryTitle);
        await using var s = await App.OpenAsync();
        var page = s.Page;
        await s.GoToAsync($"/articles/{articleId}");
        await WaitForWorkbenchAsync(page);

        // The harbour master's figure: "at least 300 more passengers a day".
        await page.GetByTestId("claim-item").Filter(new() { HasText = "300" }).First.ClickAsync();
        await Expect(page.GetByTestId("claim-quote")).ToContainTextAsync("at least 300 more passengers");

        await page.GetByTestId("show-evidence-form").ClickAsync();
        await page.Locator("#evidence-url").FillAsync(url);
        await page.Locator("#evidence-title").FillAsync("Pier capacity survey");
        await page.Locator("#evidence-passage").FillAsync("the existing pier could handle 280 more passengers a day");
        await page.GetByTestId("add-evidence").ClickAsync();
        var item = page.GetByTestId("evidence-item");
        await Expect(item).ToHaveCountAsync(1);

        await item.GetByTestId("fetch-source").ClickAsync();
        await Expect(item.GetByTestId("passage-found")).ToContainTextAsync("passage found in the archived copy", new() { Timeout = 30_000 });
        await Expect(item.GetByTestId("snapshot-status")).ToContainTextAsync("SHA-256");

        // The figure check compares the claim's number with the archived source's.
        await Expect(page.GetByTestId("source-hint").Filter(new() { HasText = "300" })).ToContainTextAsync("source says 280");

        // The archived copy shows the cited passage highlighted.
        await item.GetByTestId("view-snapshot").ClickAsync();
        await Expect(page.Locator("[data-testid=snapshot-text] mark.evidence-mark")).ToHaveTextAsync("the existing pier could handle 280 more passengers a day");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Dialog).GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Close", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("snapshot-text")).ToHaveCountAsync(0);

        // A suggested passage is one click away from being cited, and is found in the archived copy too.
        await item.GetByTestId("suggest-passages").ClickAsync();
        var suggestions = page.GetByTestId("suggestions");
        await Expect(suggestions).ToContainTextAsync("280 more passengers");
        await suggestions.GetByTestId("use-suggestion").First.ClickAsync();
        await Expect(page.GetByTestId("evidence-item")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("evidence-item").Nth(1).GetByTestId("passage-found")).ToBeVisibleAsync();

        // A passage the source does not contain is flagged.
        await page.GetByTestId("show-evidence-form").ClickAsync();
        await page.Locator("#evidence-url").FillAsync(url);
        await page.Locator("#evidence-passage").FillAsync("the pier could handle 500 more passengers");
        await page.GetByTestId("add-evidence").ClickAsync();
        await Expect(page.GetByTestId("evidence-item").Nth(2).GetByTestId("passage-missing")).ToContainTextAsync("not found in the archived copy");
        s.AssertNoBrowserErrors();
    }
}
