namespace FactCheck.Core.Extraction.Figures;

/// <summary>
/// Numbers that are names, labels, references, formulas, phone numbers or clock times rather than
/// figures: "COVID-19", "Fig. 3", "phases 3, 5 and 7", "Route 66", "Boeing 737", "[12]",
/// "Smith (2009)", "Ca(ClO4)2", "555-0100", "10:30".
/// </summary>
internal static class IdentifierFilter
{
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "fig", "figs", "figure", "figures", "table", "tables", "eq", "eqs", "equation", "equations", "section", "sections", "chapter", "chapters",
        "phase", "phases", "stage", "stages", "step", "steps", "type", "types", "grade", "level", "class", "model", "version", "route", "highway", "interstate",
        "flight", "room", "no", "nos", "number", "numbered", "article", "articles", "paragraph", "appendix", "ref", "refs", "reference", "page", "pages", "pp",
        "p", "vol", "volume", "issue", "line", "lines", "sample", "samples", "site", "sites", "station", "borehole", "experiment", "experiments", "act",
        "resolution", "amendment", "lot", "ward", "district", "zone", "sector", "block", "clone", "animal", "patient", "case", "cases", "series", "panel",
        "scheme", "supplementary", "chromosome", "exon", "codon", "gate", "platform", "terminal", "channel", "episode", "season", "part", "box", "annex",
        "rule", "item", "question", "q", "region", "cluster", "column", "columns", "row", "rows", "fraction", "fractions", "algorithm", "listing",
        "definition", "lemma", "theorem", "label", "labels", "code", "codes", "month", "months", "week", "day", "wave", "round", "group", "groups",
    };

    // Capitalised words before a number that do not make it a name ("In 2019", "About 300").
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "nearly", "almost", "roughly", "approximately", "some", "only", "just", "over", "under", "about", "around", "another", "exactly", "least",
        "more", "than", "fewer", "less", "up", "all", "by", "total", "since", "until", "from", "between", "at", "of", "to", "for", "after", "before",
        "during", "with", "among", "within", "and", "or", "but", "yet", "while", "though", "although", "because", "estimated", "top", "bottom",
    };

    /// <param name="unitInSpan">A measurement unit follows ("5 km"): then the number is a figure whatever precedes it.</param>
    public static bool IsIdentifier(Tokens t, int first, int last, bool unitInSpan, bool hasCountNoun)
    {
        // Glued to letters or a formula: "CO2", "MC09", "Ca(ClO4)2"; a function's argument: "F(3, 8.9)", "poly(3-hexylthiophene)".
        if ((t.IsWord(first - 1) || t.IsAny(first - 1, ")]")) && t.Adjacent(first)) return true;
        if (IsArgument(t, first - 1)) return true;
        // The minutes or seconds of a clock time, or the second term of a ratio or fraction: "05:28 UT", "80/20".
        if (t.IsAny(first - 1, ":/") && t.Adjacent(first) && t.Adjacent(first - 1) && t.IsNumber(first - 2)) return true;
        // Leading zeros make a code: "the 001 peak", "code 0403", "Agent 007".
        if (first == last && t.Span(first) is ['0', >= '0' and <= '9', ..] span && !span.Contains('.')) return true;
        // "COVID-19", "SARS-CoV-2", "A-10" (but "mid-2019" is a date).
        if (t.IsAny(first - 1, "-‐−") && t.Adjacent(first) && t.IsWord(first - 2) && t.Adjacent(first - 1)
            && !(t.Str(first - 2) is "mid" or "pre" or "post" or "early" or "late")) return true;
        var hasUnit = unitInSpan || hasCountNoun;
        // "3a", "S2b": followed by letters that are no unit; "22/10a".
        // Ordinals that reach here rank ("the 5th largest") rather than count.
        if (!hasUnit && t.IsWord(last + 1) && t.Adjacent(last + 1) && t.Str(last + 1) is not "s") return true;
        if (t.Is(first - 1, '{') && t.Is(last + 1, '}')) return true; // crystal planes, set notation
        if (t.Is(last + 1, '/') && t.Adjacent(last + 1) && t.IsNumber(last + 2) && t.Adjacent(last + 2) && t.IsWord(last + 3) && t.Adjacent(last + 3)) return true;
        // "on 9/11", "since 3/4": a day written the American way.
        if (t.Is(last + 1, '/') && t.Adjacent(last + 1) && t.IsNumber(last + 2) && t.Adjacent(last + 2) && t.IsWord(first - 1)
            && t.Lower(first - 1) is "on" or "since" or "until" or "till" or "before" or "after" or "by" or "from") return true;
        if (!hasUnit && IsClockTime(t, first, last)) return true;
        if (IsPhoneNumber(t, first, last)) return true;
        if (unitInSpan) return false;

        // A label on a scale or in a key: "0 = never, 1 = sometimes".
        if (!hasUnit && t.Is(last + 1, '=') && !t.Is(first - 1, '=')) return true;

        var prev = ListStart(t, first) - 1;
        if (IsArgument(t, prev)) return true;
        if (IsTuple(t, first, last)) return true;
        // A database key after an acronym: "OMIM: 600123", "PMID: 3141".
        if (t.Is(first - 1, ':') && t.IsWord(first - 2) && t.Span(first - 2).Length >= 2 && IsAllUpper(t.Span(first - 2))) return true;
        if (!hasCountNoun && IsNounLabel(t, first, last)) return true;
        if (t.IsAny(prev, "(:") && t.Adjacent(prev + 1) || t.Is(prev, ':')) prev--; // "Eq. (4)", "codes: 0403"
        if (t.Is(prev, '.') && t.IsWord(prev - 1) && t.Adjacent(prev)) prev--; // "Fig. 3", "No. 5"
        if (t.IsWord(prev) && Labels.Contains(t.Str(prev))) return true;
        if (IsNameNumber(t, first)) return true;
        return !hasCountNoun && IsCitation(t, first, last);
    }

    private static bool IsAllUpper(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (!char.IsUpper(c)) return false;
        return true;
    }

    // Words before a number that make it an amount, not a label: "the top 5", "a further 30", "in total 12".
    private static readonly HashSet<string> NotLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "top", "bottom", "last", "first", "next", "final", "latest", "remaining", "other", "further", "extra", "additional", "total", "whole",
        "entire", "same", "mere", "average", "median", "mean", "minimum", "maximum", "record", "age", "aged", "size", "length", "width", "height",
        "depth", "weight", "mass", "order", "score", "value", "rate", "ratio", "factor", "times", "was", "won", "lost", "got", "hit", "saw", "had",
        "made", "took", "gave", "left", "kept", "held", "paid", "cut", "put", "set", "ran", "rose", "fell", "grew", "drew", "beat", "led", "sent",
        "spent", "sold", "told", "said", "found", "built", "became", "came", "is", "are", "be", "reach", "hits", "tops", "nearly", "some", "modest",
        "whopping", "massive", "tiny", "huge", "healthy", "respectable", "paltry", "estimated", "reported", "official", "expected",
        "projected", "possible", "initial", "overall", "several", "few", "many", "combined", "staggering", "just", "only", "least", "most",
        "zero", "either", "neither", "plus", "minus", "equals", "equal", "than", "ca", "circa", "approx", "per", "year", "day",
    };

    private static readonly string[] AdjectiveEndings = ["ous", "ive", "ic", "ing", "ed", "ly", "ful", "able", "ible", "est", "ary"];

    /// <summary>
    /// A singular noun naming one of a numbered series: "turbine 3", "bed 12", "camp 4". The noun must follow a
    /// preposition, "the" or a verb (not "a", which introduces an amount: "a staggering 40"), the number must be a
    /// small whole number with nothing counted or measured after it.
    /// </summary>
    private static bool IsNounLabel(Tokens t, int first, int last)
    {
        var noun = first - 1;
        if (first != last || !t.IsWord(noun) || !t.IsNumber(first) || t.Span(first).Length > 4 || t.Span(first).ContainsAny(".,")) return false;
        var word = t.Str(noun);
        if (word.Length < 3 || !char.IsLower(word[0]) || word.EndsWith('s') || UnitReader.StopWords.Contains(word) || NotLabels.Contains(word)) return false;
        if (QualifierReader.ReadBefore(t, first) is not null) return false; // "rise above 100"
        foreach (var ending in AdjectiveEndings) if (word.EndsWith(ending, StringComparison.Ordinal)) return false;
        if (NumberWords.IsNumberWord(word) || UnitReader.IsCountNoun(t, noun)) return false;
        // "of turbine 3", "checked patient 12"; not "(latitude 54", "a staggering 40".
        var before = noun - 1;
        if (!t.IsWord(before) || t.Lower(before) is "a" or "an") return false;
        // After the number: the end, punctuation, or a word that is no unit ("turbine 3 cracked", "of bed 12.").
        return !t.IsNumber(last + 1) && !t.IsAny(last + 1, "%‰°");
    }

    /// <summary>Bare numbers in brackets, two or more: "(1/2, 0, 0)", "[1, 0, 0]", "(0, 1)": coordinates and indices.</summary>
    private static bool IsTuple(Tokens t, int first, int last)
    {
        var left = first - 1;
        var numbers = 1;
        var commas = 0;
        for (var steps = 0; steps < 16 && (t.IsNumber(left) || t.IsAny(left, ",/−-¯")); steps++, left--)
        {
            if (t.IsNumber(left)) numbers++;
            else if (t.Is(left, ',')) commas++;
        }
        var right = last + 1;
        for (var steps = 0; steps < 16 && (t.IsNumber(right) || t.IsAny(right, ",/−-¯")); steps++, right++)
        {
            if (t.IsNumber(right)) numbers++;
            else if (t.Is(right, ',')) commas++;
        }
        return commas >= 1 && numbers >= 2 && (t.Is(left, '(') && t.Is(right, ')') || t.Is(left, '[') && t.Is(right, ']') || t.Is(left, '⟨') && t.Is(right, '⟩'));
    }

    // "(" written against a word opens a function's arguments or a chemical name, never a figure.
    private static bool IsArgument(Tokens t, int open) =>
        t.Is(open, '(') && t.Adjacent(open + 1) && t.Adjacent(open) && t.IsWord(open - 1);

    // Steps back over "3, 5, and" so "phases 3, 5, and 7" finds its label.
    private static int ListStart(Tokens t, int first)
    {
        var k = first;
        for (var steps = 0; steps < 12; steps++)
        {
            var p = k - 1;
            if (t.IsWord(p, "and") || t.IsWord(p, "or")) p--;
            if (t.Is(p, ',') || t.IsAny(p, "–-")) p--;
            if (t.IsWord(p, "and") || t.IsWord(p, "or")) p--;
            if (p == k - 1 || !t.IsNumber(p)) break;
            k = p;
        }
        return k;
    }

    private static bool IsNameNumber(Tokens t, int first)
    {
        var prev = first - 1;
        if (!t.IsCapitalised(prev) || NotNames.Contains(t.Str(prev)) || UnitReader.StopWords.Contains(t.Str(prev))) return false;
        // Sentence-initial capitals say nothing about names.
        if (prev == 0 || t.IsAny(prev - 1, ".!?\"“:;(")) return false;
        // An acronym before a decimal is a variable ("CI 1.03–5.13"); before a whole number it names
        // a model or part ("HEM 907", "SD 2"), except eras ("AD 1850").
        var word = t.Str(prev);
        if (!word.All(char.IsUpper)) return true;
        return !t.Span(first).Contains('.') && word is not ("AD" or "BC" or "BCE" or "CE");
    }

    // "[12]", "[3, 4]", "[5–7]", "(22)", "Smith (2009)", "(Hecht et al., 2009; ...)", "et al. 2005, 2006".
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

        if (t.Span(first).Length != 4) return false;
        var k = left;
        // "(Knox 1998, Fig. 2)", "(Lee and Park 2004)": an author and a year opening a bracket.
        if (k == first - 1 && t.IsCapitalised(k) && !NotNames.Contains(t.Str(k)) && !UnitReader.StopWords.Contains(t.Str(k)) && !t.Str(k).All(char.IsUpper)
            && (t.Is(k - 1, '(') || t.IsWord(k - 1, "and") && t.IsCapitalised(k - 2) && t.Is(k - 3, '('))
            && (t.IsAny(last + 1, ",;)") || t.IsWord(last + 1))) return true;
        if (t.Is(k, '(')) k--;
        if (t.Is(k, '.') && t.IsWord(k - 1, "al")) return true;
        if (t.IsWord(k, "al")) return true;
        return k < first - 1 && t.IsCapitalised(k) && !NotNames.Contains(t.Str(k)) && !UnitReader.StopWords.Contains(t.Str(k)) && !t.Str(k).All(char.IsUpper);
    }

    // "10:30", "9 a.m.", "5pm".
    private static bool IsClockTime(Tokens t, int first, int last)
    {
        if (t.Is(last + 1, ':') && t.Adjacent(last + 1) && t.IsNumber(last + 2) && t.Adjacent(last + 2) && t.Span(last + 2).Length == 2) return true;
        if (t.Is(first - 1, ':') && t.Adjacent(first) && t.IsNumber(first - 2) && t.Span(first).Length == 2) return true;
        var k = last + 1;
        if (t.IsWord(k) && (t.Lower(k) is "am" or "pm" or "gmt" or "utc" or "bst" or "est" or "edt" or "pst" or "o'clock" or "o’clock")) return true;
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
