namespace FactCheck.Core.Matching;

/// <summary>Where an earlier check comes from.</summary>
public enum EarlierCheckOrigin { ClaimReview, OwnVerdict }

/// <summary>
/// An earlier fact-check ranked for a claim: an imported ClaimReview or one of this newsroom's published verdicts.
/// <see cref="Url"/> is the review's address, or the public page's path and anchor for an own verdict.
/// </summary>
public sealed record EarlierCheck(EarlierCheckOrigin Origin, long Id, string Claim, string? Rating, string? CheckedBy, string? Claimant,
    DateOnly? CheckedOn, string? Url, double Score, double Lexical, double Semantic);
