using FactCheck.Core.Data;
using FactCheck.Core.Reviews;

namespace FactCheck.Core.Sources;

/// <summary>How an evidence passage stands against its source's archived copy.</summary>
public sealed record EvidenceCheck(Evidence Evidence, Snapshot? Snapshot, EvidenceAnchor? Anchor)
{
    public bool HasSnapshot => Snapshot is not null;

    public bool PassageFound => Anchor is { Found: true };
}

/// <summary>A hint from comparing a claim with an archived source: never a verdict, only something to look at.</summary>
public sealed record SourceHint(string Kind, string SourceTitle, string Message, bool Agrees, QuoteComparison? Quote = null);

/// <summary>
/// Keeps fixed copies of sources and ties evidence passages to them: fetch or paste a snapshot, anchor every
/// passage cited from that source in it, and compare a claim's figures and quotation with what the source says.
/// </summary>
public sealed class SourceArchive(SourceFetcher fetcher, SnapshotStore snapshots, EvidenceStore evidence, TimeProvider clock)
{
    /// <summary>Fetches the source and stores a new snapshot; on failure, says why and what to do instead.</summary>
    public async Task<(Snapshot? Snapshot, FetchFailure? Failure)> FetchAsync(Source source, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var result = await fetcher.FetchAsync(source.Url, progress, cancellationToken);
        if (!result.Ok) return (null, result.Failure);
        var snapshot = snapshots.Add(source.Id, result.Snapshot!);
        AnchorAll(source.Id, snapshot);
        return (snapshot, null);
    }

    /// <summary>Stores text the reviewer pasted (from a paywalled page, a PDF they hold...) as the source's snapshot.</summary>
    public Snapshot AddManual(Source source, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new ArgumentException("Paste the source's text first: the snapshot would be empty.", nameof(text));
        var snapshot = snapshots.Add(source.Id, SnapshotDraft.FromPastedText(text.Trim(), clock.GetUtcNow(), source.Url, source.Title));
        AnchorAll(source.Id, snapshot);
        return snapshot;
    }

    /// <summary>Anchors one passage in its source's latest snapshot (after it is added or edited).</summary>
    public void Anchor(Evidence item)
    {
        if (snapshots.Latest(item.SourceId) is { } snapshot)
            snapshots.Anchor(item.Id, snapshot.Id, PassageLocator.Locate(snapshot.Text, item.Passage));
    }

    public IReadOnlyList<EvidenceCheck> Check(IReadOnlyList<Evidence> items) =>
        items.Select(e => new EvidenceCheck(e, snapshots.Latest(e.SourceId), snapshots.AnchorOf(e.Id))).ToList();

    public Snapshot? Latest(long sourceId) => snapshots.Latest(sourceId);

    public IReadOnlyList<Snapshot> History(long sourceId) => snapshots.List(sourceId);

    /// <summary>Figure and quotation hints for a claim against the snapshots of the sources cited on it.</summary>
    public IReadOnlyList<SourceHint> Hints(Claim claim, string articleText, IReadOnlyList<Evidence> items)
    {
        var hints = new List<SourceHint>();
        foreach (var source in items.Select(e => e.Source).DistinctBy(s => s.Id))
        {
            if (snapshots.Latest(source.Id) is not { } snapshot) continue;
            var title = source.Title ?? source.Url;
            foreach (var figure in claim.Figures.Where(f => f.Value is not null && f.Date is null))
            {
                var comparison = FigureCheck.Compare(figure, snapshot.Text, claim.Statement);
                hints.Add(new SourceHint("figure", title, $"{figure.Text}: {comparison.Message}",
                    comparison.Outcome is FigureOutcome.Matches or FigureOutcome.Consistent));
            }
            if (claim.Direct == true && claim.Content.Count > 0)
            {
                // The quotation is what the article puts in quotation marks: the claim's content, not its statement.
                var quotation = string.Join(" … ", claim.Content.Where(c => c.End <= articleText.Length).Select(c => c.Slice(articleText).Trim('"', '“', '”', ' ')));
                if (quotation.Length > 0)
                {
                    var comparison = QuoteCheck.Compare(quotation, snapshot.Text);
                    hints.Add(new SourceHint("quote", title, comparison.Message, comparison.Found && comparison.Fidelity >= 0.999, comparison));
                }
            }
        }
        return hints;
    }

    private void AnchorAll(long sourceId, Snapshot snapshot)
    {
        foreach (var item in evidence.ListBySource(sourceId))
            snapshots.Anchor(item.Id, snapshot.Id, PassageLocator.Locate(snapshot.Text, item.Passage));
    }
}
