using FactCheck.Core.Extraction;
using FactCheck.Core.Reviews;

namespace FactCheck.Web.Api;

public sealed record NewArticleRequest(string? Title, string? Text, string? Url, string? Outlet, string? Author, DateOnly? Published);

public sealed record FetchArticleRequest(string? Url, string? Outlet, DateOnly? Published);

/// <param name="AttributionCheck">For an attribution, whether the quote is accurate and correctly attributed (see
/// <see cref="FactCheck.Core.Reviews.AttributionCheck"/>); left out, the recorded finding stays.</param>
public sealed record VerdictRequest(string? Rating, string? Explanation, int? Version, string? AttributionCheck = null);

public sealed record EvidenceRequest(string? Url, string? Title, string? Publisher, string? Excerpt, string? Stance, string? SnapshotText);

public sealed record PublishRequest(string? Correction);

/// <summary>An editor's preparation of the published fact-check; a field left out keeps its current value.</summary>
public sealed record ReportRequest(string? Methodology, string? Summary, long[]? ClaimOrder);

/// <summary>What the published fact-check will say besides its claims, and the order of the claims.</summary>
public sealed record ReportSettingsDto(long ArticleId, string? Summary, string? Methodology, IReadOnlyList<long> ClaimOrder, string? Url);

/// <summary>An editor's approval or send-back of a claim's verdict, at the version reviewed; a send-back needs a comment.</summary>
public sealed record DecisionRequest(int? Version, string? Comment);

public sealed record SpeakerDto(string Name, string? Mention);

public sealed record CueDto(string Text);

public sealed record FigureDto(string Text, int[] Span, double? Value, string? Unit, string? Qualifier, string? Measure, DateOnly? Date);

/// <summary>A claim as the API shows it: the extraction JSON's fields plus its review state.</summary>
public sealed record ClaimDto(
    long Id, long ArticleId, string Kind, string Statement, int[] Span, SpeakerDto? Speaker, CueDto? Cue, int[][]? Content,
    bool? Direct, IReadOnlyList<FigureDto> Figures, bool? Sourced, double CheckWorthiness,
    int Version, string Status, string? Verdict, string? Explanation, string? Assignee, string? AttributionCheck)
{
    public static ClaimDto From(Claim c) => new(
        c.Id, c.ArticleId, c.Kind.ToString().ToLowerInvariant(), c.Statement, [c.Span.Start, c.Span.End],
        c.SpeakerName is null ? null : new SpeakerDto(c.SpeakerName, c.SpeakerMention),
        c.Cue is null ? null : new CueDto(c.Cue),
        c.Kind == ClaimKind.Attribution ? c.Content.Select(s => new[] { s.Start, s.End }).ToArray() : null,
        c.Direct,
        c.Figures.Select(f => new FigureDto(f.Text, [f.Span.Start, f.Span.End], f.Value, f.Unit, f.Qualifier, f.Measure, f.Date)).ToList(),
        c.Sourced, Math.Round(c.CheckWorthiness, 3), c.Version, c.Status.ToString(), c.Verdict, c.Explanation, c.Assignee,
        // Only attributions have a quote to check: the verdict of one rates what was said.
        c.Kind == ClaimKind.Attribution ? c.AttributionCheck.ToString() : null);
}

public sealed record ArticleDto(
    long Id, string Title, string? Outlet, string? Url, string? Author, DateOnly? Published, DateTimeOffset CreatedAt,
    IReadOnlyList<ClaimDto> Claims, DateTimeOffset? FetchedAt = null)
{
    /// <summary>Set when extraction found more claims than an article holds: how many, and where the kept ones end.</summary>
    public string? Notice { get; init; }

    public static ArticleDto From(Article a, IReadOnlyList<Claim> claims) =>
        new(a.Id, a.Title, a.Outlet, a.Url, a.Author, a.Published, a.CreatedAt, claims.Select(ClaimDto.From).ToList(), a.FetchedAt);
}

public sealed record ArticleSummaryDto(long Id, string Title, string? Outlet, DateOnly? Published, int Claims, int Verdicts, string Status);

public sealed record SnapshotDto(long Id, string Sha256, DateTimeOffset RetrievedAt, string? ArchiveUrl, bool Manual);

public sealed record EvidenceDto(long Id, long ClaimId, string Url, string? Title, string Excerpt, string Stance, SnapshotDto? Snapshot, bool? PassageFound, string? SnapshotError);

/// <summary>A published version; <c>url</c> is its public page (the lasting address that always shows the latest version).</summary>
public sealed record VersionDto(long ArticleId, int Version, string Sha256, DateTimeOffset PublishedAt, string PublishedBy, string? Correction,
    string? Url = null, string? VersionUrl = null);
