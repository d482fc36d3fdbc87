using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace FactCheck.Web.Components.Shared;

/// <summary>
/// MudBlazor's look as plain markup, for what an open workbench repeats: every component instance costs its circuit
/// a few kilobytes (two render-tree buffers and its parameter state), and the workbench once held some 350 of them.
/// Icons, chips, filters and spacers in lists and headers are markup with MudBlazor's classes, and so is the comment box;
/// the claim editor's text fields, menus and dialogs stay components.
/// </summary>
public static class MudMarkup
{
    private static readonly ConcurrentDictionary<(string Icon, string Class, string? Title), MarkupString> Svgs = new();

    /// <summary>A small MudBlazor icon as an inline SVG (one frame, one shared string per icon).</summary>
    public static MarkupString Icon(string icon, string? cssClass = null, string? title = null) =>
        Svgs.GetOrAdd((icon, cssClass ?? "", title), key =>
            new MarkupString($"<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-small {key.Class}\" focusable=\"false\" viewBox=\"0 0 24 24\" " +
                             (key.Title is null ? "aria-hidden=\"true\">" : $"role=\"img\" aria-label=\"{WebUtility.HtmlEncode(key.Title)}\"><title>{WebUtility.HtmlEncode(key.Title)}</title>") +
                             $"{key.Icon}</svg>"));

    /// <summary>The classes of a small MudChip of <paramref name="color"/> (Variant.Text, or the default Filled).</summary>
    public static string Chip(Color color, bool filled = false) =>
        $"mud-chip mud-chip-{(filled ? "filled" : "text")} mud-chip-color-{color.ToString().ToLowerInvariant()} mud-chip-size-small";

    /// <summary>The classes of a MudButton (variant "text", "outlined" or "filled").</summary>
    public static string Button(string variant, Color color, Size size = Size.Small) =>
        $"mud-button-root mud-button mud-button-{variant} mud-button-{variant}-{color.ToString().ToLowerInvariant()} mud-button-{variant}-size-{size.ToString().ToLowerInvariant()}";

    /// <summary>A MudButton's start icon.</summary>
    public static MarkupString StartIcon(string icon) =>
        Svgs.GetOrAdd((icon, "start", null), key =>
            new MarkupString($"<span class=\"mud-button-icon-start mud-button-icon-size-small\"><svg class=\"mud-icon-root mud-svg-icon mud-icon-size-small\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\">{key.Icon}</svg></span>"));

    /// <summary>The classes of a small MudIconButton.</summary>
    public const string IconButton = "mud-button-root mud-icon-button mud-icon-button-size-small";
}
