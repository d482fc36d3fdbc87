using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Reports;
using FactCheck.Core.Reviews;
using FactCheck.Core.Sources;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Benchmarks;

/// <summary>
/// The security review's hostile inputs, each run once through the real path (the upload API of the real app in
/// memory, the source fetcher against a loopback web server, the Markdown renderer and the report endpoint), with
/// the peak GC heap and peak working set growth and the wall time of each. Exit code 1 when any run breaks a bound:
/// a server error, more than <see cref="MaxSeconds"/> s, or more than <see cref="MaxHeapGrowthMB"/> MB of heap.
/// </summary>
/// <remarks>Run with <c>dotnet run -c Release --project tests/FactCheck.Benchmarks -- hostile [part of a row's name]</c>; one row
/// per process gives each its own working set, as the server GC keeps what an earlier row took. Heap and working set are
/// measured as in <see cref="MemoryProbe"/>; the working set peak needs Linux (it is reset per row).</remarks>
public static class HostileInputProbe
{
    public const double MaxSeconds = 10;
    public const double MaxHeapGrowthMB = 400;

    public static async Task<int> RunAsync(string? only = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "factcheck-hostile-" + Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        await using var app = new WebApplicationFactory<global::Program>().WithWebHostBuilder(b => b
            .UseSetting("ConnectionStrings:FactCheck", $"Data Source={Path.Combine(folder, "hostile.db")}")
            .UseSetting("Logging:LogLevel:Default", "Warning")
            .UseEnvironment("Production"));
        var user = app.Services.GetRequiredService<UserStore>().Create("prober", Role.Editor, "hostile input probe password");
        var api = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        api.Timeout = TimeSpan.FromMinutes(30);
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", app.Services.GetRequiredService<ApiTokenStore>().Create(user.Id));

        using var site = new LoopbackSite();
        var nested = HostileFiles.NestedDivs(200_000);
        site.Serve("/nested.html", Encoding.UTF8.GetBytes(nested), "text/html; charset=utf-8");
        using var fetcher = new SourceFetcher(new SourceFetchOptions { AllowPrivateNetworks = true });

        var intake = app.Services.GetRequiredService<ArticleIntake>();
        var claims = app.Services.GetRequiredService<ClaimStore>();
        var articleId = intake.Import(new ArticleDraft { Text = BenchData.Article(3_000), Title = "Deep quote report" });
        var claim = claims.ListByArticle(articleId)[0];
        claims.SetVerdict(claim.Id, claim.Version, "False", HostileFiles.DeepBlockQuote(200));

        var docx200 = HostileFiles.DocxOfEmptyParagraphs(200L << 20);
        var docx1G = HostileFiles.DocxOfOneRun(1L << 30);
        var pdf = HostileFiles.PdfWithHugeContentStream(512L << 20);
        (string Name, string Input, Func<Task<string>> Run)[] rows =
        [
            ("docx, document.xml inflating to 200 MB", Size(docx200), () => Upload(api, "bomb.docx", docx200)),
            ("docx, one text run of 1 GB", Size(docx1G), () => Upload(api, "run.docx", docx1G)),
            ("PDF, content stream inflating to 512 MB", Size(pdf), () => Upload(api, "stream.pdf", pdf)),
            ("200,000 nested divs, uploaded as .html", Size(nested.Length), () => Upload(api, "nested.html", Encoding.UTF8.GetBytes(nested))),
            ("200,000 nested divs, fetched as a source", Size(nested.Length), () => Fetch(fetcher, site.Url("/nested.html"))),
            ("200-deep block quote, MarkdownRenderer", "202 chars", () => Render(HostileFiles.DeepBlockQuote(200))),
            ("200-deep block quote, report.html", "202 chars", () => Get(api, $"/api/articles/{articleId}/report.html")),
        ];

        Console.WriteLine($"GC: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}; {Environment.ProcessorCount} cores; .NET {Environment.Version}");
        Console.WriteLine("| input | size | outcome | time s | peak GC heap growth MB | peak working set growth MB | within bounds |");
        Console.WriteLine("|---|---:|---|---:|---:|---:|---|");
        var failures = 0;
        foreach (var (name, input, run) in rows)
        {
            if (only is not null && !name.Contains(only, StringComparison.OrdinalIgnoreCase)) continue;
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            var baseHeap = GC.GetTotalMemory(true);
            var process = Process.GetCurrentProcess();
            var resetPeak = WorkingSetPeak.Reset();
            process.Refresh();
            var baseWorkingSet = process.WorkingSet64;
            var sampler = new HeapSampler();
            var clock = Stopwatch.StartNew();
            string outcome;
            try
            {
                outcome = await run();
            }
            catch (Exception e)
            {
                outcome = $"threw {e.GetType().Name}: {e.Message}";
            }
            var seconds = clock.Elapsed.TotalSeconds;
            var heapGrowth = (sampler.Stop() - baseHeap) / 1e6;
            process.Refresh();
            var workingSet = resetPeak ? $"{(process.PeakWorkingSet64 - baseWorkingSet) / 1e6:0.0}" : "n/a";
            var ok = seconds <= MaxSeconds && heapGrowth <= MaxHeapGrowthMB && !outcome.StartsWith("threw", StringComparison.Ordinal) && !outcome.StartsWith("HTTP 5", StringComparison.Ordinal);
            if (!ok) failures++;
            Console.WriteLine($"| {name} | {input} | {Short(outcome)} | {seconds:0.00} | {heapGrowth:0.0} | {workingSet} | {(ok ? "yes" : "NO")} |");
        }
        api.Dispose();
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, true); } catch (IOException) { }
        return failures == 0 ? 0 : 1;
    }

    private static async Task<string> Upload(HttpClient api, string fileName, byte[] bytes)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", fileName } };
        using var response = await api.PostAsync("/api/articles/upload", form);
        return $"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
    }

    private static async Task<string> Get(HttpClient api, string path)
    {
        using var response = await api.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        return $"HTTP {(int)response.StatusCode}, {body.Length:N0} chars";
    }

    private static async Task<string> Fetch(SourceFetcher fetcher, string url)
    {
        var result = await fetcher.FetchAsync(url);
        return result.Ok ? $"snapshot of {result.Snapshot.Text.Length:N0} chars" : $"refused: {result.Failure.Message}";
    }

    private static Task<string> Render(string markdown) => Task.FromResult($"{MarkdownRenderer.ToHtml(markdown).Length:N0} chars of HTML");

    private static string Size(byte[] bytes) => Size(bytes.LongLength);

    private static string Size(long bytes) => bytes >= 1 << 20 ? $"{bytes / 1048576.0:0.0} MB" : $"{bytes / 1024.0:0} KB";

    private static string Short(string outcome)
    {
        var flat = outcome.Replace('|', '/').Replace('\n', ' ');
        return flat.Length > 220 ? flat[..220] + "…" : flat;
    }

    /// <summary>A web server on 127.0.0.1 serving fixed bodies, so the fetch is real but never leaves the machine.</summary>
    private sealed class LoopbackSite : IDisposable
    {
        private readonly HttpListener listener = new();
        private readonly Dictionary<string, (byte[] Body, string Type)> pages = [];
        private readonly int port;

        public LoopbackSite()
        {
            var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public string Url(string path) => $"http://127.0.0.1:{port}{path}";

        public void Serve(string path, byte[] body, string type) => pages[path] = (body, type);

        private async Task ServeAsync()
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try { context = await listener.GetContextAsync(); }
                catch (Exception) when (!listener.IsListening) { return; }
                catch (HttpListenerException) { return; }
                catch (ObjectDisposedException) { return; }
                try
                {
                    if (pages.TryGetValue(context.Request.Url!.AbsolutePath, out var page))
                    {
                        context.Response.ContentType = page.Type;
                        context.Response.ContentLength64 = page.Body.Length;
                        await context.Response.OutputStream.WriteAsync(page.Body);
                    }
                    else context.Response.StatusCode = 404;
                    context.Response.Close();
                }
                catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException) { }
            }
        }

        public void Dispose() => listener.Close();
    }
}
