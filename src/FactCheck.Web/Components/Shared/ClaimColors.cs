using FactCheck.Core.Extraction;
using FactCheck.Core.Reviews;
using MudBlazor;

namespace FactCheck.Web.Components.Shared;

/// <summary>One place for how kinds, statuses and verdicts look, so the text, list and report agree.</summary>
public static class ClaimColors
{
    public static string KindClass(ClaimKind kind) => "kind-" + kind.ToString().ToLowerInvariant();

    public static string KindLabel(ClaimKind kind) => kind switch
    {
        ClaimKind.Attribution => "Attribution",
        ClaimKind.Figure => "Figure",
        _ => "Fact",
    };

    public static string KindIcon(ClaimKind kind) => kind switch
    {
        ClaimKind.Attribution => Icons.Material.Filled.RecordVoiceOver,
        ClaimKind.Figure => Icons.Material.Filled.Numbers,
        _ => Icons.Material.Filled.Gavel,
    };

    public static Color StatusColor(ClaimStatus status) => status switch
    {
        ClaimStatus.Proposed => Color.Info,
        ClaimStatus.Approved or ClaimStatus.Published => Color.Success,
        ClaimStatus.SentBack => Color.Warning,
        ClaimStatus.InReview => Color.Secondary,
        _ => Color.Default,
    };

    public static string VerdictStyle(VerdictScale scale, string? verdict) =>
        scale.Find(verdict) is { } v ? $"background-color:{v.Color};color:{TextOn(v.Color)}" : "";

    /// <summary>
    /// The CSS variables a verdict's button reads: its colour (border, chosen background), the text on that colour, and
    /// the colour darkened for text on white.
    /// </summary>
    public static string VerdictVariables(string color) => $"--verdict:{color};--verdict-text:{TextOn(color)};--verdict-ink:{InkOnWhite(color)}";

    /// <summary>
    /// White or black, whichever reads better on <paramref name="background"/> (#rrggbb). One of them always reaches
    /// WCAG AA's 4.5:1: an administrator picks verdict colours for their meaning, not for the text on them.
    /// </summary>
    public static string TextOn(string background) =>
        Luminance(background) is not { } l ? "#000000" : Contrast(1.0, l) >= Contrast(l, 0.0) ? "#ffffff" : "#000000";

    /// <summary><paramref name="color"/> (#rrggbb) mixed with black until text in it has 5:1 on white, a little above AA, so that it still reads on a light tint of itself.</summary>
    public static string InkOnWhite(string color)
    {
        if (Rgb(color) is not var (r, g, b)) return "#1d232a";
        for (var keep = 1.0; keep > 0; keep -= 0.05)
        {
            var (dr, dg, db) = ((int)Math.Round(r * keep), (int)Math.Round(g * keep), (int)Math.Round(b * keep));
            var hex = $"#{dr:x2}{dg:x2}{db:x2}";
            if (Contrast(1.0, Luminance(hex)!.Value) >= 5.0) return hex;
        }
        return "#000000";
    }

    /// <summary>WCAG's contrast ratio between two relative luminances, the lighter first.</summary>
    public static double Contrast(double lighter, double darker) => (lighter + 0.05) / (darker + 0.05);

    /// <summary>WCAG's relative luminance of a #rrggbb colour; null for anything else.</summary>
    public static double? Luminance(string color)
    {
        if (Rgb(color) is not var (r, g, b)) return null;
        static double Linear(int c) => c / 255.0 <= 0.03928 ? c / 255.0 / 12.92 : Math.Pow((c / 255.0 + 0.055) / 1.055, 2.4);
        return 0.2126 * Linear(r) + 0.7152 * Linear(g) + 0.0722 * Linear(b);
    }

    private static (int R, int G, int B)? Rgb(string color) =>
        color is ['#', _, _, _, _, _, _] && int.TryParse(color.AsSpan(1), System.Globalization.NumberStyles.HexNumber, null, out var v)
            ? (v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff)
            : null;
}
