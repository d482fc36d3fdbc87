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
}
