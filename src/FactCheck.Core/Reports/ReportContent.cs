using FactCheck.Core.Reviews;

namespace FactCheck.Core.Reports;

/// <summary>
/// What a fact-check says, in reading order, with people by their display names: the one model the Markdown report,
/// the public page and the ClaimReview records are written from. A published version keeps its content as it was.
/// </summary>
public sealed record ReportContent
{
    public required ReportArticle Article { get; init; }
    /// <summary>The editor's bottom line (Markdown), if written.</summary>
    public string? Summary { get; init; }
    /// <summary>The claims in the order the report lists them.</summary>
    public IReadOnlyList<ReportClaim> Claims { get; init; } = [];
    /// <summary>Every source cited, numbered in order of first citation.</summary>
    public IReadOnlyList<ReportSource> Sources { get; init; } = [];
    /// <summary>The verdict scale as it was when the report was written (labels, colours, places on the truth scale).</summary>
    public IReadOnlyList<Verdict> Scale { get; init; } = [];
    /// <summary>How many claims the article has in all, and how many of them have no verdict.</summary>
    public int ClaimCount { get; init; }
    public int UncheckedCount { get; init; }
    /// <summary>What FactCheck says about how the claims came about and were checked.</summary>
    public required string Methodology { get; init; }
    /// <summary>The editor's methodology note (Markdown).</summary>
    public string? MethodologyNote { get; init; }
    public IReadOnlyList<string> CheckedBy { get; init; } = [];
    public IReadOnlyList<string> ApprovedBy { get; init; } = [];
    public DateOnly? ApprovedOn { get; init; }
    /// <summary>Whether an editor approved every verdict listed.</summary>
    public bool Approved { get; init; }
    /// <summary>The display name of the editor who published this version; null for a working draft.</summary>
    public string? PublishedBy { get; init; }

    public Verdict? VerdictOf(ReportClaim claim) =>
        claim.Verdict is null ? null : Scale.FirstOrDefault(v => string.Equals(v.Label, claim.Verdict, StringComparison.OrdinalIgnoreCase));

    public int BestRank => Scale.Select(v => v.Rank ?? 0).DefaultIfEmpty(0).Max();

    public int WorstRank => Scale.Where(v => v.Rank is not null).Select(v => v.Rank!.Value).DefaultIfEmpty(0).Min();
}

public sealed record ReportArticle
{
    public long Id { get; init; }
    public required string Title { get; init; }
    public string? Outlet { get; init; }
    public string? Author { get; init; }
    public string? Url { get; init; }
    public DateOnly? Published { get; init; }
}

public sealed record ReportClaim
{
    public long ClaimId { get; init; }
    /// <summary>The element id of the claim on the public page: from the claim's id, so it stays the same in every version.</summary>
    public string Anchor => $"claim-{ClaimId}";
    public required string Statement { get; init; }
    /// <summary>The article's own words the claim was taken from.</summary>
    public string Quoted { get; init; } = "";
    public string? Speaker { get; init; }
    public bool SpeakerIsOrganization { get; init; }
    /// <summary>Where and when the claim was made, in words ("quoted in Meridian News on 12 March 2026").</summary>
    public string? Occasion { get; init; }
    /// <summary>How the article gives the claim, for a reader ("a direct quotation"); null when nothing needs saying.</summary>
    public string? Presentation { get; init; }
    public string? Verdict { get; init; }
    /// <summary>
    /// For an attribution whose quote the reviewer checked, that finding: the verdict then rates what was said, not whether
    /// it was said. Null for other claims, an unchecked quote, and versions published before quotes were checked apart.
    /// </summary>
    public AttributionCheck? QuoteCheck { get; init; }
    public string? Explanation { get; init; }
    public IReadOnlyList<ReportCitation> Citations { get; init; } = [];

    /// <summary>What "Our verdict" rates, when that needs saying: "on what was said" once the quote was checked apart.</summary>
    public string? VerdictRates => QuoteCheck is null ? null : "on what was said";
}

/// <summary>A source cited for a claim: its number in the report's source list, the passage quoted and what it does.</summary>
public sealed record ReportCitation(int Source, string Passage, string Stance);

public sealed record ReportSource
{
    public int Number { get; init; }
    public required string Url { get; init; }
    public string? Title { get; init; }
    public string? Publisher { get; init; }
    public DateOnly? PublishedOn { get; init; }
    public DateOnly? AccessedOn { get; init; }
    public string Kind { get; init; } = "";
    public string? ArchiveUrl { get; init; }
    public DateTimeOffset? ArchivedAt { get; init; }
    /// <summary>The archived copy is text a reviewer pasted (the page could not be fetched), not a fetched page.</summary>
    public bool PastedCopy { get; init; }
}
