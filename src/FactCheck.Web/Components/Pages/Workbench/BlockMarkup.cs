using System.Net;
using FactCheck.Core.Reviews;
using FactCheck.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using System.Runtime.CompilerServices;
using System.Text;
using FactCheck.Core.Text;

namespace FactCheck.Web.Components.Pages.Workbench;

/// <summary>
/// The highlighted HTML of an article's blocks, built once and shared by every page that shows the same claim rows
/// (<see cref="ClaimSummaryPool"/> gives them the same array). Rendered as components, a 4,000-character part was a
/// thousand render-tree frames, kept twice, with a handler and a tooltip string per highlight: some 300 KB per open page.
/// As markup it is one frame per block; a click on a highlight arrives through <see cref="ClaimClickEventArgs"/>.
/// </summary>
public static class BlockMarkup
{
    /// <summary>What a block's HTML depends on besides the claim rows (the selection and emphasis only where they touch it).</summary>
    private readonly record struct Key(string Text, DocumentBlock Block, long? Selected, string Emphasis, VerdictScale Scale);

    private sealed class Held
    {
        public readonly Lock Gate = new();
        public readonly Dictionary<Key, MarkupString> Blocks = [];
    }

    /// <summary>Entries go with the claim rows they were built for; a page walking every claim is capped by <see cref="MaxPerRows"/>.</summary>
    private static readonly ConditionalWeakTable<object, Held> ByRows = new();

    public const int MaxPerRows = 512;

    /// <param name="rows">All the article's claim rows (the shared array: the cache key).</param>
    /// <param name="inPart">Those of them in the part shown, by id.</param>
    public static MarkupString Of(string text, DocumentBlock block, IReadOnlyList<ClaimSummary> rows, IReadOnlyDictionary<long, ClaimSummary> inPart,
        long? selectedId, IReadOnlyList<TextSpan> emphasis, VerdictScale scale)
    {
        var selected = selectedId is { } id && inPart.TryGetValue(id, out var s) && s.Span.Overlaps(block.Span) ? selectedId : null;
        var emphasised = selected is null ? "" : string.Join(",", emphasis.Where(e => e.Overlaps(block.Span)).Select(e => $"{e.Start}-{e.End}"));
        var key = new Key(text, block, selected, emphasised, scale);
        var held = ByRows.GetValue(rows, _ => new Held());
        lock (held.Gate)
            if (held.Blocks.TryGetValue(key, out var known)) return known;
        var html = Build(text, block, inPart, selected, selected is null ? [] : emphasis, scale);
        lock (held.Gate)
        {
            if (held.Blocks.Count >= MaxPerRows) held.Blocks.Clear();
            held.Blocks[key] = html;
        }
        return html;
    }

    private static MarkupString Build(string text, DocumentBlock block, IReadOnlyDictionary<long, ClaimSummary> inPart, long? selectedId,
        IReadOnlyList<TextSpan> emphasis, VerdictScale scale)
    {
        var claims = inPart.Values.Where(c => c.Span.Overlaps(block.Span)).ToList();
        var html = new StringBuilder(block.Span.End - block.Span.Start + 64 * claims.Count + 64);
        html.Append($"<div class=\"block block-{block.Kind.ToString().ToLowerInvariant()}\" data-block=\"{block.Kind}\">");
        foreach (var seg in TextHighlighter.Segments(block.Span, claims, emphasis))
        {
            var words = WebUtility.HtmlEncode(seg.Span.Slice(text));
            if (seg.ClaimIds.Count == 0)
            {
                html.Append($"<span data-s=\"{seg.Span.Start}\">{words}</span>");
                continue;
            }
            var claimId = selectedId is { } id && seg.ClaimIds.Contains(id) ? id : seg.ClaimIds[0];
            var claim = inPart[claimId];
            var style = scale.Find(claim.Verdict) is { } v ? $" style=\"--verdict:{WebUtility.HtmlEncode(v.Color)}\"" : "";
            html.Append($"<mark class=\"{MarkClass(claim, seg, selectedId)}\"{style} data-s=\"{seg.Span.Start}\" data-claim=\"{claimId}\" ")
                .Append($"title=\"{WebUtility.HtmlEncode(Tooltip(claim))}\">{words}</mark>");
        }
        return new MarkupString(html.Append("</div>").ToString());
    }

    private static string MarkClass(ClaimSummary claim, HighlightSegment seg, long? selectedId) =>
        $"hl {ClaimColors.KindClass(claim.Kind)}{(seg.Emphasised ? " figure-in-claim" : "")}{(claim.Verdict is null ? "" : " has-verdict")}{(seg.ClaimIds.Contains(selectedId ?? -1) ? " selected" : "")}{(seg.ClaimIds.Count > 1 ? " nested" : "")}";

    private static string Tooltip(ClaimSummary claim) =>
        $"{ClaimColors.KindLabel(claim.Kind)}{(claim.Verdict is null ? "" : " · " + claim.Verdict)}: {claim.Statement}";
}
