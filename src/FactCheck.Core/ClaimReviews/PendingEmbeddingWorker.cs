using FactCheck.Core.Data;
using FactCheck.Core.Matching;

namespace FactCheck.Core.ClaimReviews;

/// <summary>
/// Embeds imported reviews that were stored without a vector (a large import), a batch at a time, and tells the index
/// when vectors land. Idempotent and safe on several instances: a vector is stored only for the wording it was computed from.
/// </summary>
public sealed class PendingEmbeddingWorker(ClaimReviewStore store, SentenceEmbedder embedder, EarlierCheckIndex index)
{
    public const int BatchSize = 64;

    /// <summary>Without a signal the worker still looks every so often: another instance may have imported.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim signal = new(0, 1);

    /// <summary>Why the last round stopped early, if it did (for the status shown on the Fact-checks page).</summary>
    public string? LastError { get; private set; }

    /// <summary>Wakes the worker (there is new work).</summary>
    public void Signal()
    {
        try { signal.Release(); }
        catch (SemaphoreFullException) { }
    }

    /// <summary>Embeds everything pending now; returns how many vectors were stored.</summary>
    public int RunOnce(IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var total = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = store.Pending(BatchSize);
            if (batch.Count == 0) break;
            var vectors = embedder.EmbedAll(batch.Select(p => p.ClaimReviewed).ToList(), cancellationToken: cancellationToken);
            var saved = store.SaveEmbeddings(batch.Select((p, i) => (p, vectors[i])).ToList());
            total += saved;
            index.EmbeddingsLanded();
            progress?.Report(total);
            // Nothing stored: each of these was re-worded meanwhile and is pending again under its new text; next round.
            if (saved == 0 && batch.Count < BatchSize) break;
        }
        return total;
    }

    /// <summary>Runs until cancelled: embeds what is pending, then waits for a signal or the poll interval.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try { await Task.Run(() => RunOnce(cancellationToken: cancellationToken), cancellationToken); }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested) { return; }
            // The database may be briefly unavailable; the records wait, matched by their words, until the next round.
            catch (Exception e) when (e is not OperationCanceledException) { LastError = e.Message; }
            try { await signal.WaitAsync(PollInterval, cancellationToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
