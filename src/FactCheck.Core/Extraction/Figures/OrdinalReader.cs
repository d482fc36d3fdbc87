namespace FactCheck.Core.Extraction.Figures;

/// <summary>
/// Ordinals that count something: "for the third time", "the second consecutive year", "5th straight
/// day". Other ordinals ("the first speaker") rank rather than count and are left alone.
/// </summary>
internal static class OrdinalReader
{
    private static readonly HashSet<string> Counting = new(StringComparer.OrdinalIgnoreCase) { "time", "consecutive", "straight", "successive", "year", "month", "week", "day" };

    public static bool TryRead(Tokens t, int i, out int last, out int value, out string? measure)
    {
        last = i;
        value = 0;
        measure = null;
        if (t.IsWord(i) && NumberWords.Ordinals.TryGetValue(t.Str(i), out var n)) value = n;
        else if (t.IsNumber(i) && t.IsWord(i + 1) && t.Adjacent(i + 1) && t.Str(i + 1) is "st" or "nd" or "rd" or "th"
                 && t.Span(i).Length <= 4 && int.TryParse(t.Span(i), out n))
        {
            value = n;
            last = i + 1;
        }
        else return false;

        var next = last + 1;
        if (!t.IsWord(next) || !Counting.Contains(t.Str(next))) return false;
        // "for the first time" says something is new, it counts nothing a checker could recount.
        if (value == 1 && t.IsWord(next, "time")) return false;
        // "the second day" ranks; "the second straight day" and "for the third time" count.
        if (t.Lower(next) is "year" or "month" or "week" or "day" && !(t.IsWord(next + 1, "in") && t.IsWord(next + 2, "a") && t.IsWord(next + 3, "row")))
            return false;
        measure = t.IsWord(next + 1) && t.Lower(next) is "consecutive" or "straight" or "successive"
            ? $"{t.Str(next)} {t.Str(next + 1)}"
            : t.Str(next);
        return true;
    }
}
