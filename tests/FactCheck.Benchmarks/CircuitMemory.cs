using System.Diagnostics;
using System.Net;
using System.Runtime;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Reviews;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FactCheck.Benchmarks;

/// <summary>
/// What one open workbench costs the server. The real app runs in this process on loopback Kestrel; real Chromium pages
/// open the workbench of an article with 16 and with 300 claims, each page its own Blazor circuit over a real WebSocket.
/// The server's managed heap is read after a full blocking, compacting collection (LOH included) with no pages, with N
/// workbenches open, and after the pages are closed; the per-circuit cost is the difference divided by N, less what the
/// Playwright client itself holds per open page (measured the same way on N blank pages). The working set (RSS) is
/// printed beside it, and the time until memory comes back after the browsers close.
/// </summary>
/// <remarks>
/// <c>circuits [--circuits 20] [--pause 0]</c>: <c>--pause S</c> waits S seconds before the 300-claim pages open and again
/// with them open (printing the process id each time), so that <c>dotnet-gcdump collect -p PID</c> can take a heap dump of
/// both and the two be compared type by type.
/// </remarks>
public static class CircuitMemory
{
    private const string Password = "circuit memory password";

    public static async Task<int> RunAsync(string[] args)
    {
        var n = Arg(args, "--circuits", 20);
        var pause = Arg(args, "--pause", 0);
        if (!File.Exists("/usr/bin/chromium"))
        {
            Console.WriteLine("Chromium not installed (apt-get install -y chromium): nothing measured.");
            return 1;
        }
        var folder = Path.Combine(Path.GetTempPath(), "factcheck-circuits-" + Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        await using var factory = new WebApplicationFactory<global::Program>().WithWebHostBuilder(b => b
            .UseSetting("ConnectionStrings:FactCheck", $"Data Source={Path.Combine(folder, "circuits.db")}")
            .UseSetting("Logging:LogLevel:Default", "Warning")
            .UseEnvironment("Production"));
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var baseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        var intake = factory.Services.GetRequiredService<ArticleIntake>();
        var users = factory.Services.GetRequiredService<UserStore>();
        var claims = factory.Services.GetRequiredService<ClaimStore>();

        // Articles of the sizes asked about, made by the extractor itself (the same text gives the same claims).
        var small = ArticleWithClaims(intake, claims, 16);
        var large = ArticleWithClaims(intake, claims, 300);
        // Pages are spread over several reviewers so that no one reaches the limit of open pages per person.
        var reviewers = Enumerable.Range(1, Math.Max(1, (n + 9) / 10)).Select(i => users.Create($"reader{i:00}", Role.Reviewer, Password)).ToList();

        Console.WriteLine($"FactCheck circuits: {n} Chromium workbench pages per article size on {baseUrl}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024 / 1024:N0} MB available to the GC, " +
                          $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}, GC {(GCSettings.IsServerGC ? "server" : "workstation")}");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium", Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var contexts = new List<IBrowserContext>();
        foreach (var user in reviewers) contexts.Add(await SignedInContextAsync(browser, baseUrl, user.Username));

        // Warm up: every code path once (render, highlight, MudBlazor), so that the baseline holds the statics too.
        var warm = await contexts[0].NewPageAsync();
        await OpenWorkbenchAsync(warm, small.Id);
        await OpenWorkbenchAsync(warm, large.Id);
        await warm.CloseAsync();
        await Task.Delay(2000);

        // What Playwright's client holds per open page, to take out of the server's figure (it lives in this process).
        var idle = await SettledAsync();
        var blanks = new List<IPage>();
        for (var i = 0; i < n; i++) blanks.Add(await contexts[i % contexts.Count].NewPageAsync());
        var clientPerPage = Math.Max(0, ((await SettledAsync()).Heap - idle.Heap) / (double)n);
        foreach (var p in blanks) await p.CloseAsync();

        var rows = new List<string>();
        var summary = new List<string>();
        var failed = false;
        // The articles page with no filter as a light page: what a circuit and the layout cost before any workbench.
        foreach (var (path, count) in new[] { ("/sources", 0), ($"/articles/{small.Id}", 16), ($"/articles/{large.Id}", 300) })
        {
            var before = await SettledAsync();
            if (pause > 0 && count == 300)
            {
                Console.WriteLine($"pausing {pause} s with no circuits open: dotnet-gcdump collect -p {Environment.ProcessId}");
                await Task.Delay(TimeSpan.FromSeconds(pause));
            }
            var pages = new List<IPage>();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < n; i++)
            {
                var page = await contexts[i % contexts.Count].NewPageAsync();
                await OpenAsync(page, path, count > 0);
                pages.Add(page);
            }
            var openSeconds = clock.Elapsed.TotalSeconds;
            var open = Measure();
            var heapPerCircuit = (open.Heap - before.Heap) / (double)n - clientPerPage;
            var wsPerCircuit = (open.WorkingSet - before.WorkingSet) / (double)n;
            if (pause > 0 && count == 300)
            {
                Console.WriteLine($"pausing {pause} s with {n} circuits open: dotnet-gcdump collect -p {Environment.ProcessId}");
                await Task.Delay(TimeSpan.FromSeconds(pause));
            }

            // Closing the pages: the browser tells the server, which then ends each circuit.
            clock.Restart();
            foreach (var p in pages) await p.CloseAsync();
            var (after, seconds) = await WaitForReleaseAsync(before, n);
            rows.Add($"| {count} | {n} | {Mb(before.Heap)} | {Mb(open.Heap)} | {heapPerCircuit / 1024 / 1024:F2} | {Mb(before.WorkingSet)} | {Mb(open.WorkingSet)} | {wsPerCircuit / 1024 / 1024:F2} | {Mb(after.Heap)} | {Mb(after.WorkingSet)} | {seconds:F0} | {openSeconds:F1} |");
            var released = after.Heap - before.Heap <= 1024 * 1024 * Math.Max(1, n / 10);
            if (count > 0)
            {
                var over = heapPerCircuit >= 1024 * 1024;
                summary.Add($"{count} claims: heap {heapPerCircuit / 1024 / 1024:F2} MB per circuit ({(over ? "at or over" : "under")} 1 MB), " +
                            $"working set {wsPerCircuit / 1024 / 1024:F2} MB per circuit; after closing: heap {Mb(after.Heap)} MB (before {Mb(before.Heap)}), " +
                            $"{(released ? $"released in {seconds:F0} s" : $"NOT released after {seconds:F0} s")}");
                if (over) failed = true;
            }
            if (!released) failed = true;
        }
        foreach (var c in contexts) await c.CloseAsync();

        Console.WriteLine($"Playwright client per open page (subtracted): {clientPerPage / 1024:F0} KB");
        Console.WriteLine("(claims 0: the sources page, a light page, for what a circuit and the layout cost by themselves)");
        Console.WriteLine("| claims | pages | heap before MB | heap open MB | heap per circuit MB | working set before MB | working set open MB | working set per circuit MB | heap after close MB | working set after close MB | s until released | s to open all |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows) Console.WriteLine(r);
        Console.WriteLine();
        foreach (var line in summary) Console.WriteLine(line);
        Console.WriteLine(failed
            ? "RESULT: FAIL (a 16- or 300-claim workbench circuit at or over 1 MB of heap, or memory not back after the pages closed)"
            : "RESULT: pass (16- and 300-claim workbench circuits under 1 MB of heap each; memory back after the pages closed)");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, true); } catch (IOException) { }
        return failed ? 1 : 0;
    }

    private static Article ArticleWithClaims(ArticleIntake intake, ClaimStore claims, int wanted)
    {
        // Grow the text until the extractor gives at least the number wanted, then delete the surplus claims from the end.
        for (var chars = wanted * 60; ; chars += Math.Max(200, chars / 20))
        {
            var id = intake.Import(new ArticleDraft { Text = BenchData.Article(chars), Title = $"{wanted}-claim article" });
            var list = claims.ListByArticle(id);
            if (list.Count < wanted) continue;
            foreach (var extra in list.Skip(wanted)) claims.Delete(extra.Id);
            return new Article { Id = id, Title = "", Text = "" };
        }
    }

    private static async Task<IBrowserContext> SignedInContextAsync(IBrowser browser, string baseUrl, string username)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.Locator("#username").FillAsync(username);
        await page.Locator("#password").FillAsync(Password);
        await page.Locator("#password").PressAsync("Enter");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.CloseAsync();
        return context;
    }

    private static Task OpenWorkbenchAsync(IPage page, long articleId) => OpenAsync(page, $"/articles/{articleId}", true);

    private static async Task OpenAsync(IPage page, string path, bool workbench)
    {
        await page.GotoAsync(path);
        await page.Locator("[data-interactive=true]").WaitForAsync(new() { Timeout = 120_000 });
        if (!workbench) return;
        await page.Locator("[data-testid=claim-item][aria-selected=true]").WaitForAsync(new() { Timeout = 120_000 });
        await page.Locator("[data-testid=claim-editor]").WaitForAsync(new() { Timeout = 120_000 });
    }

    private readonly record struct Reading(long Heap, long WorkingSet);

    /// <summary>The managed heap after a full blocking compacting collection (large objects too), and the working set.</summary>
    private static Reading Measure()
    {
        for (var i = 0; i < 3; i++)
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
        using var process = Process.GetCurrentProcess();
        return new Reading(GC.GetTotalMemory(false), process.WorkingSet64);
    }

    /// <summary>A baseline once background work from the previous step (closing circuits, timers) has stopped changing the heap.</summary>
    private static async Task<Reading> SettledAsync()
    {
        var last = Measure();
        for (var i = 0; i < 10; i++)
        {
            await Task.Delay(1000);
            var now = Measure();
            if (Math.Abs(now.Heap - last.Heap) < 256 * 1024) return now;
            last = now;
        }
        return last;
    }

    /// <summary>Waits (up to 5 minutes) until the heap is back within 1 MB per 10 pages of the baseline.</summary>
    private static async Task<(Reading After, double Seconds)> WaitForReleaseAsync(Reading before, int n)
    {
        var clock = Stopwatch.StartNew();
        var reading = Measure();
        while (reading.Heap - before.Heap > 1024 * 1024 * Math.Max(1, n / 10) && clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(2000);
            reading = Measure();
        }
        return (reading, clock.Elapsed.TotalSeconds);
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
    }
}
