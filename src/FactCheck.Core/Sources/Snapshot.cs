namespace FactCheck.Core.Sources;

/// <summary>A stored, immutable snapshot of a source's text. A re-fetch adds a new one.</summary>
public sealed record Snapshot
{
    public long Id { get; init; }
    public long SourceId { get; init; }
    public required string Text { get; init; }
    public required string Sha256 { get; init; }
    public DateTimeOffset RetrievedAt { get; init; }
    public string? FinalUrl { get; init; }
    public int? HttpStatus { get; init; }
    public string? ArchiveUrl { get; init; }
    public string? ContentType { get; init; }
    public bool Manual { get; init; }
    public string? Title { get; init; }
    public string? Publisher { get; init; }
    public string? Author { get; init; }
    public DateOnly? PublishedOn { get; init; }

    /// <summary>True when an earlier snapshot of the same source exists and its SHA-256 differs (the bytes changed).</summary>
    public bool ChangedSincePrevious { get; init; }

    /// <summary>True when an earlier snapshot exists and its readable text differs: the bytes of a page change with every ad, the text less often.</summary>
    public bool TextChangedSincePrevious { get; init; }
}
