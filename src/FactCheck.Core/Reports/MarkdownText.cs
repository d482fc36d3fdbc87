using System.Text;

namespace FactCheck.Core.Reports;

/// <summary>Puts user text into Markdown so it reads as the same words, never as markup.</summary>
public static class MarkdownText
{
    // Only what can start markup in the middle of a line: the text stays readable as plain text.
    private const string Special = @"\`*_[]<>|~&";

    /// <summary>Escapes inline text (titles, statements, quotes) and folds line breaks.</summary>
    public static string Inline(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 8);
        var lastSpace = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                if (!lastSpace) sb.Append(' ');
                lastSpace = true;
                continue;
            }
            lastSpace = false;
            if (Special.Contains(ch)) sb.Append('\\');
            sb.Append(ch);
        }
        return sb.ToString().Trim();
    }

    /// <summary>A link to an http(s) URL, or the escaped text when the URL is not one.</summary>
    public static string Link(string? text, string? url)
    {
        var label = Inline(string.IsNullOrWhiteSpace(text) ? url : text);
        if (!Reviews.UrlRules.IsSafeLink(url)) return label;
        var target = url!.Trim().Replace("<", "%3C").Replace(">", "%3E").Replace(" ", "%20");
        // A bare address reads best as an autolink; a titled one as a link with an angle-bracket destination.
        return string.IsNullOrWhiteSpace(text) || text.Trim() == url.Trim() ? $"<{target}>" : $"[{label}](<{target}>)";
    }
}
