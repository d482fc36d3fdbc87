namespace FactCheck.Core.Reviews;

/// <summary>
/// The verdict scale's rule that some ratings must cite a source (<see cref="Verdict.NeedsSource"/>). Approval and
/// publishing both hold a verdict to it and give the same reason when it is not met.
/// </summary>
public static class SourceRule
{
    /// <summary>A source counts as cited once the claim quotes a passage from it.</summary>
    public static bool Cites(Evidence evidence) => !string.IsNullOrWhiteSpace(evidence.Passage);

    /// <summary>Why the claim's verdict cannot stand for want of a source; null when its rating needs none or it cites one.</summary>
    /// <param name="name">How the reason names the claim: "Claim 3" in the publishing checklist, "This claim" when approving it.</param>
    public static string? Unmet(Claim claim, VerdictScale scale, IEnumerable<Evidence> evidence, string name) =>
        scale.Find(claim.Verdict) is { NeedsSource: true } verdict && !evidence.Any(Cites)
            ? $"{name} (“{Short(claim.Statement)}”, {verdict.Label}) cites no source with a quoted passage."
            : null;

    /// <summary>A statement cut to fit in a sentence that names its claim.</summary>
    internal static string Short(string statement) => statement.Length <= 60 ? statement : statement[..57] + "…";
}
