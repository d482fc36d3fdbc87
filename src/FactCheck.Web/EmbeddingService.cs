using FactCheck.Core.ClaimReviews;

namespace FactCheck.Web;

/// <summary>Runs the <see cref="PendingEmbeddingWorker"/> for the life of the app: large ClaimReview imports are embedded here.</summary>
public sealed class EmbeddingService(PendingEmbeddingWorker worker) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => worker.RunAsync(stoppingToken);
}
