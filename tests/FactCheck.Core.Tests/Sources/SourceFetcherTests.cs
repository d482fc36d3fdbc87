using System.Net;
using System.Text;
using FactCheck.Core.Sources;
using FactCheck.Core.Tests.Import;

namespace FactCheck.Core.Tests.Sources;

public sealed class SourceFetcherTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 13, 9, 30, 5, TimeSpan.Zero);
    private readonly LoopbackServer server = new();

    // The test server is on loopback, so most tests open the guard; the guard tests close it.
    private static SourceFetchOptions Open => new() { AllowPrivateNetworks = true, ConnectTimeout = TimeSpan.FromSeconds(5), ReadTimeout = TimeSpan.FromSeconds(5) };

    private async Task<FetchResult> Fetch(string path, SourceFetchOptions? options = null, IProgress<string>? progress = null)
    {
        using var fetcher = new SourceFetcher(options ?? Open, new FixedClock(Now));
        return await fetcher.FetchAsync(server.Url(path), progress, TestContext.Current.CancellationToken);
    }

    private static FetchFailure Failed(FetchResult result)
    {
        Assert.False(result.Ok, "expected a failure, got a snapshot");
        return result.Failure;
    }

    [Fact]
    public async Task Html_article_becomes_readable_text_without_page_furniture()
    {
        server.Text("/floods", SourcePages.Article);
        var statuses = new List<string>();
        var result = await Fetch("/floods", progress: new SyncProgress(statuses));

        Assert.True(result.Ok, result.Failure?.ToString());
        var s = result.Snapshot;
        Assert.Contains("1,204 homes were flooded", s.Text);
        Assert.Contains("old bridge", s.Text);
        Assert.DoesNotContain("tracking", s.Text);
        Assert.DoesNotContain("Subscribe", s.Text);
        Assert.DoesNotContain("Cookie", s.Text);
        Assert.Equal("River Sereno floods 1,204 homes", s.Title);
        Assert.Equal("Campo Sereno Gazette", s.Publisher);
        Assert.Equal("Lena Ortiz", s.Author);
        Assert.Equal(new DateOnly(2026, 3, 11), s.PublishedOn);
        Assert.Equal(200, s.HttpStatus);
        Assert.Equal("text/html", s.ContentType);
        Assert.Equal(server.Url("/floods"), s.FinalUrl);
        Assert.Equal(Now, s.RetrievedAt);
        Assert.Equal(SnapshotDraft.HashHex(Encoding.UTF8.GetBytes(SourcePages.Article)), s.Sha256);
        Assert.Matches("^[0-9a-f]{64}$", s.Sha256);
        Assert.Equal($"https://web.archive.org/web/20260313093005/{server.Url("/floods")}", s.ArchiveUrl);
        Assert.False(s.Manual);
        Assert.Contains(statuses, m => m.StartsWith("Connecting to 127.0.0.1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Page_without_article_markup_keeps_the_prose_and_drops_link_lists()
    {
        server.Text("/bulletin", SourcePages.DivSoup);
        var result = await Fetch("/bulletin");
        Assert.True(result.Ok, result.Failure?.ToString());
        var text = result.Snapshot.Text;
        Assert.StartsWith("The national statistics office recorded 12,480 housing starts", text);
        Assert.Contains("at 15,020 for the quarter.", text);
        Assert.DoesNotContain("Related:", text);
        Assert.DoesNotContain("About the statistics office", text);
        Assert.DoesNotContain("Copyright", text);
        Assert.Equal("Statistics office — Housing bulletin", result.Snapshot.Title);
    }

    [Fact]
    public async Task Pdf_is_read_page_by_page()
    {
        var pdf = TestDocuments.Pdf("Reservoir bulletin", ["Water Authority bulletin 7", "The reservoir stood at 41% of capacity."], ["Rationing continues in the north."]);
        server.Bytes("/bulletin.pdf", pdf, "application/pdf");
        var result = await Fetch("/bulletin.pdf");

        Assert.True(result.Ok, result.Failure?.ToString());
        Assert.Contains("41% of capacity", result.Snapshot.Text);
        Assert.Contains("Rationing continues", result.Snapshot.Text);
        Assert.Equal("Reservoir bulletin", result.Snapshot.Title);
        Assert.Equal("application/pdf", result.Snapshot.ContentType);
        Assert.Equal(SnapshotDraft.HashHex(pdf), result.Snapshot.Sha256);
    }

    [Fact]
    public async Task Plain_text_is_kept_as_is()
    {
        server.Text("/bulletin.txt", SourcePages.PlainText, "text/plain; charset=utf-8");
        var result = await Fetch("/bulletin.txt");
        Assert.True(result.Ok, result.Failure?.ToString());
        Assert.Equal(SourcePages.PlainText, result.Snapshot.Text);
    }

    [Fact]
    public async Task Redirect_chain_is_followed_to_the_final_address()
    {
        server.Redirect("/a", "/b", 301);
        server.Redirect("/b", server.Url("/c"), 307);
        server.Redirect("/c", "/final", 303);
        server.Text("/final", SourcePages.PlainText, "text/plain");
        var result = await Fetch("/a");
        Assert.True(result.Ok, result.Failure?.ToString());
        Assert.Equal(server.Url("/final"), result.Snapshot.FinalUrl);
        Assert.Equal($"https://web.archive.org/web/20260313093005/{server.Url("/final")}", result.Snapshot.ArchiveUrl);
    }

    [Fact]
    public async Task Too_many_redirects_fail()
    {
        for (var i = 0; i < 8; i++) server.Redirect($"/loop{i}", $"/loop{i + 1}");
        var failure = Failed(await Fetch("/loop0", Open with { MaxRedirects = 3 }));
        Assert.Equal(FetchFailureKind.TooManyRedirects, failure.Kind);
        Assert.Equal(1, server.Hits("/loop3"));
        Assert.Equal(0, server.Hits("/loop4"));
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://127.0.0.1/report.txt")]
    [InlineData("javascript:alert(1)")]
    public async Task Redirect_to_a_scheme_other_than_http_is_refused(string target)
    {
        server.Redirect("/jump", target);
        var failure = Failed(await Fetch("/jump"));
        Assert.Equal(FetchFailureKind.InvalidUrl, failure.Kind);
        Assert.Contains("redirects to an address FactCheck does not fetch", failure.Message);
    }

    [Fact]
    public async Task Guard_refuses_loopback_before_any_request_is_sent()
    {
        server.Text("/floods", SourcePages.Article);
        var failure = Failed(await Fetch("/floods", Open with { AllowPrivateNetworks = false }));
        Assert.Equal(FetchFailureKind.BlockedAddress, failure.Kind);
        Assert.Contains("loopback", failure.Message);
        Assert.Contains("manual snapshot", failure.Advice);
        Assert.Equal(0, server.Hits("/floods"));
    }

    [Fact]
    public async Task Guard_checks_every_redirect_hop()
    {
        // 127.0.0.1 is allowed one by one (the trusted first hop); the redirect to 127.0.0.2, also loopback, is not.
        server.Redirect("/hop", $"http://127.0.0.2:{server.Port}/internal");
        var options = Open with { AllowPrivateNetworks = false, AllowedAddresses = [IPAddress.Loopback] };
        var failure = Failed(await Fetch("/hop", options));
        Assert.Equal(FetchFailureKind.BlockedAddress, failure.Kind);
        Assert.Contains("127.0.0.2", failure.Message);
        Assert.Equal(1, server.Hits("/hop"));
    }

    [Fact]
    public async Task Guard_refuses_ipv6_loopback_after_a_redirect()
    {
        server.Redirect("/hop6", $"http://[::1]:{server.Port}/internal");
        var options = Open with { AllowPrivateNetworks = false, AllowedAddresses = [IPAddress.Loopback] };
        var failure = Failed(await Fetch("/hop6", options));
        Assert.Equal(FetchFailureKind.BlockedAddress, failure.Kind);
    }

    [Theory]
    [InlineData(404, FetchFailureKind.NotFound, "not found")]
    [InlineData(410, FetchFailureKind.NotFound, "not found")]
    [InlineData(500, FetchFailureKind.ServerError, "error of its own")]
    [InlineData(503, FetchFailureKind.ServerError, "HTTP 503")]
    [InlineData(401, FetchFailureKind.AccessDenied, "paywall")]
    [InlineData(403, FetchFailureKind.AccessDenied, "paywall")]
    [InlineData(429, FetchFailureKind.HttpError, "too many requests")]
    public async Task Http_errors_come_back_with_a_reason(int status, FetchFailureKind kind, string words)
    {
        server.Text("/status", "<p>nope</p>", status: status);
        var failure = Failed(await Fetch("/status"));
        Assert.Equal(kind, failure.Kind);
        Assert.Equal(status, failure.HttpStatus);
        Assert.Contains(words, failure.Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrWhiteSpace(failure.Advice));
    }

    [Fact]
    public async Task Unknown_path_is_not_found()
    {
        var failure = Failed(await Fetch("/missing"));
        Assert.Equal(FetchFailureKind.NotFound, failure.Kind);
        Assert.Contains("manual snapshot", failure.Advice);
    }

    [Fact]
    public async Task Silent_server_times_out()
    {
        server.Map("/slow", async ctx =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            await LoopbackServer.Write(ctx, "late"u8.ToArray(), "text/plain", 200);
        });
        var started = DateTime.UtcNow;
        // Headers are awaited for ConnectTimeout + ReadTimeout: 1.3 s here, against a server that needs 5 s.
        var failure = Failed(await Fetch("/slow", Open with { ConnectTimeout = TimeSpan.FromSeconds(1), ReadTimeout = TimeSpan.FromMilliseconds(300) }));
        Assert.Equal(FetchFailureKind.Timeout, failure.Kind);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task Body_that_stalls_times_out()
    {
        server.Map("/stall", async ctx =>
        {
            ctx.Response.ContentType = "text/plain";
            ctx.Response.SendChunked = true;
            await ctx.Response.OutputStream.WriteAsync("The first part arrives"u8.ToArray());
            await ctx.Response.OutputStream.FlushAsync();
            await Task.Delay(TimeSpan.FromSeconds(5));
            ctx.Response.Close();
        });
        var failure = Failed(await Fetch("/stall", Open with { ReadTimeout = TimeSpan.FromMilliseconds(400) }));
        Assert.Equal(FetchFailureKind.Timeout, failure.Kind);
    }

    [Fact]
    public async Task Declared_size_over_the_cap_is_refused()
    {
        server.Text("/huge", new string('x', 50_000), "text/plain");
        var failure = Failed(await Fetch("/huge", Open with { MaxBytes = 10_000 }));
        Assert.Equal(FetchFailureKind.TooLarge, failure.Kind);
    }

    [Fact]
    public async Task Undeclared_size_is_capped_while_streaming()
    {
        server.Map("/stream", async ctx =>
        {
            ctx.Response.ContentType = "text/plain";
            ctx.Response.SendChunked = true;
            var line = Encoding.ASCII.GetBytes(new string('y', 1000) + "\n");
            for (var i = 0; i < 100; i++) await ctx.Response.OutputStream.WriteAsync(line);
            ctx.Response.Close();
        });
        var failure = Failed(await Fetch("/stream", Open with { MaxBytes = 20_000 }));
        Assert.Equal(FetchFailureKind.TooLarge, failure.Kind);
        Assert.Contains("manual snapshot", failure.Advice);
    }

    [Fact]
    public async Task Unsupported_content_type_is_refused()
    {
        server.Bytes("/chart.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png");
        var failure = Failed(await Fetch("/chart.png"));
        Assert.Equal(FetchFailureKind.UnsupportedType, failure.Kind);
        Assert.Contains("image/png", failure.Message);
    }

    [Fact]
    public async Task Connection_refused_is_reported()
    {
        var closedPort = server.Port;
        server.Dispose();
        using var fetcher = new SourceFetcher(Open, new FixedClock(Now));
        var result = await fetcher.FetchAsync($"http://127.0.0.1:{closedPort}/gone", null, TestContext.Current.CancellationToken);
        Assert.Equal(FetchFailureKind.ConnectionFailed, Failed(result).Kind);
    }

    [Fact]
    public async Task Invalid_url_is_refused_without_a_request()
    {
        using var fetcher = new SourceFetcher(Open, new FixedClock(Now));
        var result = await fetcher.FetchAsync("gopher://127.0.0.1/", null, TestContext.Current.CancellationToken);
        Assert.Equal(FetchFailureKind.InvalidUrl, Failed(result).Kind);
    }

    [Fact]
    public async Task Callers_cancellation_throws()
    {
        server.Map("/slow", async ctx => { await Task.Delay(5000); ctx.Response.Close(); });
        using var fetcher = new SourceFetcher(Open, new FixedClock(Now));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetcher.FetchAsync(server.Url("/slow"), null, cts.Token));
    }

    public void Dispose() => server.Dispose();

    /// <summary>Progress&lt;T&gt; posts to the thread pool; the test wants the messages in hand when the fetch returns.</summary>
    private sealed class SyncProgress(List<string> sink) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (sink) sink.Add(value);
        }
    }
}
