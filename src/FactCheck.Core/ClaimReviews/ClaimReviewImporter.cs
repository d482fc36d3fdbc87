using FactCheck.Core.Data;
using FactCheck.Core.Matching;
using FactCheck.Core.Sources;

namespace FactCheck.Core.ClaimReviews;

/// <summary>
/// What an import did: how many records were new, how many merged into one already held (same URL), what was refused,
/// and how many claims wait for the background embedder (ranked by their words alone until then).
/// </summary>
public sealed record ClaimReviewImport(int Created, int Merged, IReadOnlyList<long> Ids, IReadOnlyList<ClaimReviewRefusal> Refused, int PendingEmbeddings = 0);

/// <summary>An import from a web address: the import, or why nothing could be read.</summary>
public sealed record ClaimReviewFetchImport(ClaimReviewImport? Import, string? Error);

/// <summary>
/// Reads ClaimReview JSON-LD and stores the records (duplicates within one document merge too). A small import embeds its
/// claims before it returns; a large one is stored at once and embedded by <see cref="PendingEmbeddingWorker"/>: the
/// model takes tens of milliseconds a claim on these CPUs, the store a fraction of one.
/// </summary>
public sealed class ClaimReviewImporter(ClaimReviewStore store, SentenceEmbedder embedder, EarlierCheckIndex index, PendingEmbeddingWorker worker,
    SourceFetcher fetcher)
{
    /// <summary>Up to this many records are embedded before the import returns (about a second).</summary>
    public const int EmbedNowLimit = 32;

    /// <exception cref="ClaimReviewFormatException">The document is not JSON or is nested too deep.</exception>
    public ClaimReviewImport Import(string json, string actor, CancellationToken cancellationToken = default) =>
        Import(ClaimReviewReader.Read(json), actor, cancellationToken);

    public ClaimReviewImport Import(ClaimReviewParse parsed, string actor, CancellationToken cancellationToken = default)
    {
        // The last record of a URL wins within one document, as a later import would.
        var records = parsed.Records.GroupBy(r => r.Url, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        var vectors = records.Count <= EmbedNowLimit
            ? embedder.EmbedAll(records.Select(r => r.ClaimReviewed).ToList(), cancellationToken: cancellationToken)
            : null;
        var stored = store.Upsert(records.Select((r, i) => (r, vectors?[i])).ToList(), actor);
        index.Invalidate();
        if (vectors is null) worker.Signal();
        var created = stored.Count(s => s.Created);
        return new ClaimReviewImport(created, parsed.Records.Count - created, stored.Select(s => s.Id).ToList(), parsed.Refused,
            vectors is null ? records.Count : 0);
    }

    /// <summary>An uploaded file: JSON-LD, or a saved fact-check page that carries it.</summary>
    /// <exception cref="ClaimReviewFormatException">Nothing in the file can be read as JSON-LD.</exception>
    public ClaimReviewImport ImportFile(byte[] bytes, string name, string actor, CancellationToken cancellationToken = default)
    {
        var media = name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) ? "text/html" : null;
        return Import(ClaimReviewDocument.Read(bytes, media, name, cancellationToken), actor, cancellationToken);
    }

    /// <summary>
    /// Downloads a ClaimReview feed or a fact-check page through the guarded fetcher (no private addresses, bounded size and
    /// time) and imports what it carries.
    /// </summary>
    public async Task<ClaimReviewFetchImport> ImportUrlAsync(string url, string actor, IProgress<string>? status = null, CancellationToken cancellationToken = default)
    {
        var (document, failure) = await fetcher.FetchDocumentAsync(url, status, cancellationToken);
        if (document is null) return new ClaimReviewFetchImport(null, $"{failure!.Message} {failure.Advice}");
        status?.Report("Reading the ClaimReviews…");
        try
        {
            var parsed = ClaimReviewDocument.Read(document.Bytes, document.MediaType, document.FinalUrl, cancellationToken);
            return new ClaimReviewFetchImport(await Task.Run(() => Import(parsed, actor, cancellationToken), cancellationToken), null);
        }
        catch (ClaimReviewFormatException e)
        {
            return new ClaimReviewFetchImport(null, e.Message);
        }
    }
}
