namespace FactCheck.Core.Reviews;

/// <summary>A source a verdict rests on; reusable across claims and articles (one row per URL).</summary>
public sealed record Source
{
    public long Id { get; init; }
    public required string Url { get; init; }
    public string? Title { get; init; }
    public string? Publisher { get; init; }
    public string? Author { get; init; }
    public DateOnly? PublishedOn { get; init; }
    public DateOnly? AccessedOn { get; init; }
    public SourceKind Kind { get; init; }
    public string? Notes { get; init; }
}

/// <summary>A passage quoted from a source that bears on a claim.</summary>
public sealed record Evidence
{
    public long Id { get; init; }
    public long ClaimId { get; init; }
    public long SourceId { get; init; }
    public required string Passage { get; init; }
    public Stance Stance { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public required Source Source { get; init; }
}

/// <summary>What a reviewer enters to attach evidence.</summary>
public sealed record EvidenceDraft
{
    public required string Url { get; init; }
    public string? Title { get; init; }
    public string? Publisher { get; init; }
    public DateOnly? PublishedOn { get; init; }
    public SourceKind Kind { get; init; } = SourceKind.Other;
    public string Passage { get; init; } = "";
    public Stance Stance { get; init; } = Stance.Supports;
}
