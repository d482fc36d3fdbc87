using System.Globalization;

namespace FactCheck.Core.Import;

/// <summary>Shared parsing of metadata values found in HTML meta tags and Markdown front matter.</summary>
internal static class MetadataValues
{
    /// <summary>
    /// The calendar date as written at the start of an ISO 8601 value ("2026-03-12T23:40:00-03:00" → 12 March).
    /// Deliberately not converted to UTC: the date printed in the dateline is the local one.
    /// </summary>
    public static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var v = value.Trim();
        if (v.Length >= 10 && DateOnly.TryParseExact(v[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
            return iso;
        return DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? DateOnly.FromDateTime(parsed.DateTime)
            : null;
    }

    /// <summary>The value if it is an absolute http(s) URL; anything else (relative, javascript:) is not an article address.</summary>
    public static string? HttpUrl(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;

    /// <summary>Trimmed, inner whitespace collapsed; null when nothing is left.</summary>
    public static string? Clean(string? value)
    {
        if (value is null) return null;
        var collapsed = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }
}
