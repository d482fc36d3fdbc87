using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace FactCheck.Core.Publishing;

/// <summary>What the public pages share: encoding, dates, verdict colours and one small stylesheet (phone and print included).</summary>
internal static partial class PublicHtml
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string LongDate(DateOnly d) => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string LongDate(DateTimeOffset d) => LongDate(DateOnly.FromDateTime(d.UtcDateTime));

    public static string IsoDate(DateTimeOffset d) => d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The verdict's colour if it is a plain hex colour (the scale is edited by people), else a neutral grey.</summary>
    public static string Colour(string? colour) => colour is not null && HexColour().IsMatch(colour) ? colour : "#607d8b";

    /// <summary>Black or white, whichever reads better on <paramref name="background"/> (WCAG contrast).</summary>
    public static string TextOn(string background)
    {
        var hex = Colour(background).TrimStart('#');
        if (hex.Length is 3 or 4) hex = string.Concat(hex[..3].Select(c => $"{c}{c}"));
        double Channel(int i)
        {
            var v = int.Parse(hex.Substring(i, 2), NumberStyles.HexNumber) / 255.0;
            return v <= 0.03928 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
        }
        var luminance = 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
        return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? "#000000" : "#ffffff";
    }

    public static void Chip(StringBuilder html, string label, string? colour)
    {
        var background = Colour(colour);
        html.Append("<span class=\"rating\" style=\"background:").Append(background).Append(";color:").Append(TextOn(background)).Append("\">")
            .Append(E(label)).Append("</span>");
    }

    /// <summary>A link only to http(s)/mailto addresses; anything else stays text.</summary>
    public static string Link(string? text, string? url) =>
        Reviews.UrlRules.IsSafeLink(url) ? $"<a href=\"{E(url!.Trim())}\">{E(string.IsNullOrWhiteSpace(text) ? url : text)}</a>" : E(text ?? url);

    public static string Shorten(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1).TrimEnd(), "…");

    public const string Styles = """
        :root { --ink: #1d232a; --muted: #5b6770; --rule: #d5dade; --link: #0b57a4; --paper: #ffffff; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--paper); color: var(--ink); font: 17px/1.6 Georgia, "Times New Roman", serif; }
        header.site, footer.site { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
        header.site { border-bottom: 3px solid var(--ink); padding: .6rem 1rem; }
        header.site a { color: var(--ink); font-weight: 700; text-decoration: none; }
        main { max-width: 46rem; margin: 0 auto; padding: 1rem; }
        h1, h2, h3 { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.25; }
        h1 { font-size: 1.9rem; margin: .8rem 0 .4rem; }
        h2 { font-size: 1.3rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; margin-top: 2.2rem; }
        h3 { font-size: 1.1rem; }
        a { color: var(--link); overflow-wrap: anywhere; }
        .byline, .meta, .small { color: var(--muted); font-size: .92rem; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
        .notice { border: 1px solid #e0b252; background: #fff8e6; padding: .6rem .8rem; border-radius: 4px; }
        .bottom-line { border-left: 5px solid var(--ink); background: #f4f6f7; padding: .4rem 1rem; }
        .claim { margin-top: 2.2rem; }
        .box { border: 2px solid var(--verdict, #607d8b); border-radius: 6px; overflow: hidden; }
        .box .part { padding: .7rem 1rem; }
        .box .part + .part { border-top: 1px solid var(--rule); }
        .box .label { display: block; font: 700 .78rem/1.2 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); margin-bottom: .25rem; }
        .box .statement { font-size: 1.15rem; margin: 0; }
        .box .who { margin: .3rem 0 0; color: var(--muted); font-size: .95rem; }
        .box .quote-check { margin: 0; }
        .box .verdict { margin: 0; display: flex; flex-wrap: wrap; gap: .5rem; align-items: baseline; }
        .rating { display: inline-block; padding: .15rem .6rem; border-radius: 999px; font: 700 .95rem/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
        .in-article { color: var(--muted); }
        blockquote { margin: .4rem 0 .8rem; padding: .3rem .9rem; border-left: 4px solid #b0bec5; background: #f7f9fa; }
        table { border-collapse: collapse; margin: 0 0 1rem; display: block; overflow-x: auto; }
        th, td { border: 1px solid #c9cfd4; padding: .3rem .7rem; text-align: left; vertical-align: top; }
        ol.sources li, ul.cites li { margin-bottom: .5rem; }
        ul.index { list-style: none; padding: 0; }
        ul.index li { border-bottom: 1px solid var(--rule); padding: .9rem 0; }
        ul.index h2 { border: 0; margin: 0 0 .3rem; font-size: 1.2rem; }
        .chips { display: flex; flex-wrap: wrap; gap: .35rem; margin-top: .35rem; }
        footer.site { max-width: 46rem; margin: 2rem auto; padding: 1rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: .9rem; }
        @media (max-width: 480px) { body { font-size: 16px; } h1 { font-size: 1.5rem; } main { padding: .75rem; } .box .part { padding: .6rem .75rem; } }
        @media print {
          body { font-size: 11pt; } header.site, footer.site nav, .no-print { display: none; } main { max-width: none; padding: 0; }
          a { color: inherit; } .sources a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; overflow-wrap: anywhere; }
          .claim, .box { break-inside: avoid; } .rating { border: 1px solid #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;

    [GeneratedRegex("^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")]
    private static partial Regex HexColour();
}
