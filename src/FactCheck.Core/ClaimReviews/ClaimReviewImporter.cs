using FactCheck.Core.Data;
using FactCheck.Core.Matching;

namespace FactCheck.Core.ClaimReviews;

/// <summary>What an import did: how many records were new, how many merged into one already held (same URL), and what was refused.</summary>
public sealed record ClaimReviewImport(int Created, int Merged, IReadOnlyList<long> Ids, IReadOnlyList<ClaimReviewRefusal> Refused);

/// <summary>Reads ClaimReview JSON-LD, embeds each claim and stores the records (duplicates within one document merge too).</summary>
public sealed class ClaimReviewImporter(ClaimReviewStore store, SentenceEmbedder embedder)
{
    public ClaimReviewImport Import(string json, string actor, CancellationToken cancellationToken = default)
    {
        var parsed = ClaimReviewReader.Read(json);
        // The last record of a URL wins within one document, as a later import would.
        var records = parsed.Records.GroupBy(r => r.Url, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        var vectors = embedder.EmbedAll(records.Select(r => r.ClaimReviewed).ToList(), cancellationToken: cancellationToken);
        var stored = store.Upsert(records.Select((r, i) => (r, vectors[i])).ToList(), actor);
        var created = stored.Count(s => s.Created);
        return new ClaimReviewImport(created, parsed.Records.Count - created, stored.Select(s => s.Id).ToList(), parsed.Refused);
    }
}
