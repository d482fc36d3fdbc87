using System.Diagnostics;
using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using FactCheck.Core.Import;
using FactCheck.Core.Reports;
using FactCheck.Core.Sources;

namespace FactCheck.Benchmarks;

/// <summary>
/// The security review's hostile inputs through Core, each benchmark failing (it throws, and BenchmarkDotNet reports
/// it) when the input is not refused or read as it should be, or when one operation allocates more than
/// <see cref="MaxAllocatedMB"/> MB or takes more than <see cref="MaxSeconds"/> s. Peak memory (rather than bytes
/// allocated) is measured by the <c>-- hostile</c> probe, through the real upload API.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class HostileInputBenchmarks
{
    private const double MaxAllocatedMB = 400;
    private const double MaxSeconds = 10;

    private byte[] docx200MB = [];
    private byte[] docxRun1GB = [];
    private byte[] docxRun60MB = [];
    private byte[] pdfStream512MB = [];
    private byte[] nestedDivs = [];
    private HttpListener? site;
    private string nestedUrl = "";
    private SourceFetcher? fetcher;

    [GlobalSetup]
    public void Setup()
    {
        docx200MB = HostileFiles.DocxOfEmptyParagraphs(200L << 20);
        docxRun1GB = HostileFiles.DocxOfOneRun(1L << 30);
        docxRun60MB = HostileFiles.DocxOfOneRun(60L << 20);
        pdfStream512MB = HostileFiles.PdfWithHugeContentStream(512L << 20);
        nestedDivs = Encoding.UTF8.GetBytes(HostileFiles.NestedDivs(200_000));
        (site, nestedUrl) = Serve(nestedDivs);
        fetcher = new SourceFetcher(new SourceFetchOptions { AllowPrivateNetworks = true });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        fetcher?.Dispose();
        site?.Close();
    }

    [Benchmark]
    public string DocxInflating200MB() => Bounded(() => Refused(ArticleImporter.ImportFile("bomb.docx", new MemoryStream(docx200MB), ImportLimits.Default), "expands to more than"));

    /// <summary>Its zip directory declares the gigabyte, so it is refused before a byte is inflated.</summary>
    [Benchmark]
    public string DocxOneRunOf1GB() => Bounded(() => Refused(ArticleImporter.ImportFile("run.docx", new MemoryStream(docxRun1GB), ImportLimits.Default), "expands to more than"));

    /// <summary>Within the unpacking limit but thirty times the text limit: reading stops at the text limit.</summary>
    [Benchmark]
    public string DocxOneRunOf60MB() => Bounded(() => Refused(ArticleImporter.ImportFile("run.docx", new MemoryStream(docxRun60MB), ImportLimits.Default), "characters of text"));

    [Benchmark]
    public string PdfStreamInflating512MB() => Bounded(() => Refused(ArticleImporter.ImportFile("bomb.pdf", new MemoryStream(pdfStream512MB), ImportLimits.Default), "unpacks to more than"));

    [Benchmark]
    public string NestedDivs200kImported() => Bounded(() =>
    {
        var result = ArticleImporter.ImportFile("nested.html", new MemoryStream(nestedDivs), ImportLimits.Default);
        return result.Ok && result.Text.Contains("1,204 homes", StringComparison.Ordinal) ? result.Text : throw new InvalidOperationException($"not read: {result.Error}");
    });

    [Benchmark]
    public string NestedDivs200kFetched() => Bounded(() =>
    {
        var result = fetcher!.FetchAsync(nestedUrl).GetAwaiter().GetResult();
        return result.Ok && result.Snapshot.Text.Contains("1,204 homes", StringComparison.Ordinal) ? result.Snapshot.Text : throw new InvalidOperationException($"not fetched: {result.Failure}");
    }, acrossThreads: true);

    [Benchmark]
    public string DeepBlockQuoteRendered() => Bounded(() => MarkdownRenderer.ToHtml(HostileFiles.DeepBlockQuote(200)));

    [Benchmark]
    public string HostileMarkdownRendered() => Bounded(() => MarkdownRenderer.ToHtml(HostileMarkdown));

    /// <summary>Half a megabyte of the Markdown that used to throw or take seconds: deep quotes and lists, brackets, emphasis, bare links, backticks.</summary>
    private static readonly string HostileMarkdown = string.Join("\n\n",
        new string('>', 100_000) + " x",
        string.Concat(Enumerable.Repeat("- ", 5_000)) + "x",
        new string('[', 100_000) + "x",
        string.Concat(Enumerable.Repeat("word *em* ", 10_000)),
        string.Concat(Enumerable.Repeat("see https://example.org/a ", 5_000)),
        string.Concat(Enumerable.Range(1, 300).Select(i => new string('`', i) + " x ")),
        "| a | b |\n|---|---|\n" + string.Concat(Enumerable.Repeat("| x | *y* |\n", 5_000)));

    private static string Refused(ImportResult result, string expected) =>
        !result.Ok && result.Error.Contains(expected, StringComparison.Ordinal) ? result.Error : throw new InvalidOperationException($"not refused as expected: {result.Error ?? "accepted"}");

    /// <summary>
    /// Runs one operation and throws when it allocates or takes more than the bounds. Synchronous operations are charged
    /// what their own thread allocated: the process-wide counter was seen to jump by 0.8–2.8 GB within a 50 ms import
    /// that allocated 28 MB on its thread (other threads of the benchmark process, not the import). The fetch runs on
    /// the thread pool, so it is charged the process-wide count.
    /// </summary>
    private static string Bounded(Func<string> operation, bool acrossThreads = false)
    {
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var threadBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = operation();
        var seconds = clock.Elapsed.TotalSeconds;
        var allocatedMB = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1048576.0;
        var threadMB = (GC.GetAllocatedBytesForCurrentThread() - threadBefore) / 1048576.0;
        if ((acrossThreads ? allocatedMB : threadMB) > MaxAllocatedMB || seconds > MaxSeconds)
            throw new InvalidOperationException($"out of bounds: {allocatedMB:0} MB allocated (bound {MaxAllocatedMB}; {threadMB:0} MB on this thread), {seconds:0.00} s (bound {MaxSeconds})");
        return result;
    }

    private static (HttpListener, string) Serve(byte[] page)
    {
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        _ = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                try
                {
                    var context = await listener.GetContextAsync();
                    context.Response.ContentType = "text/html; charset=utf-8";
                    context.Response.ContentLength64 = page.Length;
                    await context.Response.OutputStream.WriteAsync(page);
                    context.Response.Close();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException) { }
            }
        });
        return (listener, $"http://127.0.0.1:{port}/nested.html");
    }
}
