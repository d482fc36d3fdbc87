namespace FactCheck.Core.Extraction.Figures;

/// <summary>
/// Numbers that are names, labels, references, phone numbers or clock times rather than figures:
/// "COVID-19", "Fig. 3", "Route 66", "Boeing 737", "[12]", "Smith (2009)", "555-0100", "10:30".
/// </summary>
internal static class IdentifierFilter
{
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "fig", "figs", "figure", "figures", "table", "tables", "eq", "eqs", "equation", "equations", "section", "sections", "chapter", "chapters",
        "phase", "stage", "step", "type", "grade", "level", "class", "model", "version", "route", "highway", "interstate", "flight", "room",
        "no", "nos", "number", "article", "paragraph", "appendix", "ref", "refs", "reference", "page", "pages", "pp", "p", "vol", "volume", "issue",
        "line", "lines", "sample", "site", "station", "borehole", "experiment", "act", "resolution", "amendment", "lot", "ward", "district",
        "zone", "sector", "block", "clone", "animal", "patient", "case", "series", "panel", "scheme", "supplementary", "chromosome", "exon", "codon",
        "gate", "platform", "terminal", "channel", "episode", "season", "part", "box", "annex", "rule", "item", "question", "q", "region", "cluster",
    };

    // Capitalised words before a number that do not make it a name ("In 2019", "About 300").
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "nearly", "almost", "roughly", "approximately", "some", "only", "just", "over", "under", "about", "around", "another", "exactly", "least",
        "more", "than", "fewer", "less", "up", "all", "by", "total", "since", "until", "from", "between", "at", "of", "to", "for", "after", "before",
        "during", "of", "with", "among", "within", "than", "and", "or", "but", "yet", "while", "though", "although", "because", "around", "estimated",
    };

    public static bool IsIdentifier(Tokens t, int first, int last, bool hasUnit)
    {
        // Glued to letters: "CO2", "MC09", "H2O".
        if (t.IsWord(first - 1) && t.Adjacent(first)) return true;
        // "COVID-19", "SARS-CoV-2", "A-10" (but "mid-2019" is a date).
        if (t.IsAny(first - 1, "-‐") && t.Adjacent(first) && t.IsWord(first - 2) && t.Adjacent(first - 1)
            && !(t.Str(first - 2) is "mid" or "pre" or "post" or "early" or "late")) return true;
        // "3a", "S2b": followed by letters that are no unit.
        if (!hasUnit && t.IsWord(last + 1) && t.Adjacent(last + 1) && !(t.Str(last + 1) is "st" or "nd" or "rd" or "th" or "s")) return true;
        if (!hasUnit && IsClockTime(t, last)) return true;
        if (IsPhoneNumber(t, first, last)) return true;
        if (hasUnit) return false;

        var prev = first - 1;
        if (t.Is(prev, '(') && t.Adjacent(first)) prev--;
        if (t.Is(prev, '.') && t.IsWord(prev - 1) && t.Adjacent(prev)) prev--; // "Fig. 3", "No. 5"
        if (t.IsWord(prev) && Labels.Contains(t.Str(prev))) return true;
        if (IsNameNumber(t, first)) return true;
        return IsCitation(t, first, last);
    }

    private static bool IsNameNumber(Tokens t, int first)
    {
        var prev = first - 1;
        if (!t.IsCapitalised(prev) || NotNames.Contains(t.Str(prev)) || UnitReader.StopWords.Contains(t.Str(prev))) return false;
        // Sentence-initial capitals say nothing about names.
        if (prev == 0 || t.IsAny(prev - 1, ".!?\"“:;(") ) return false;
        var w = t.Str(prev);
        return !(w.Length <= 4 && w.All(char.IsUpper) && !t.IsNumber(first)); // currency codes are read before this
    }

    // "[12]", "[3, 4]", "[5–7]", "(22)", "Smith (2009)", "(Hecht et al., 2009; ...)".
    private static bool IsCitation(Tokens t, int first, int last)
    {
        var left = first - 1;
        var steps = 0;
        while (steps++ < 12 && (t.IsNumber(left) || t.IsAny(left, ",–-;"))) left--;
        var right = last + 1;
        steps = 0;
        while (steps++ < 12 && (t.IsNumber(right) || t.IsAny(right, ",–-;"))) right++;
        var isInteger = !t.Span(first).Contains('.') && t.Span(first).Length <= 3;
        if (t.Is(left, '[') && t.Is(right, ']') && isInteger) return true;
        if (t.Is(left, '(') && t.Is(right, ')') && isInteger && left == first - 1 && right == last + 1) return true;

        // Author-year references.
        if (t.Span(first).Length == 4 && (t.Is(first - 1, ',') || t.Is(first - 1, '(')))
        {
            var k = first - 2;
            if (t.Is(k, '.') && t.IsWord(k - 1, "al")) return true;
            if (t.IsCapitalised(k) && !t.IsWord(k, "In")) return true;
            if (t.IsWord(k, "al")) return true;
        }
        return false;
    }

    // "10:30", "9 a.m.", "5pm".
    private static bool IsClockTime(Tokens t, int last)
    {
        if (t.Is(last + 1, ':') && t.Adjacent(last + 1) && t.IsNumber(last + 2) && t.Adjacent(last + 2) && t.Span(last + 2).Length == 2) return true;
        var k = last + 1;
        if (t.IsWord(k) && (t.Str(k).ToLowerInvariant() is "am" or "pm" or "gmt" or "utc" or "bst" or "est" or "edt" or "pst" or "hrs" or "o'clock" or "o’clock")) return true;
        return t.IsWord(k) && (t.Str(k) is "a" or "p" or "A" or "P") && t.Is(k + 1, '.') && t.Adjacent(k + 1) && t.IsWord(k + 2) && t.Str(k + 2) is "m" or "M";
    }

    // "555-0100", "(212) 555-0100", "+44 20 7946 0958".
    private static bool IsPhoneNumber(Tokens t, int first, int last)
    {
        if (t.Is(first - 1, '+') && t.Adjacent(first) && t.IsNumber(last + 1)) return true;
        if (t.Span(last).Length == 3 && t.Is(last + 1, '-') && t.Adjacent(last + 1) && t.IsNumber(last + 2) && t.Adjacent(last + 2) && t.Span(last + 2).Length == 4) return true;
        if (t.Span(first).Length == 3 && t.Is(first - 1, '(') && t.Is(last + 1, ')') && t.IsNumber(last + 2) && t.Span(last + 2).Length == 3) return true;
        if (t.Span(first).Length == 4 && t.Is(first - 1, '-') && t.Adjacent(first) && t.IsNumber(first - 2) && t.Span(first - 2).Length == 3 && t.Adjacent(first - 1)) return true;
        return false;
    }
}
