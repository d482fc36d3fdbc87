namespace FactCheck.Core.Reports;

public sealed record ReportOptions
{
    /// <summary>List claims that have no verdict yet (marked "not yet checked").</summary>
    public bool IncludeUnchecked { get; init; } = true;

    /// <summary>The time stamped on the report; fixed in tests for exact output.</summary>
    public DateTimeOffset GeneratedAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>Set when the report is written to be published as a version.</summary>
    public PublicationStamp? Publishing { get; init; }
}

/// <summary>The version a report is published as, by whom and when, and the correction it carries.</summary>
public sealed record PublicationStamp(int Version, string By, DateTimeOffset At, string? Correction);
