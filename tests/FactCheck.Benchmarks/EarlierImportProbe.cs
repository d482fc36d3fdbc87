using System.Diagnostics;
using FactCheck.Core.ClaimReviews;
using FactCheck.Core.Data;
using FactCheck.Core.Matching;
using FactCheck.Core.Sources;

namespace FactCheck.Benchmarks;

/// <summary>
/// <c>-- earlier-import [count] [embed-seconds]</c>: imports a feed of 10,000 ClaimReviews into a fresh SQLite file five times
/// (median), then lets the background worker embed them (all, or for at most <c>embed-seconds</c>) and prints its rate:
/// what the import costs the caller, and how long until every claim is matched by meaning.
/// </summary>
public static class EarlierImportProbe
{
    public static int Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
        var seconds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue / 1000;
        var feed = EarlierCheckData.Feed(count);
        var runs = new List<double>();
        for (var run = 0; run < 4; run++)
        {
            var (d, f) = EarlierCheckData.EmptyDatabase();
            var store = new ClaimReviewStore(d, TimeProvider.System);
            var ix = new EarlierCheckIndex(store, new OwnVerdictStore(d), SentenceEmbedder.Instance, TimeProvider.System);
            var timer = Stopwatch.StartNew();
            new ClaimReviewImporter(store, SentenceEmbedder.Instance, ix, new PendingEmbeddingWorker(store, SentenceEmbedder.Instance, ix),
                new SourceFetcher(new SourceFetchOptions())).Import(feed, "bench");
            runs.Add(timer.Elapsed.TotalSeconds);
            d.Dispose();
            BenchData.Delete(f);
        }
        Console.WriteLine($"import of {count:N0} ClaimReviews, 4 runs: {string.Join(", ", runs.Select(r => r.ToString("0.000")))} s");
        var (db, folder) = EarlierCheckData.EmptyDatabase();
        try
        {
            var reviews = new ClaimReviewStore(db, TimeProvider.System);
            var embedder = SentenceEmbedder.Instance;
            embedder.Embed("Warm up the model.");
            var index = new EarlierCheckIndex(reviews, new OwnVerdictStore(db), embedder, TimeProvider.System);
            var worker = new PendingEmbeddingWorker(reviews, embedder, index);
            var importer = new ClaimReviewImporter(reviews, embedder, index, worker, new SourceFetcher(new SourceFetchOptions()));

            var clock = Stopwatch.StartNew();
            var result = importer.Import(feed, "bench");
            var imported = clock.Elapsed;
            Console.WriteLine($"import of {count:N0} ClaimReviews: {imported.TotalSeconds:0.000} s ({result.Created:N0} stored, {result.PendingEmbeddings:N0} waiting for embeddings)");

            clock.Restart();
            var lastReport = TimeSpan.Zero;
            using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
            var embedded = 0;
            try { embedded = worker.RunOnce(new Progress<int>(n =>
            {
                if (clock.Elapsed - lastReport < TimeSpan.FromSeconds(30)) return;
                lastReport = clock.Elapsed;
                Console.WriteLine($"  {n:N0} embedded after {clock.Elapsed.TotalSeconds:0} s");
            }), budget.Token); }
            catch (OperationCanceledException) { }
            embedded = count - reviews.PendingCount();
            var embedding = clock.Elapsed;
            Console.WriteLine($"background embedding of {embedded:N0} claims (2 threads): {embedding.TotalSeconds:0.0} s, {embedding.TotalMilliseconds / Math.Max(1, embedded):0.0} ms a claim");
            Console.WriteLine($"pending afterwards: {reviews.PendingCount()}");
            return 0;
        }
        finally
        {
            db.Dispose();
            BenchData.Delete(folder);
        }
    }
}
