using System.Runtime.CompilerServices;
using System.Buffers;
using FactCheck.Core.Text;

namespace FactCheck.Core.Sources;

/// <summary>
/// Cuts a snapshot into sentences for suggestions: at . ! ? before a capital, digit or opening quote (not
/// after a title like "Dr." or an initial), at blank lines, and at whitespace once a stretch grows past
/// <see cref="MaxLength"/> characters (tables and lists run on without full stops). One linear pass.
/// </summary>
internal static class SentenceSplitter
{
    public const int MaxLength = 1200;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "prof", "gen", "gov", "sen", "rep", "no", "vs", "inc", "ltd", "jr", "sr", "co", "corp", "approx", "est", "fig",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> Stops = SearchValues.Create(".!?\n");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<TextSpan> Split(string text)
    {
        var spans = new List<TextSpan>();
        var start = 0;
        var from = 0;
        // Jumps from one stop character to the next with a vectorised search: most characters are not stops.
        while (true)
        {
            var found = text.AsSpan(from).IndexOfAny(Stops);
            if (found < 0) break;
            var i = from + found;
            var cut = text[i] == '\n' ? (BlankLineAfter(text, i) ? i : -1) : EndOfSentence(text, i);
            from = i + 1;
            if (cut < 0) continue;
            Add(text, spans, start, cut);
            start = cut;
            from = Math.Max(from, cut);
        }
        Add(text, spans, start, text.Length);
        return spans;
    }

    /// <summary>The index just after a sentence ending at <paramref name="stop"/> (closing quotes included), or -1 when it does not end one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int EndOfSentence(string text, int stop)
    {
        var j = stop + 1;
        while (j < text.Length && text[j] is '"' or '\'' or '\u201D' or '\u2019' or ')' or '\u00BB') j++;
        var end = j;
        if (j >= text.Length || !char.IsWhiteSpace(text[j])) return -1;
        while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
        if (j < text.Length && !(char.IsUpper(text[j]) || char.IsDigit(text[j]) || text[j] is '"' or '\u201C' or '\u2018' or '\'' or '(' or '\u00AB')) return -1;
        if (text[stop] == '.')
        {
            var w = stop;
            while (w > 0 && char.IsLetter(text[w - 1])) w--;
            var word = text.AsSpan(w, stop - w);
            if (word.Length == 1 || AbbreviationLookup.Contains(word)) return -1;
        }
        return end;
    }

    private static bool BlankLineAfter(string text, int newline)
    {
        for (var j = newline + 1; j < text.Length; j++)
        {
            if (text[j] == '\n') return true;
            if (!char.IsWhiteSpace(text[j])) return false;
        }
        return false;
    }

    private static void Add(string text, List<TextSpan> spans, int start, int end)
    {
        // A stretch without stops (a table, a list) is cut at whitespace so no "sentence" swamps the scores.
        while (end - start > MaxLength)
        {
            var space = text.AsSpan(start + MaxLength, end - start - MaxLength).IndexOfAny(Whitespace);
            if (space < 0) break;
            AddTrimmed(text, spans, start, start + MaxLength + space);
            start += MaxLength + space;
        }
        AddTrimmed(text, spans, start, end);
    }

    private static readonly SearchValues<char> Whitespace = SearchValues.Create(" \t\n\r\u00A0");

    private static void AddTrimmed(string text, List<TextSpan> spans, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) spans.Add(new TextSpan(start, end));
    }
}
