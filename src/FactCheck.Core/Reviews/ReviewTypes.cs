namespace FactCheck.Core.Reviews;

/// <summary>A claim's place in the review workflow (PRODUCT.md: a claim's life).</summary>
public enum ClaimStatus { Open, InReview, Proposed, Approved, SentBack, Published }

/// <summary>How an evidence passage bears on its claim.</summary>
public enum Stance { Supports, Contradicts, Context }

/// <summary>What a source is. <see cref="EarlierFactCheck"/>: another fact-check of the same claim (ours or another newsroom's), cited from the earlier checks.</summary>
public enum SourceKind { PrimaryDocument, OfficialStatistic, NewsReport, Expert, Dataset, Other, EarlierFactCheck }

/// <summary>Where a claim came from: the extractor, a reviewer by hand, or the second half of a split claim.</summary>
public enum ClaimOrigin { Extracted, Manual, Split }

public static class ReviewLabels
{
    public static string Label(this ClaimStatus s) => s switch
    {
        ClaimStatus.Open => "Open",
        ClaimStatus.InReview => "In review",
        ClaimStatus.Proposed => "Verdict proposed",
        ClaimStatus.Approved => "Approved",
        ClaimStatus.SentBack => "Sent back",
        ClaimStatus.Published => "Published",
        _ => s.ToString(),
    };

    public static string Label(this SourceKind k) => k switch
    {
        SourceKind.PrimaryDocument => "Primary document",
        SourceKind.OfficialStatistic => "Official statistic",
        SourceKind.NewsReport => "News report",
        SourceKind.Expert => "Expert",
        SourceKind.Dataset => "Dataset",
        SourceKind.EarlierFactCheck => "Earlier fact-check",
        _ => "Other",
    };

    public static string Label(this Stance s) => s switch
    {
        Stance.Supports => "Supports",
        Stance.Contradicts => "Contradicts",
        _ => "Context",
    };
}
