using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using FactCheck.Core.ClaimReviews;
using FactCheck.Core.Data;
using FactCheck.Core.Matching;
using FactCheck.Core.Sources;

namespace FactCheck.Benchmarks;

/// <summary>
/// Issue 11 bars: matching one claim against 100,000 stored claims under 50 ms after warm-up (the in-memory index,
/// built from a real SQLite file), and embedding a 30-claim article under 2 s on one core.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class EarlierCheckBenchmarks
{
    private Database db = null!;
    private string folder = "";
    private EarlierCheckIndex.Snapshot snapshot = null!;
    private SentenceEmbedder oneCore = null!;
    private IReadOnlyList<string> article = [];
    private string query = "";
    private float[] queryVector = [];

    [GlobalSetup]
    public void Setup()
    {
        (db, folder) = EarlierCheckData.DatabaseWithReviews(100_000);
        var reviews = new ClaimReviewStore(db, TimeProvider.System);
        var index = new EarlierCheckIndex(reviews, new OwnVerdictStore(db), SentenceEmbedder.Instance, TimeProvider.System);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var started = System.Diagnostics.Stopwatch.StartNew();
        snapshot = index.Current();
        var built = started.Elapsed;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"// index of {snapshot.Count:N0} checks built in {built.TotalSeconds:0.00} s; vectors {snapshot.VectorBytes / 1048576.0:0.0} MB, " +
                          $"whole index (vectors, BM25, records) {(after - before) / 1048576.0:0.0} MB of managed heap");
        var random = new Random(99);
        query = EarlierCheckData.Sentence(random);
        queryVector = EarlierCheckData.UnitVector(random);
        oneCore = new SentenceEmbedder(threads: 1);
        article = EarlierCheckData.ArticleClaims(30);
        oneCore.EmbedAll(article);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        oneCore.Dispose();
        BenchData.Delete(folder);
    }

    [Benchmark]
    public int MatchOneClaimAgainst100000() => snapshot.Rank(query, queryVector, 10).Count;

    [Benchmark]
    public int Embed30ClaimArticleOnOneCore() => oneCore.EmbedAll(article).Length;
}

/// <summary>
/// Issue 11 bar: importing 10,000 ClaimReviews under 60 s. The import parses, stores in one transaction with prepared
/// statements and returns; the embeddings follow in the background (see <c>-- earlier-import</c> for their cost).
/// </summary>
[MedianColumn]
[SimpleJob(RunStrategy.Monitoring, warmupCount: 1, iterationCount: 5)]
public class ClaimReviewImportBenchmarks
{
    private string feed = "";
    private Database db = null!;
    private string folder = "";
    private ClaimReviewImporter importer = null!;

    [GlobalSetup]
    public void Setup() => feed = EarlierCheckData.Feed(10_000);

    [IterationSetup]
    public void FreshDatabase()
    {
        (db, folder) = EarlierCheckData.EmptyDatabase();
        var reviews = new ClaimReviewStore(db, TimeProvider.System);
        var index = new EarlierCheckIndex(reviews, new OwnVerdictStore(db), SentenceEmbedder.Instance, TimeProvider.System);
        importer = new ClaimReviewImporter(reviews, SentenceEmbedder.Instance, index, new PendingEmbeddingWorker(reviews, SentenceEmbedder.Instance, index),
            new SourceFetcher(new SourceFetchOptions()));
    }

    [IterationCleanup]
    public void Cleanup()
    {
        db.Dispose();
        BenchData.Delete(folder);
    }

    [Benchmark]
    public int Import10000ClaimReviews() => importer.Import(feed, "bench").Created;
}
