using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Reviews;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FactCheck.Benchmarks;

/// <summary>
/// Many reviewers saving verdicts at once against real app instances (Kestrel on loopback) on one database: each simulated
/// reviewer, with an API token of their own, reads a claim over HTTP (GET /api/claims/{id}), thinks for 1–3 s and saves a
/// verdict on the version read (PUT /api/claims/{id}/verdict), and a few real Chromium sessions click verdicts in the
/// workbench. Checks that no write is lost or duplicated (each claim's version and audit rows match the successful saves)
/// and that no error (a 5xx, an unexpected status, a failed request) reaches anyone, and reports save latencies as the
/// client measures them: the whole HTTP round trip of the PUT.
/// </summary>
public static class LoadTest
{
    private const string Password = "load test password";
    private static readonly string[] Verdicts = ["True", "Mostly true", "Mixed", "Misleading", "Mostly false", "False"];

    public static async Task<int> RunAsync(LoadOptions options)
    {
        var folder = Path.Combine(Path.GetTempPath(), "factcheck-load-" + Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        // On PostgreSQL, --instances app instances share the (empty) database named by --postgres; each has its own reviewers.
        var factories = Enumerable.Range(0, options.Instances).Select(_ => new WebApplicationFactory<global::Program>().WithWebHostBuilder(b => b
            .UseSetting("Database:Provider", options.Postgres is null ? "sqlite" : "postgres")
            .UseSetting("ConnectionStrings:FactCheck", options.Postgres ?? $"Data Source={Path.Combine(folder, "load.db")}")
            .UseSetting("Logging:LogLevel:Default", "Warning")
            .UseEnvironment("Production"))).ToList();
        foreach (var f in factories)
        {
            f.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
            f.StartServer();
        }
        var factory = factories[0];
        var urls = factories.Select(f => f.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/')).ToList();
        var baseUrl = urls[0];
        // One connection pool per instance, as many connections as reviewers: each reviewer's request goes out at once.
        var http = urls.Select(u => new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1000, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = new Uri(u), Timeout = TimeSpan.FromSeconds(30),
        }).ToList();
        var services = factory.Services;
        var users = services.GetRequiredService<UserStore>();
        var claims = services.GetRequiredService<ClaimStore>();
        var intake = services.GetRequiredService<ArticleIntake>();
        var db = services.GetRequiredService<Database>();
        var tokens = services.GetRequiredService<ApiTokenStore>();

        // Enough claims for every simulated reviewer to own one, three shared "hot" claims, and one article per browser.
        var pool = new List<Claim>();
        var reviewerCount = options.Reviewers * options.Instances;
        while (pool.Count < reviewerCount + 3)
            pool.AddRange(claims.ListByArticle(intake.Import(new ArticleDraft { Text = BenchData.Article(6_000), Title = $"Load article {pool.Count}" })));
        var browserArticles = Enumerable.Range(0, options.Browsers)
            .Select(i => intake.Import(new ArticleDraft { Text = BenchData.Article(3_000), Title = $"Browser article {i}" })).ToList();
        var reviewers = Enumerable.Range(1, reviewerCount).Select(i => users.Create($"reviewer{i:000}", Role.Reviewer, Password))
            .Select(u => (User: u, Token: tokens.Create(u.Id))).ToList();
        var shared = pool.Skip(reviewerCount).Take(3).Select(c => c.Id).ToArray();

        Console.WriteLine($"FactCheck load test: {options.Instances} instance(s) on {(options.Postgres is null ? "SQLite" : "PostgreSQL")} × {options.Reviewers} simulated reviewers over HTTP + {options.Browsers} Chromium sessions for {options.Seconds} s on {string.Join(", ", urls)}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");

        var latencies = new ConcurrentBag<double>();
        var saved = new ConcurrentDictionary<long, int>();
        var conflicts = 0;
        var savedVersions = new ConcurrentBag<(long Claim, int Version)>();
        var errors = new ConcurrentBag<string>();
        var deadline = DateTime.UtcNow.AddSeconds(options.Seconds);

        var simulated = reviewers.Select((reviewer, i) => Task.Run(async () =>
        {
            var random = new Random(i);
            var own = pool[i].Id;
            // Reviewer i works through instance i mod N, as a load balancer would spread them.
            var client = http[i % http.Count];
            var name = reviewer.User.Username;
            while (DateTime.UtcNow < deadline)
            {
                // Mostly their own claim; one save in five on a claim everyone shares, where conflicts are expected.
                // Like a page, the reviewer reads the claim, thinks for 1–3 s, then saves on the version read.
                var id = random.Next(5) == 0 ? shared[random.Next(shared.Length)] : own;
                try
                {
                    using var get = new HttpRequestMessage(HttpMethod.Get, $"/api/claims/{id}");
                    get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", reviewer.Token);
                    using var read = await client.SendAsync(get);
                    if (read.StatusCode != HttpStatusCode.OK)
                    {
                        errors.Add($"{name}: GET claim {id} answered {(int)read.StatusCode}: {await read.Content.ReadAsStringAsync()}");
                        continue;
                    }
                    var version = (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
                    await Task.Delay(random.Next(1000, 3001));
                    using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/claims/{id}/verdict")
                    {
                        Content = JsonContent.Create(new { rating = Verdicts[random.Next(Verdicts.Length)], explanation = $"Checked by {name} at {DateTime.UtcNow:O}", version }),
                    };
                    put.Headers.Authorization = new AuthenticationHeaderValue("Bearer", reviewer.Token);
                    var clock = Stopwatch.StartNew();
                    using var response = await client.SendAsync(put);
                    var body = await response.Content.ReadAsStringAsync();
                    latencies.Add(clock.Elapsed.TotalMilliseconds);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        saved.AddOrUpdate(id, 1, (_, n) => n + 1);
                        savedVersions.Add((id, JsonDocument.Parse(body).RootElement.GetProperty("version").GetInt32()));
                    }
                    else if (response.StatusCode == HttpStatusCode.Conflict) Interlocked.Increment(ref conflicts);
                    else errors.Add($"{name}: PUT verdict on claim {id} answered {(int)response.StatusCode}: {body}");
                }
                catch (Exception e)
                {
                    errors.Add($"{name}: {e.GetType().Name}: {e.Message}");
                }
            }
        })).ToList();

        var browserClicks = new ConcurrentBag<double>();
        var browserSaved = new ConcurrentDictionary<long, int>();
        var browserTasks = options.Browsers == 0 || !File.Exists("/usr/bin/chromium")
            ? []
            : await StartBrowsersAsync(options, baseUrl, users, claims, browserArticles, deadline, browserClicks, browserSaved, errors);
        if (options.Browsers > 0 && browserTasks.Count == 0) Console.WriteLine("Chromium not installed (apt-get install -y chromium): browser sessions skipped.");

        await Task.WhenAll(simulated.Concat(browserTasks));

        // Verification: every successful save is one version step and one audit row; nothing else changed the claims.
        var mismatches = new List<string>();
        using (var c = db.Open())
        {
            foreach (var (id, count) in saved.Concat(browserSaved))
            {
                var version = c.ExecuteScalar<int>("SELECT version FROM claims WHERE id = @id", new { id });
                var audits = c.ExecuteScalar<int>("SELECT COUNT(*) FROM audit_log WHERE entity = 'claim' AND entity_id = @id AND action = 'verdict'", new { id });
                if (version - 1 != count || audits != count) mismatches.Add($"claim {id}: {count} saves, version {version}, {audits} audit rows");
            }
            // Two acknowledged saves that report the same new version would be a duplicated write.
            foreach (var twice in savedVersions.GroupBy(v => v).Where(g => g.Count() > 1))
                mismatches.Add($"claim {twice.Key.Claim}: {twice.Count()} saves answered version {twice.Key.Version}");
        }
        foreach (var client in http) client.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var f in factories) await f.DisposeAsync();
        try { Directory.Delete(folder, true); } catch (IOException) { }

        var sorted = latencies.OrderBy(x => x).ToArray();
        var clicks = browserClicks.OrderBy(x => x).ToArray();
        Console.WriteLine($"HTTP saves (PUT /api/claims/{{id}}/verdict): {sorted.Length} attempts, {saved.Values.Sum()} saved, {conflicts} refused as stale (shared claims), {errors.Count} errors");
        if (sorted.Length > 0)
            Console.WriteLine($"save latency ms: median {Pct(sorted, 50):F2}, p95 {Pct(sorted, 95):F2}, p99 {Pct(sorted, 99):F2}, max {sorted[^1]:F2}");
        Console.WriteLine($"browser verdict clicks: {clicks.Length} saved and shown" + (clicks.Length > 0 ? $"; click-to-shown ms: median {Pct(clicks, 50):F0}, p95 {Pct(clicks, 95):F0}" : ""));
        Console.WriteLine($"lost or duplicated writes: {mismatches.Count}");
        foreach (var m in mismatches.Take(10)) Console.WriteLine("  " + m);
        foreach (var e in errors.Distinct().Take(10)) Console.WriteLine("  error: " + e);
        var locked = errors.Count(e => e.Contains("locked", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine($"'database is locked' errors: {locked}");
        var ok = mismatches.Count == 0 && errors.IsEmpty && sorted.Length > 0 && Pct(sorted, 95) < 50;
        Console.WriteLine(ok ? "RESULT: pass" : "RESULT: FAIL");
        return ok ? 0 : 1;
    }

    private static double Pct(double[] sorted, int p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static async Task<List<Task>> StartBrowsersAsync(LoadOptions options, string baseUrl, UserStore users, ClaimStore claims,
        List<long> articles, DateTime deadline, ConcurrentBag<double> clicks, ConcurrentDictionary<long, int> saved, ConcurrentBag<string> errors)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-quic"],
        });
        var tasks = new List<Task>();
        for (var i = 0; i < options.Browsers; i++)
        {
            var index = i;
            var user = users.Create($"browser{index + 1}", Role.Reviewer, Password);
            tasks.Add(Task.Run(async () =>
            {
                var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl })).NewPageAsync();
                page.Console += (_, m) => { if (m.Type == "error") errors.Add($"{user.Username} console: {m.Text}"); };
                page.PageError += (_, e) => errors.Add($"{user.Username} page error: {e}");
                await page.GotoAsync("/signin");
                await page.Locator("#username").FillAsync(user.Username);
                await page.Locator("#password").FillAsync(Password);
                await page.Locator("#password").PressAsync("Enter");
                await page.Locator("[data-interactive=true]").WaitForAsync();
                await page.GotoAsync($"/articles/{articles[index]}");
                await page.Locator("[data-interactive=true]").WaitForAsync();
                await page.Locator("[data-testid=claim-item][aria-selected=true]").WaitForAsync();
                var claimId = claims.ListByArticle(articles[index])[0].Id;
                var random = new Random(100 + index);
                var n = 0;
                while (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(random.Next(1000, 3001));
                    var verdict = Verdicts[n++ % 2 == 0 ? 0 : 5]; // alternate, so that every click is a change
                    var clock = Stopwatch.StartNew();
                    await page.Locator($"[data-testid=verdict-picker] button[data-verdict='{verdict}']").ClickAsync();
                    await page.Locator($"[data-testid=verdict-picker] button[data-verdict='{verdict}'][aria-checked=true]").WaitForAsync();
                    await page.Locator("[data-testid=claim-item][aria-selected=true] [data-testid=claim-verdict]").Filter(new() { HasText = verdict }).WaitForAsync();
                    clicks.Add(clock.Elapsed.TotalMilliseconds);
                    saved.AddOrUpdate(claimId, 1, (_, k) => k + 1);
                    var snack = await page.Locator(".mud-snackbar").AllInnerTextsAsync();
                    foreach (var text in snack.Where(t => t.Contains("locked", StringComparison.OrdinalIgnoreCase) || t.Contains("not saved", StringComparison.OrdinalIgnoreCase)))
                        errors.Add($"{user.Username} saw: {text}");
                }
                await page.Context.CloseAsync();
            }));
        }
        return [Task.WhenAll(tasks).ContinueWith(async _ => { await browser.DisposeAsync(); playwright.Dispose(); }).Unwrap()];
    }
}
