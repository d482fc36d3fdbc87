using FactCheck.Core.Extraction;
using FactCheck.Core.Text;

namespace FactCheck.Core.Reviews;

/// <summary>An imported article: the text exactly as given (claims are anchored to it) and its metadata.</summary>
public sealed record Article
{
    public long Id { get; init; }
    public required string Title { get; init; }
    public string? Outlet { get; init; }
    public string? Url { get; init; }
    public string? Author { get; init; }
    public DateOnly? Published { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<DocumentBlock> Blocks { get; init; } = [];
    public Dateline? Dateline { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    /// <summary>How the claims of this article were selected and checked, in the editor's words (Markdown).</summary>
    public string? Methodology { get; init; }
    /// <summary>When FactCheck downloaded the article from <see cref="Url"/>; null for pasted and uploaded articles.</summary>
    public DateTimeOffset? FetchedAt { get; init; }
    /// <summary>The editor's summary, the bottom line of the fact-check (Markdown).</summary>
    public string? Summary { get; init; }
    /// <summary>The claims in the order the editor set for the report; claims not listed follow, most check-worthy first.</summary>
    public IReadOnlyList<long> ClaimOrder { get; init; } = [];
    /// <summary>The readable part of the public page's address, given at first publication; null until then.</summary>
    public string? Slug { get; init; }
}

/// <summary>What the articles page shows of an article.</summary>
public sealed record ArticleSummary
{
    public long Id { get; init; }
    public required string Title { get; init; }
    public string? Outlet { get; init; }
    public DateOnly? Published { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public int ClaimCount { get; init; }
    public int VerdictCount { get; init; }
    public int ApprovedCount { get; init; }
    /// <summary>Verdicts waiting for an editor.</summary>
    public int ProposedCount { get; init; }
    public int AssignedCount { get; init; }
    /// <summary>The reviewers with claims assigned here, comma-separated.</summary>
    public string? Assignees { get; init; }
    public int PublishedVersions { get; init; }

    public double Progress => ClaimCount == 0 ? 0 : (double)VerdictCount / ClaimCount;

    /// <summary>The states an article moves through, in order, as the articles page filters them.</summary>
    public static readonly IReadOnlyList<string> States = ["New", "In progress", "Ready for editor", "Approved", "Published"];

    public string Status => ClaimCount == 0 ? "No claims"
        : PublishedVersions > 0 ? "Published"
        : VerdictCount == ClaimCount && ApprovedCount == ClaimCount ? "Approved"
        : VerdictCount == ClaimCount ? "Ready for editor"
        : VerdictCount > 0 || AssignedCount > 0 ? "In progress"
        : "New";
}

/// <summary>What a user supplies to create an article.</summary>
public sealed record ArticleDraft
{
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Url { get; init; }
    public string? Author { get; init; }
    public DateOnly? Published { get; init; }
    public required string Text { get; init; }
    /// <summary>Set when the text was downloaded from <see cref="Url"/> rather than pasted or uploaded.</summary>
    public DateTimeOffset? FetchedAt { get; init; }
}
