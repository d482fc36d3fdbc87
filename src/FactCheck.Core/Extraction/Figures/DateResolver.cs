namespace FactCheck.Core.Extraction.Figures;

/// <summary>A date at tokens [First..Last]. Month- or year-precision dates hold the period's first day.</summary>
internal readonly record struct DateMatch(int First, int Last, DateOnly? Date, double? Value);

/// <summary>
/// Reads absolute dates ("March 3, 2025", "3 March", "October 7th", "2026-03-12") and relative ones
/// ("on Thursday", "last October", "yesterday", "next week") resolved against the article's date.
/// Relative dates are only reported when there is an article date: without one they are not checkable.
/// </summary>
internal static class DateResolver
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7,
        ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    };

    /// <summary>Whether a figure's text names a month, capitalised ("October 7th", "7 Oct").</summary>
    internal static bool NamesMonth(string text)
    {
        var months = Months.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            if (char.IsUpper(text[start]) && months.ContainsKey(text.AsSpan(start, i - start))) return true;
        }
        return false;
    }

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday, ["thursday"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    };

    // Words a few tokens before a weekday that put it in the future ("will meet on Monday").
    // Modals and forecasts count too: "could reach the city on Saturday", "forecast rain for Friday".
    private static readonly HashSet<string> FutureCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "shall", "could", "may", "might", "'ll", "due", "scheduled", "expected", "expects", "expect", "plans", "plan",
        "planned", "planning", "until", "forecast", "forecasts", "predicted", "predicts", "next", "upcoming", "coming", "going", "intends", "aims",
    };

    public static bool TryRead(Tokens t, int i, DateOnly? article, out DateMatch match)
    {
        match = default;
        if (t.IsNumber(i)) return TryDayFirst(t, i, article, out match) || TryIso(t, i, out match);
        if (!t.IsWord(i)) return false;
        var w = t.Str(i);

        if (IsMonth(t, i, out var month)) return TryMonthFirst(t, i, month, article, out match);
        if (article is not { } today) return false;

        switch (t.Lower(i))
        {
            case "yesterday": match = new DateMatch(i, i, today.AddDays(-1), null); return true;
            case "today": match = new DateMatch(i, i, today, null); return true;
            case "tonight": match = new DateMatch(i, i, today, null); return true;
            case "tomorrow": match = new DateMatch(i, i, today.AddDays(1), null); return true;
            case "last" or "next" or "this" or "past":
                return TryShifted(t, i, today, out match);
        }
        if (Weekdays.TryGetValue(w, out var day) && char.IsUpper(w[0]))
        {
            match = new DateMatch(i, i, TenseBefore(t, i) == Tense.Future ? Next(today, day, true) : Previous(today, day, true), null);
            return true;
        }
        return false;
    }

    private enum Tense { Unknown, Past, Future }

    // A month's tense may sit further back than a weekday's: "Inflation eased to 2.1% in May from 2.6% in April".
    private const int ClauseReach = 16;

    // Words that put a clause in the past: "the law passed on October 7", "was signed in May".
    private static readonly HashSet<string> PastCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "had", "did", "said", "began", "came", "took", "went", "met", "won", "lost", "fell", "rose", "hit", "left", "made", "saw", "gave", "ago", "since", "last",
    };

    /// <summary>
    /// The tense of the clause before token <paramref name="i"/>, from a few words back: a comma or a full stop
    /// ends the reach ("would rise, she said on Monday"). Future cues win: "is expected to" holds a past participle.
    /// </summary>
    private static Tense TenseBefore(Tokens t, int i, int reach = 7)
    {
        var past = false;
        for (var k = i - 1; k >= 0 && k >= i - reach; k--)
        {
            if (t.Is(k, ',') || t.Is(k, '.') || t.Is(k, ';')) break;
            if (!t.IsWord(k)) continue;
            var word = t.Str(k);
            if (word == "May" && k > 0) continue; // the month, not the modal
            // "the plan" is a noun; "plans to" looks ahead.
            if (FutureCues.Contains(word) && !(word is "plan" or "plans" && !t.IsWord(k + 1, "to"))) return Tense.Future;
            if (PastCues.Contains(word) || word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("eed", StringComparison.OrdinalIgnoreCase)) past = true;
        }
        return past ? Tense.Past : Tense.Unknown;
    }

    /// <summary>
    /// The year of a month (and day) written without one: the occurrence nearest the article's date, on or
    /// before it in a past clause ("passed on October 7" in March is last October) and on or after it in a
    /// future one ("will vote on October 7" is this coming October).
    /// </summary>
    private static int YearOf(DateOnly article, int month, int? day, Tense tense)
    {
        int? best = null;
        var bestDistance = int.MaxValue;
        for (var year = Math.Max(1, article.Year - 1); year <= Math.Min(9999, article.Year + 1); year++)
        {
            // Month precision compares months; a day compares days.
            var distance = day is { } d
                ? new DateOnly(year, month, Math.Min(d, DateTime.DaysInMonth(year, month))).DayNumber - article.DayNumber
                : (year * 12 + month) - (article.Year * 12 + article.Month);
            if (tense == Tense.Past && distance > 0 || tense == Tense.Future && distance < 0) continue;
            // Ties go to the past: news reports more than it announces.
            if (Math.Abs(distance) < bestDistance) { best = year; bestDistance = Math.Abs(distance); }
        }
        return best ?? article.Year;
    }

    private static bool IsAbbreviated(Tokens t, int i) => t.Span(i).Length <= 4 && !(t.Str(i) is "May" or "June" or "July");

    private static bool IsMonth(Tokens t, int i, out int month)
    {
        if (!Months.TryGetValue(t.Str(i), out month) || !char.IsUpper(t.Text[t[i].Start])) return false;
        var w = t.Str(i);
        // "May" the verb, "Mar"/"Jan" as names: only with a day or year beside them, or "in May".
        if (w is "May" or "March" || w.Length <= 4)
            return t.IsNumber(i + 1) || (t.Is(i + 1, '.') && t.IsNumber(i + 2)) || t.IsNumber(i - 1)
                || t.IsWord(i - 1, "in") || t.IsWord(i - 1, "last") || t.IsWord(i - 1, "next") || t.IsWord(i - 1, "since") || t.IsWord(i - 1, "until");
        return true;
    }

    // "March 3, 2025", "October 7th", "March 2025", "March".
    private static bool TryMonthFirst(Tokens t, int i, int month, DateOnly? article, out DateMatch match)
    {
        var k = i;
        if (IsAbbreviated(t, i) && t.Is(k + 1, '.') && t.Adjacent(k + 1)) k++; // "Oct.", but not the full stop after "in May."
        int? day = null, year = null;
        var last = k;
        if (t.IsNumber(k + 1) && ReadDay(t, k + 1, out var d, out var dayLast))
        {
            day = d;
            last = dayLast;
            var y = last + 1;
            if (t.Is(y, ',')) y++;
            if (ReadYear(t, y, out var yy)) { year = yy; last = y; }
        }
        else if (ReadYear(t, k + 1, out var yy))
        {
            year = yy;
            last = k + 1;
        }

        var first = i;
        var resolvedYear = year;
        if (year is null && article is { } a && day is null && (t.IsWord(i - 1, "last") || t.IsWord(i - 1, "next") || t.IsWord(i - 1, "this")))
        {
            first = i - 1;
            var shift = t.Lower(i - 1);
            resolvedYear = shift switch
            {
                "last" => month < a.Month ? a.Year : a.Year - 1,
                "next" => month > a.Month ? a.Year : a.Year + 1,
                _ => a.Year,
            };
        }
        if (resolvedYear is null && article is { } today) resolvedYear = YearOf(today, month, day, TenseBefore(t, first, ClauseReach));
        DateOnly? date = null;
        if (resolvedYear is { } ry && ry is >= 1 and <= 9999)
            date = new DateOnly(ry, month, Math.Min(day ?? 1, DateTime.DaysInMonth(ry, month)));
        match = new DateMatch(first, last, date, null);
        return true;
    }

    // "3 March 2025", "3rd of March".
    private static bool TryDayFirst(Tokens t, int i, DateOnly? article, out DateMatch match)
    {
        match = default;
        if (!ReadDay(t, i, out var day, out var last)) return false;
        var m = last + 1;
        if (t.IsWord(m, "of")) m++;
        if (!t.IsWord(m) || !Months.TryGetValue(t.Str(m), out var month) || !char.IsUpper(t.Text[t[m].Start])) return false;
        var end = m;
        if (IsAbbreviated(t, m) && t.Is(end + 1, '.') && t.Adjacent(end + 1)) end++;
        int? year = null;
        if (ReadYear(t, end + 1, out var y)) { year = y; end++; }
        if (year is null && article is { } today) year = YearOf(today, month, day, TenseBefore(t, i, ClauseReach));
        match = new DateMatch(i, end, year is { } yr && yr is >= 1 and <= 9999 ? new DateOnly(yr, month, Math.Min(day, DateTime.DaysInMonth(yr, month))) : null, null);
        return true;
    }

    // "2026-03-12"
    private static bool TryIso(Tokens t, int i, out DateMatch match)
    {
        match = default;
        if (t.Span(i).Length != 4 || !t.Is(i + 1, '-') || !t.IsNumber(i + 2) || !t.Is(i + 3, '-') || !t.IsNumber(i + 4)) return false;
        for (var k = i + 1; k <= i + 4; k++) if (!t.Adjacent(k)) return false;
        if (!int.TryParse(t.Span(i), out var y) || !int.TryParse(t.Span(i + 2), out var mo) || !int.TryParse(t.Span(i + 4), out var d)) return false;
        if (y is < 1 or > 9999 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return false;
        match = new DateMatch(i, i + 4, new DateOnly(y, mo, d), null);
        return true;
    }

    // "last week", "next month", "this year", "past week".
    private static bool TryShifted(Tokens t, int i, DateOnly today, out DateMatch match)
    {
        match = default;
        var shift = t.Lower(i);
        if (!t.IsWord(i + 1)) return false;
        var unit = t.Lower(i + 1);
        var sign = shift switch { "last" or "past" => -1, "next" => 1, _ => 0 };
        DateOnly? date = unit switch
        {
            "week" => Monday(today).AddDays(7 * sign),
            "month" => new DateOnly(today.Year, today.Month, 1).AddMonths(sign),
            "year" => new DateOnly(today.Year + sign, 1, 1),
            "night" when shift == "last" => today.AddDays(-1),
            _ => null,
        };
        if (date is null && Weekdays.TryGetValue(unit, out var day) && shift != "past")
            date = shift switch { "last" => Previous(today, day, false), "next" => Next(today, day, false), _ => Next(today, day, true) };
        if (date is null) return false;
        match = new DateMatch(i, i + 1, date, null);
        return true;
    }

    private static bool ReadDay(Tokens t, int i, out int day, out int last)
    {
        day = 0;
        last = i;
        if (!t.IsNumber(i) || t.Span(i).Length > 2 || !int.TryParse(t.Span(i), out day) || day is < 1 or > 31) return false;
        if (t.IsWord(i + 1) && t.Adjacent(i + 1) && t.Str(i + 1) is "st" or "nd" or "rd" or "th") last = i + 1;
        return true;
    }

    private static bool ReadYear(Tokens t, int i, out int year)
    {
        year = 0;
        return t.IsNumber(i) && t.Span(i).Length == 4 && int.TryParse(t.Span(i), out year) && year is >= 1000 and <= 2999;
    }

    private static DateOnly Monday(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    private static DateOnly Previous(DateOnly today, DayOfWeek day, bool includeToday)
    {
        var back = ((int)today.DayOfWeek - (int)day + 7) % 7;
        if (back == 0 && !includeToday) back = 7;
        return today.AddDays(-back);
    }

    private static DateOnly Next(DateOnly today, DayOfWeek day, bool includeToday)
    {
        var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
        if (ahead == 0 && !includeToday) ahead = 7;
        return today.AddDays(ahead);
    }
}
