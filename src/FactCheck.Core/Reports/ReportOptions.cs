namespace FactCheck.Core.Reports;

public sealed record ReportOptions
{
    /// <summary>List claims that have no verdict yet (marked "not yet checked").</summary>
    public bool IncludeUnchecked { get; init; } = true;

    /// <summary>The time stamped on the report; fixed in tests for exact output.</summary>
    public DateTimeOffset GeneratedAt { get; init; } = DateTimeOffset.UtcNow;
}
