using System.Globalization;
using FactCheck.Core.Extraction;

namespace FactCheck.Core.Sources;

/// <summary>How a comparison is put to the reviewer: which differs, the value or the qualifier, and by how much.</summary>
public static partial class FigureCheck
{
    private static string Message(Figure claim, Figure source, Judgement judgement)
    {
        var says = $"source says {source.Text}";
        return judgement.Outcome switch
        {
            FigureOutcome.Matches => judgement.Difference == 0 ? $"{says} — matches" : $"{says} — matches \"{claim.Text}\" as rounded",
            FigureOutcome.QualifierDiffers =>
                $"same value{(judgement.Difference == 0 ? "" : " as rounded")}, {NumberText(source)}, but the claim {Qualified(claim)} and the source {Qualified(source)}",
            FigureOutcome.Consistent => $"{says} — consistent with \"{claim.Text}\"",
            // "More than 40%" against a range that starts at 40: the qualifier is what differs, not the number.
            _ when judgement.Relation != Relation.Exact => $"{says} — not consistent with \"{claim.Text}\"" +
                (Math.Abs(judgement.Difference) > 0 ? $" (differs by {Percent(Math.Abs(judgement.Difference))})" : ""),
            _ => $"{says} — differs by {Percent(Math.Abs(judgement.Difference))}",
        };
    }

    /// <summary>How one side qualifies the figure: says "more than", gives a range, or gives just the number.</summary>
    private static string Qualified(Figure figure)
    {
        if (!string.IsNullOrWhiteSpace(figure.Qualifier)) return $"says \"{figure.Qualifier.Trim()}\"";
        return RelationOf(figure) switch
        {
            Relation.AtLeast => "gives a lower bound",
            Relation.AtMost => "gives an upper bound",
            Relation.About => "gives an approximate number",
            _ => "gives just the number",
        };
    }

    /// <summary>The figure's number without its qualifier: "2.3 million" of "more than 2.3 million", "4,120" of "4,120 or more".</summary>
    private static string NumberText(Figure figure)
    {
        var text = figure.Text.Trim();
        foreach (var part in (figure.Qualifier ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (text.StartsWith(part, StringComparison.OrdinalIgnoreCase)) text = text[part.Length..].TrimStart();
            else if (text.EndsWith(part, StringComparison.OrdinalIgnoreCase)) text = text[..^part.Length].TrimEnd();
        }
        return text.Length > 0 ? text : figure.Text;
    }

    private static string Describe(Figure f) =>
        f.Measure is not null ? $"\"{f.Measure}\"" : f.Unit is not null ? $"\"{f.Unit}\"" : $"\"{f.Text}\"";

    // "0.0%" would read as no difference at all.
    private static string Percent(double p) =>
        p is > 0 and < 0.05 ? "less than 0.1%" : p.ToString(p < 10 ? "0.0" : "0", CultureInfo.InvariantCulture) + "%";
}
