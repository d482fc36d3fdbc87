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
        scale.Find(verdict) is { } v ? $"background-color:{v.Color};color:#fff" : "";
}
