namespace FactCheck.Core.Reviews;

/// <summary>One rating on the verdict scale.</summary>
/// <param name="Rank">Position on the truth scale, 1 = worst; null for ratings off the scale (Unverifiable, Not checkable).</param>
/// <param name="NeedsSource">Whether a verdict with this rating must cite at least one source.</param>
public sealed record Verdict(string Label, int? Rank, bool NeedsSource, string Color, string Description);

/// <summary>The default scale from PRODUCT.md.</summary>
public sealed class VerdictScale
{
    public static VerdictScale Default { get; } = new([
        new("True", 7, true, "#2e7d32", "Accurate, nothing significant missing."),
        new("Mostly true", 6, true, "#689f38", "Accurate but needs clarification or context."),
        new("Mixed", 5, true, "#f9a825", "Partly accurate, partly not."),
        new("Misleading", 4, true, "#ef6c00", "Literally accurate but leaves a false impression."),
        new("Mostly false", 3, true, "#e64a19", "Some truth, but the central point is wrong."),
        new("False", 2, true, "#c62828", "Not accurate."),
        new("Unverifiable", null, false, "#607d8b", "The evidence available cannot settle it."),
        new("Not checkable", null, false, "#9e9e9e", "Opinion or prediction: set aside, with a reason."),
    ]);

    public VerdictScale(IReadOnlyList<Verdict> verdicts) => Verdicts = verdicts;

    public IReadOnlyList<Verdict> Verdicts { get; }

    public int BestRank => Verdicts.Max(v => v.Rank ?? 0);

    public int WorstRank => Verdicts.Where(v => v.Rank is not null).Min(v => v.Rank ?? 0);

    public Verdict? Find(string? label) =>
        label is null ? null : Verdicts.FirstOrDefault(v => string.Equals(v.Label, label, StringComparison.OrdinalIgnoreCase));
}
