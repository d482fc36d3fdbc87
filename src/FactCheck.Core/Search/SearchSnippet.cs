using System.Net;
using System.Text;

namespace FactCheck.Core.Search;

/// <summary>
/// Turns an engine's highlighted text into safe HTML. The engines mark matches with two control characters (SQLite's
/// snippet() and PostgreSQL's ts_headline() are told to); everything else is the user's text and is HTML-escaped, so
/// the only tags in the result are our &lt;mark&gt;s, always balanced even if the text itself held the markers.
/// </summary>
public static class SearchSnippet
{
    public const char Start = '\u0002';
    public const char Stop = '\u0003';

    public static string ToHtml(string? marked)
    {
        if (string.IsNullOrEmpty(marked)) return "";
        var html = new StringBuilder(marked.Length + 32);
        var open = false;
        var run = new StringBuilder();
        void Flush()
        {
            html.Append(WebUtility.HtmlEncode(run.ToString()));
            run.Clear();
        }
        foreach (var ch in marked)
        {
            if (ch == Start && !open) { Flush(); html.Append("<mark>"); open = true; }
            else if (ch == Stop && open) { Flush(); html.Append("</mark>"); open = false; }
            else if (ch is Start or Stop) { }
            else run.Append(ch);
        }
        Flush();
        if (open) html.Append("</mark>");
        return html.ToString();
    }

    /// <summary>Plain text of at most <paramref name="max"/> characters with an ellipsis, for titles built from long text.</summary>
    public static string Shorten(string? text, int max = 160)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var t = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return t.Length <= max ? t : t[..(max - 1)].TrimEnd() + "…";
    }
}
