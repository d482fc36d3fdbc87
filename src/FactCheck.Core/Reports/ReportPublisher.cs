using FactCheck.Core.Data;
using FactCheck.Core.Reviews;

namespace FactCheck.Core.Reports;

/// <summary>The outcome of a publish request: the stored version, or what still has to be done.</summary>
public sealed record PublishResult(ReportVersion? Version, IReadOnlyList<string> Missing)
{
    public bool Published => Version is not null;
}

/// <summary>
/// Publishes an article's report as an immutable version. Publishing waits until every verdict that needs a source
/// cites one with an archived snapshot and a quoted passage, and the methodology note is written; a report already
/// published changes only with a correction note, listed in the report's corrections log.
/// </summary>
public sealed class ReportPublisher(ArticleStore articles, ClaimStore claims, EvidenceStore evidence, SnapshotStore snapshots,
    ReportVersionStore versions, VerdictScale scale, TimeProvider clock, UserStore? users = null)
{
    /// <summary>The article's report as it stands, with everything publishing needs (archived copies, display names).</summary>
    public ReportData? Load(long articleId) => ReportData.Load(articleId, articles, claims, evidence, scale, versions, snapshots, users);

    /// <summary>What blocks publishing, in words an editor can act on; empty when the report can be published.</summary>
    public IReadOnlyList<string> Checklist(ReportData data)
    {
        var missing = new List<string>();
        var checkedClaims = data.Claims.Where(c => c.Verdict is not null).ToList();
        if (checkedClaims.Count == 0) missing.Add("No claim has a verdict yet.");
        var waiting = checkedClaims.Count(c => c.Status is not (ClaimStatus.Approved or ClaimStatus.Published));
        if (waiting > 0)
            missing.Add(waiting == 1 ? "1 verdict is not approved by an editor yet (Review page)." : $"{waiting} verdicts are not approved by an editor yet (Review page).");
        var evidenceByClaim = data.Evidence.ToLookup(e => e.ClaimId);
        var number = 0;
        foreach (var claim in data.Claims)
        {
            number++;
            if (SourceRule.Unmet(claim, data.Scale, evidenceByClaim[claim.Id], $"Claim {number}") is { } unsourced)
                missing.Add(unsourced);
            else if (data.Scale.Find(claim.Verdict) is { NeedsSource: true }
                     && !evidenceByClaim[claim.Id].Where(SourceRule.Cites).Any(e => snapshots.Latest(e.SourceId) is not null))
                missing.Add($"Claim {number} (“{SourceRule.Short(claim.Statement)}”): archive a snapshot of at least one of its sources.");
        }
        if (string.IsNullOrWhiteSpace(data.Article.Methodology))
            missing.Add("Write the methodology note: how the claims were selected and checked.");
        return missing;
    }

    public PublishResult Publish(long articleId, string publishedBy, string? correction)
    {
        var data = Load(articleId);
        if (data is null) return new PublishResult(null, ["This article no longer exists."]);
        var missing = Checklist(data).ToList();
        if (string.IsNullOrWhiteSpace(publishedBy)) missing.Add("Say who is publishing.");
        if (data.Versions.Count > 0 && string.IsNullOrWhiteSpace(correction))
            missing.Add("This report is already published: describe the correction this new version makes.");
        if (missing.Count > 0) return new PublishResult(null, missing);

        claims.MarkPublished(articleId, publishedBy.Trim());
        var published = Load(articleId)!;
        var at = clock.GetUtcNow();
        var note = data.Versions.Count > 0 ? correction!.Trim() : null;
        var by = published.NameOf(publishedBy.Trim());
        var content = ReportContentBuilder.Build(published, includeUnchecked: false) with { PublishedBy = by };
        var version = versions.Add(articleId, number => ReportWriter.Write(content, new ReportOptions
        {
            IncludeUnchecked = false,
            GeneratedAt = at,
            Publishing = new PublicationStamp(number, by, at, note),
        }, published.Versions), publishedBy.Trim(), note, at, content);
        return new PublishResult(version, []);
    }
}
