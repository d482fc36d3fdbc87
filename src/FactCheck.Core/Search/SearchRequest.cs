using FactCheck.Core.Reviews;

namespace FactCheck.Core.Search;

/// <summary>What a search result is: an article, a claim (statement, speaker or explanation), a source, or an evidence passage.</summary>
public enum SearchHitKind { Article, Claim, Source, Evidence }

/// <summary>
/// A search and its filters. Claim filters (verdict, speaker, state, assignee) keep claims and passages that match, and
/// articles and sources with such a claim; article filters (outlet, published from/to) keep articles and what belongs
/// to them. Null means no filter.
/// </summary>
public sealed record SearchRequest
{
    public const int MaxQueryLength = 500;
    public const int MaxLimit = 100;
    public const int DefaultLimit = 20;

    public required string Query { get; init; }
    public string? Verdict { get; init; }

    /// <summary>Words in the speaker's name, case-insensitive ("ruiz" finds Ana Ruiz).</summary>
    public string? Speaker { get; init; }

    /// <summary>Words in the outlet's name, case-insensitive.</summary>
    public string? Outlet { get; init; }

    public DateOnly? PublishedFrom { get; init; }
    public DateOnly? PublishedTo { get; init; }
    public ClaimStatus? State { get; init; }
    public long? AssigneeId { get; init; }

    /// <summary>Only these kinds of result; null or empty for all.</summary>
    public IReadOnlyCollection<SearchHitKind>? Kinds { get; init; }

    public int Limit { get; init; } = DefaultLimit;

    public bool HasClaimFilter => Verdict is not null || Speaker is not null || State is not null || AssigneeId is not null;

    public bool HasArticleFilter => Outlet is not null || PublishedFrom is not null || PublishedTo is not null;

    public bool Includes(SearchHitKind kind) => Kinds is not { Count: > 0 } || Kinds.Contains(kind);

    /// <summary>Why the request cannot be run, in words for the person who made it; null when it can.</summary>
    public string? Problem()
    {
        if (Query.Length > MaxQueryLength) return $"The search text is {Query.Length:N0} characters long: at most {MaxQueryLength} are allowed.";
        if (Limit is < 1 or > MaxLimit) return $"limit must be between 1 and {MaxLimit}.";
        if (PublishedFrom > PublishedTo) return "The 'from' date is after the 'to' date.";
        foreach (var (name, value) in new[] { ("verdict", Verdict), ("speaker", Speaker), ("outlet", Outlet) })
            if (value is { Length: > 200 }) return $"The {name} filter is longer than 200 characters.";
        return null;
    }
}

/// <summary>
/// One result. <see cref="SnippetHtml"/> is HTML: the matched text, escaped, with the matching words in &lt;mark&gt;
/// (the only markup in it). The claim and article fields describe what the hit belongs to.
/// </summary>
public sealed record SearchHit
{
    public required SearchHitKind Kind { get; init; }
    public required long Id { get; init; }
    public required string Title { get; init; }
    public required string SnippetHtml { get; init; }

    /// <summary>Higher is better; comparable within one search.</summary>
    public required double Score { get; init; }

    public long? ArticleId { get; init; }
    public string? ArticleTitle { get; init; }
    public string? Outlet { get; init; }
    public string? Published { get; init; }
    public long? ClaimId { get; init; }

    /// <summary>For an evidence passage: the claim it is cited for.</summary>
    public string? ClaimStatement { get; init; }

    public string? Verdict { get; init; }
    public ClaimStatus? Status { get; init; }
    public string? Speaker { get; init; }
    public string? Url { get; init; }
}

/// <summary>
/// The best hits of a search, and how many matched. Counting stops at <see cref="SearchStore.CandidateCap"/> a kind
/// (<see cref="MoreMatches"/>), so a common word costs no more than a rare one.
/// </summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Matches, bool MoreMatches, string? Notice = null)
{
    public static readonly SearchResults None = new([], 0, false);

    /// <summary>"1 result", "37 results", "1,000+ results".</summary>
    public string CountText => Matches == 1 && !MoreMatches ? "1 result" : $"{Matches:N0}{(MoreMatches ? "+" : "")} results";
}
