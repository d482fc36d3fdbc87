namespace FactCheck.Core.Reviews;

/// <summary>
/// The longest text each field of a review takes, so that one paste cannot grow a page (or a report) without bound.
/// Checked by the stores for every route (pages, API, command line); the pages also show the limit as a counter.
/// </summary>
public static class FieldLimits
{
    public const int Statement = 2_000;
    public const int Speaker = 200;
    public const int Explanation = 20_000;
    public const int Passage = 5_000;
    public const int SourceTitle = 500;
    public const int SourcePublisher = 300;
    public const int Methodology = 20_000;
    /// <summary>The editor's summary (bottom line) of a fact-check.</summary>
    public const int Summary = 5_000;
    /// <summary>A pasted snapshot of a source's text; as long as an article may be.</summary>
    public const int SnapshotText = 2_000_000;

    /// <summary>Null when <paramref name="value"/> fits, else a message naming the field, its length and the limit.</summary>
    public static string? Check(string? value, int limit, string field) =>
        value is not null && value.Length > limit
            ? $"The {field} is {value.Length:N0} characters long; the limit is {limit:N0}. Shorten it (or link to a longer text)."
            : null;

    /// <summary>Throws <see cref="ArgumentException"/> with <see cref="Check"/>'s message when the value is too long.</summary>
    public static void Require(string? value, int limit, string field, string parameter)
    {
        if (Check(value, limit, field) is { } problem) throw new ArgumentException(problem, parameter);
    }
}
