using System.Text;
using FactCheck.Core.Import;
using FactCheck.Core.Sources;
using FactCheck.Core.Tests.Import;

namespace FactCheck.Core.Tests.Sources;

/// <summary>
/// Sources built to overload the fetcher, served from loopback: compressed bodies that inflate far past the size
/// limit, pages nested 200,000 deep, and the one deadline that must cover reading the text as well as the download.
/// </summary>
[Collection(HostileInputCollection.Name)]
public sealed class HostileSourceTests : IDisposable
{
    private readonly LoopbackServer server = new();

    private static SourceFetchOptions Open => new() { AllowPrivateNetworks = true, ConnectTimeout = TimeSpan.FromSeconds(5), ReadTimeout = TimeSpan.FromSeconds(5) };

    private async Task<FetchResult> Fetch(string path, SourceFetchOptions? options = null, IProgress<string>? progress = null)
    {
        using var fetcher = new SourceFetcher(options ?? Open);
        return await fetcher.FetchAsync(server.Url(path), progress, TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public async Task A_compressed_body_is_cut_off_at_the_size_limit_while_it_inflates(string encoding)
    {
        var body = encoding switch
        {
            "gzip" => HostileDocuments.Gzip(32L << 20),
            "deflate" => HostileDocuments.Deflate(32L << 20),
            _ => HostileDocuments.Brotli(32L << 20),
        };
        Assert.True(body.Length < 1 << 20, $"the bomb is {body.Length:N0} bytes");
        server.Map("/bomb", ctx =>
        {
            ctx.Response.AddHeader("Content-Encoding", encoding);
            return LoopbackServer.Write(ctx, body, "text/plain", 200);
        });

        var result = await Fetch("/bomb", Open with { MaxBytes = 4L << 20 });

        Assert.False(result.Ok);
        Assert.Equal(FetchFailureKind.TooLarge, result.Failure.Kind);
        Assert.Equal("The document is larger than the 4 MB FactCheck keeps for a source.", result.Failure.Message);
    }

    [Fact]
    public async Task A_page_of_200000_nested_divs_is_fetched_flattened_with_its_text()
    {
        server.Text("/nested", HostileDocuments.NestedDivs(200_000));

        var result = await Fetch("/nested");

        Assert.True(result.Ok, result.Failure?.ToString());
        Assert.Contains("1,204 homes were flooded", result.Snapshot.Text);
    }

    [Fact]
    public async Task A_pdf_bomb_is_refused_as_unreadable_with_the_reason()
    {
        server.Bytes("/bomb.pdf", HostileDocuments.PdfWithHugeContentStream(PdfStreamFilters.MaxStreamBytes + (1 << 20)), "application/pdf");

        var result = await Fetch("/bomb.pdf");

        Assert.False(result.Ok);
        Assert.Equal(FetchFailureKind.Unreadable, result.Failure.Kind);
        Assert.Contains("unpacks to more than", result.Failure.Message);
    }

    [Fact]
    public async Task Reading_the_text_is_under_the_same_deadline_as_the_download()
    {
        server.Text("/page", SourcePages.Article);
        // The whole fetch may take ConnectTimeout + 4 x ReadTimeout = 1.5 s. The download is instant; then, as the
        // text is about to be read, the clock passes the deadline (as a page slow to parse would make it).
        var options = Open with { ConnectTimeout = TimeSpan.FromMilliseconds(300), ReadTimeout = TimeSpan.FromMilliseconds(300) };
        var progress = new DelayBeforeReading(TimeSpan.FromSeconds(2));

        var result = await Fetch("/page", options, progress);

        Assert.True(progress.Delayed, "the fetch never reported reading the text");
        Assert.False(result.Ok, "the text was read after the fetch's deadline had passed");
        Assert.Equal(FetchFailureKind.Timeout, result.Failure.Kind);
        Assert.Contains("took too long to read", result.Failure.Message);
    }

    public void Dispose() => server.Dispose();

    /// <summary>Reported synchronously on the fetching thread: holds it when the fetch starts reading the text.</summary>
    private sealed class DelayBeforeReading(TimeSpan delay) : IProgress<string>
    {
        public bool Delayed { get; private set; }

        public void Report(string value)
        {
            if (!value.StartsWith("Reading the text", StringComparison.Ordinal)) return;
            Delayed = true;
            Thread.Sleep(delay);
        }
    }
}
