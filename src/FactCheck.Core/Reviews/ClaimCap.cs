using FactCheck.Core.Extraction;

namespace FactCheck.Core.Reviews;

/// <summary>
/// The most claims one article holds (<see cref="Import.ImportLimits.MaxClaims"/>). Without it a 2 MB text gave 95,720
/// claims and a workbench nobody could open. Extraction past the cap keeps the first claims in text order, so that the
/// reviewers can start on the article at once and see exactly where the claims stop; the rest of the text can be
/// imported as an article of its own. Claims added by hand or by splitting are refused once the article is full.
/// </summary>
public static class ClaimCap
{
    /// <summary>The first <paramref name="max"/> claims in text order, or all of them when they fit.</summary>
    public static IReadOnlyList<ExtractedClaim> Keep(IReadOnlyList<ExtractedClaim> claims, int max) =>
        claims.Count <= max ? claims : claims.OrderBy(c => c.Span.Start).ThenBy(c => c.Span.End).Take(max).ToList();

    /// <summary>Why a claim cannot be added to an article that already has <paramref name="count"/> claims; null when it can.</summary>
    public static string? Refusal(int count, int max) => count < max ? null :
        $"This article already has {count:N0} claims, the most one article can hold (setting Import:MaxClaims = {max:N0}). " +
        "Delete claims you do not need first, or import the rest of the text as an article of its own.";

    /// <summary>What the reviewer is told when extraction found more claims than an article holds.</summary>
    public static string CutNotice(int found, int kept, int coveredUpTo, int textLength) =>
        $"The text gave {found:N0} claims; an article holds at most {kept:N0} (setting Import:MaxClaims), so the first {kept:N0} were kept. " +
        $"They cover the text up to character {coveredUpTo:N0} of {textLength:N0} ({Share(coveredUpTo, textLength)}); the rest has no claims. " +
        "To check the rest, split the text and import it as an article of its own.";

    /// <summary>What the workbench says of an article that is full: where its claims end.</summary>
    public static string FullNotice(int count, int max, int coveredUpTo, int textLength) =>
        $"This article has {count:N0} claims, the most one article holds (setting Import:MaxClaims = {max:N0}). " +
        (coveredUpTo < textLength * 0.98
            ? $"Its claims end at character {coveredUpTo:N0} of {textLength:N0} ({Share(coveredUpTo, textLength)}): the text after that has none. To check it, import it as an article of its own."
            : "No claim can be added until one is deleted.");

    private static string Share(int part, int whole) =>
        whole == 0 ? "0%" : (part / (double)whole).ToString("P0", System.Globalization.CultureInfo.InvariantCulture);
}
