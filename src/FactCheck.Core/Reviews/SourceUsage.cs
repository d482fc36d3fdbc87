namespace FactCheck.Core.Reviews;

/// <summary>A source in the library with how widely it is cited.</summary>
public sealed record SourceSummary
{
    public required Source Source { get; init; }
    public int EvidenceCount { get; init; }
    public int ArticleCount { get; init; }
}

/// <summary>One place a source is cited: which claim of which article, with what passage.</summary>
public sealed record SourceUse(long ArticleId, string ArticleTitle, long ClaimId, string ClaimStatement, string Passage, Stance Stance);
