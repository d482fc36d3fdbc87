using System.Text;

namespace FactCheck.Core.Reports;

/// <summary>Readable address parts from titles: "Floods in Porto Alegre: what the mayor said" → "floods-in-porto-alegre-what-the-mayor-said".</summary>
public static class Slugs
{
    public const int MaxLength = 60;

    /// <summary>Lowercase ASCII letters and digits joined by single dashes; "fact-check-{id}" when the title has none.</summary>
    public static string From(string title, long id)
    {
        var slug = new StringBuilder();
        foreach (var ch in title.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch)) slug.Append(ch);
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
            if (slug.Length >= MaxLength) break;
        }
        var text = slug.ToString().Trim('-');
        // "v2" alone would read as a version number in /fact-checks/{slug}/v{n}; keep such titles apart.
        return text.Length == 0 || System.Text.RegularExpressions.Regex.IsMatch(text, "^v[0-9]+$") ? $"fact-check-{id}" : text;
    }
}
