using FactCheck.Core.Extraction;
using FactCheck.Core.Text;

namespace FactCheck.Core.Reviews;

/// <summary>A claim under review: what the extractor (or a reviewer) found, plus the review state.</summary>
public sealed record Claim
{
    public long Id { get; init; }
    public long ArticleId { get; init; }
    public int Ordinal { get; init; }
    public ClaimKind Kind { get; init; }
    public required string Statement { get; init; }
    public TextSpan Span { get; init; }
    public string? SpeakerName { get; init; }
    public string? SpeakerMention { get; init; }
    public string? Cue { get; init; }
    public bool? Direct { get; init; }
    public IReadOnlyList<TextSpan> Content { get; init; } = [];
    public IReadOnlyList<Figure> Figures { get; init; } = [];
    public bool? Sourced { get; init; }
    public double CheckWorthiness { get; init; }
    public ClaimOrigin Origin { get; init; }
    public ClaimStatus Status { get; init; }
    public string? Verdict { get; init; }
    public string? Explanation { get; init; }
    /// <summary>The reviewer the claim is assigned to, if any.</summary>
    public long? AssigneeId { get; init; }
    public string? Assignee { get; init; }
    /// <summary>Bumped on every save; a save based on an older version is refused.</summary>
    public int Version { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>A reviewer's edit of a claim's text fields.</summary>
public sealed record ClaimEdit(string Statement, ClaimKind Kind, string? SpeakerName);
