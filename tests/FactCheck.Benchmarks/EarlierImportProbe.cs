using System.Diagnostics;
using FactCheck.Core.ClaimReviews;
using FactCheck.Core.Data;
using FactCheck.Core.Matching;
using FactCheck.Core.Sources;

namespace FactCheck.Benchmarks;

/// <summary>
/// <c>-- earlier-import [count]</c>: imports a feed of 10,000 ClaimReviews into a fresh SQLite file, then lets the background
/// worker embed them all, and prints both times: what the import costs the caller, and how long until every claim is
/// matched by meaning. One run (the embedding takes minutes); the figures are what this machine did then.
/// </summary>
public static class EarlierImportProbe
{
    public static int Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
        var feed = EarlierCheckData.Feed(count);
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
            var embedded = worker.RunOnce(new Progress<int>(n =>
            {
                if (clock.Elapsed - lastReport < TimeSpan.FromSeconds(30)) return;
                lastReport = clock.Elapsed;
                Console.WriteLine($"  {n:N0} embedded after {clock.Elapsed.TotalSeconds:0} s");
            }));
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
