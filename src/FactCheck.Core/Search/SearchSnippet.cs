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

    /// <summary>
    /// A window of a long text around its first word that matches the query, the matching words marked (for
    /// <see cref="ToHtml"/>). The engines' own highlighters read the whole text and every place a word occurs in it, which
    /// for "the" in a long article costs more than the search itself; this reads at most <paramref name="scanLimit"/>
    /// characters and compares words loosely (case, diacritics, common English endings), which is enough to point at why
    /// a record matched. Falls back to the start of the text.
    /// </summary>
    public static string MarkAround(string text, SearchQuery query, int window = 220, int scanLimit = 50_000)
    {
        var words = query.Terms.SelectMany(t => t.Words.Select((w, i) => (Stem: Stem(Fold(w)), Prefix: t.Prefix && i == t.Words.Count - 1))).ToList();
        bool Matches(string token)
        {
            var folded = Fold(token);
            var stem = Stem(folded);
            return words.Any(w => w.Prefix ? folded.StartsWith(w.Stem, StringComparison.Ordinal) : stem == w.Stem);
        }
        var tokens = Tokens(text, Math.Min(text.Length, scanLimit)).ToList();
        var first = tokens.FindIndex(t => Matches(text.Substring(t.Start, t.Length)));
        var start = first < 0 ? 0 : Math.Max(0, tokens[first].Start - window / 3);
        // Start on a word's beginning, so that no word is cut in half.
        if (start > 0) start = tokens.FirstOrDefault(t => t.Start >= start, (Start: start, Length: 0)).Start;
        var end = Math.Min(text.Length, start + window);
        var marked = new StringBuilder(window + 16);
        if (start > 0) marked.Append('…');
        var at = start;
        foreach (var (tokenStart, length) in tokens.Where(t => t.Start >= start && t.Start + t.Length <= end))
        {
            if (!Matches(text.Substring(tokenStart, length))) continue;
            marked.Append(text, at, tokenStart - at).Append(Start).Append(text, tokenStart, length).Append(Stop);
            at = tokenStart + length;
        }
        marked.Append(text, at, end - at);
        if (end < text.Length) marked.Append('…');
        return string.Join(' ', marked.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static IEnumerable<(int Start, int Length)> Tokens(string text, int limit)
    {
        var i = 0;
        while (i < limit)
        {
            while (i < limit && !char.IsLetterOrDigit(text[i])) i++;
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark)) i++;
            if (i > start) yield return (start, i - start);
        }
    }

    private static string Fold(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark) folded.Append(c);
        return folded.ToString();
    }

    private static string Stem(string word)
    {
        foreach (var ending in new[] { "ing", "ed", "es", "s", "ly" })
            if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.Ordinal)) return word[..^ending.Length];
        return word;
    }

    /// <summary>Plain text of at most <paramref name="max"/> characters with an ellipsis, for titles built from long text.</summary>
    public static string Shorten(string? text, int max = 160)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var t = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return t.Length <= max ? t : t[..(max - 1)].TrimEnd() + "…";
    }
}
