using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Core.Extraction;

namespace FactCheck.Core.Text;

/// <summary>Recognises "CITY, Month DD (AGENCY)--", "CITY (AGENCY) -", "CITY, Month DD —" at the start of a paragraph.</summary>
public static partial class DatelineParser
{
    // Place: an upper-case city ("DES MOINES", "WASHINGTON"), optionally ", Region"; or a title-case
    // city when a date or agency follows. Kept anchored and bounded, and run on at most 120 characters, so it cannot
    // backtrack far: no timeout, which would make the answer depend on how busy the machine is.
    [GeneratedRegex("""
        \G[ \t\u00A0]*
        (?<place>[\p{Lu}][\p{L}.'’\-]*(?:[ \u00A0][\p{Lu}][\p{L}.'’\-]*){0,3}(?:,[ \u00A0]+[\p{Lu}][\p{L}.]*(?:[ \u00A0][\p{Lu}][\p{L}.]*)?){0,2}?)
        (?:,[ \u00A0]+(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?[ \u00A0]+(?<day>\d{1,2})(?:,[ \u00A0]*(?<year>\d{4}))?)?
        [ \u00A0]*(?:\((?<agency>[\p{L}][\p{L}&.\- ]{0,30})\))?
        [ \u00A0]*(?<sep>--|—|–|-|:)[ \u00A0]*
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePattern();

    /// <summary>Parses a dateline starting at <paramref name="start"/>; null when the paragraph does not open with one.</summary>
    public static (Dateline Dateline, int BodyStart)? TryParse(string text, int start, int end, DateOnly? published, int? fallbackYear)
    {
        var window = Math.Min(end, start + 120);
        var m = DatelinePattern().Match(text[..window], start);
        if (!m.Success || m.Index != start) return null;
        var place = m.Groups["place"].Value.Trim();
        var hasDate = m.Groups["month"].Success;
        var hasAgency = m.Groups["agency"].Success;
        var firstPart = place.Split(',')[0];
        var upperPlace = firstPart.Length >= 3 && firstPart.All(c => !char.IsLetter(c) || char.IsUpper(c));
        if (!upperPlace && !hasDate && !hasAgency) return null;
        // A title-case "place" followed by ":" is usually a label ("Update:"), not a dateline.
        if (!upperPlace && !hasAgency && m.Groups["sep"].Value == ":") return null;
        DateOnly? date = null;
        if (hasDate)
        {
            var month = MonthNumber(m.Groups["month"].Value);
            var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : published?.Year ?? fallbackYear;
            if (year is { } y && month > 0 && day >= 1 && day <= DateTime.DaysInMonth(y, month)) date = new DateOnly(y, month, day);
        }
        var agency = hasAgency ? m.Groups["agency"].Value.Trim() : null;
        var spanEnd = m.Index + m.Length;
        while (spanEnd > start && char.IsWhiteSpace(text[spanEnd - 1])) spanEnd--;
        return (new Dateline(place, date, agency, new TextSpan(start, spanEnd)), m.Index + m.Length);
    }

    /// <summary>1..12 for an English month name or abbreviation, else 0.</summary>
    public static int MonthNumber(string name) => name.Length < 3 ? 0 : name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12, _ => 0,
    };
}
