namespace FactCheck.Core.ClaimReviews;

/// <summary>What FactCheck keeps of another newsroom's ClaimReview: the claim, who rated it how and when, and where.</summary>
public sealed record ClaimReviewRecord
{
    public required string Url { get; init; }
    public required string ClaimReviewed { get; init; }
    /// <summary><c>reviewRating.alternateName</c>: the rating in the publisher's words ("False", "Misleading").</summary>
    public string? Rating { get; init; }
    /// <summary>The reviewing organisation (<c>author.name</c>).</summary>
    public string? Organisation { get; init; }
    /// <summary>Who made the claim (<c>itemReviewed.author.name</c>).</summary>
    public string? Claimant { get; init; }
    public DateOnly? ReviewedOn { get; init; }
}

/// <summary>A record of the input that was not imported, with where it was and why.</summary>
public sealed record ClaimReviewRefusal(string Where, string? Url, string Reason);

/// <summary>The ClaimReviews found in a JSON-LD document and the records refused one by one.</summary>
public sealed record ClaimReviewParse(IReadOnlyList<ClaimReviewRecord> Records, IReadOnlyList<ClaimReviewRefusal> Refused);
