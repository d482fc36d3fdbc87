namespace FactCheck.Core.Reports;

/// <summary>One published version of an article's report, exactly as published.</summary>
public sealed record ReportVersion
{
    public long Id { get; init; }
    public long ArticleId { get; init; }
    public int Version { get; init; }
    public required string Markdown { get; init; }
    public required string Sha256 { get; init; }
    public DateTimeOffset PublishedAt { get; init; }
    public required string PublishedBy { get; init; }
    /// <summary>The correction note; null for the first version.</summary>
    public string? Correction { get; init; }
    /// <summary>What the public page of this version shows; null for versions published before public pages existed.</summary>
    public ReportContent? Content { get; init; }
}

/// <summary>An article's public fact-check: its address and its latest version.</summary>
public sealed record PublishedFactCheck(string Slug, ReportVersion Latest, DateTimeOffset FirstPublishedAt);
