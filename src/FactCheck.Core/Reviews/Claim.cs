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
    /// <summary>For an attribution, whether the quote is accurate and correctly attributed (the verdict rates what was said).</summary>
    public AttributionCheck AttributionCheck { get; init; }
    /// <summary>The reviewer the claim is assigned to, if any.</summary>
    public long? AssigneeId { get; init; }
    public string? Assignee { get; init; }
    /// <summary>Bumped on every save; a save based on an older version is refused.</summary>
    public int Version { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>A reviewer's edit of a claim's text fields.</summary>
public sealed record ClaimEdit(string Statement, ClaimKind Kind, string? SpeakerName);

/// <summary>
/// What a page keeps of every claim of an article to list, count and highlight them: no explanation, content spans or
/// figure details (those are read for the claim that is opened). A workbench holds one of these per claim.
/// </summary>
public sealed record ClaimSummary
{
    public long Id { get; init; }
    public ClaimKind Kind { get; init; }
    public required string Statement { get; init; }
    public TextSpan Span { get; init; }
    public string? SpeakerName { get; init; }
    /// <summary>The words of the claim's first figures, as the list shows them.</summary>
    public IReadOnlyList<string> FigureTexts { get; init; } = [];
    public ClaimStatus Status { get; init; }
    public string? Verdict { get; init; }
    public string? Assignee { get; init; }

    /// <summary>How many figures a summary names (<see cref="FigureTexts"/>).</summary>
    public const int MaxFigureTexts = 3;

    public static ClaimSummary Of(Claim c) => new()
    {
        Id = c.Id, Kind = c.Kind, Statement = c.Statement, Span = c.Span, SpeakerName = c.SpeakerName,
        FigureTexts = c.Figures.Take(MaxFigureTexts).Select(f => f.Text).ToList(),
        Status = c.Status, Verdict = c.Verdict, Assignee = c.Assignee,
    };
}
