using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction.Figures;

/// <summary>Reads one figure at a token: a date, or a number with its qualifier, range, unit and measure.</summary>
internal static class FigureReader
{
    private const string Dashes = "-–—‒‐";

    /// <param name="floor">The token after the previous figure, so measures are not read across it.</param>
    public static bool TryRead(Tokens t, int i, int floor, DateOnly? article, out Figure figure, out int next)
    {
        figure = null!;
        next = i + 1;
        if (DateResolver.TryRead(t, i, article, out var date))
        {
            // "since July 2004" opens a period; relative dates ("since Thursday") keep their own words, which
            // statements replace with the date.
            var since = t.IsWord(date.First - 1, "since") && date.First - 1 >= floor && HasNumber(t, date.First, date.Last);
            // "circa July 2002", "around 1990": an approximate date.
            var around = !since && HasNumber(t, date.First, date.Last) && QualifierReader.ReadBefore(t, date.First) is { Kind: QualifierKind.Approximate } q && q.First >= floor
                && q.Text is "circa" or "c." or "ca." or "around" or "about" or "approximately" or "roughly" or "~" or "∼" ? q : (QualifierMatch?)null;
            var dateFirst = since ? date.First - 1 : around?.First ?? date.First;
            figure = Build(t, dateFirst, date.Last, date.Value, null, since ? "since" : around?.Text, MeasureReader.NounPhraseBefore(t, dateFirst - 1, floor), date.Date,
                since ? QualifierKind.LowerBound : around is not null ? QualifierKind.Approximate : QualifierKind.None);
            next = date.Last + 1;
            return true;
        }
        if (OrdinalReader.TryRead(t, i, out var ordinalLast, out var ordinal, out var counted))
        {
            figure = Build(t, i, ordinalLast, ordinal, "ordinal", null, counted, null);
            next = ordinalLast + 1;
            return true;
        }
        if (!NumberParser.TryRead(t, i, out var number)) return false;
        // "the 1990s": a decade, not 1990 seconds.
        if (!number.Spelled && number.Currency is null && number.First == number.Last && t.Span(number.Last).Length == 4 && t.IsWord(number.Last + 1, "s")
            && t.Adjacent(number.Last + 1) && number.Value is { } decade && decade % 10 == 0 && decade is >= 1000 and <= 2100)
        {
            figure = Build(t, number.First, number.Last + 1, decade, null, null, MeasureReader.NounPhraseBefore(t, number.First - 1, floor), new DateOnly((int)decade, 1, 1));
            next = number.Last + 2;
            return true;
        }
        next = number.Last + 1;
        if (number.Spelled && !SpelledFits(t, number)) return false;

        var first = number.First;
        var value = number.Value;
        // A sign written against the number: "−4 °C", "-10", "of<−60", "∼−25.9"; but not the dash of
        // a range "10-20" or of a name "COVID-19".
        if (t.IsAny(first - 1, "−-–") && t.Adjacent(first) && !(t.Adjacent(first - 1) && (t.IsNumber(first - 2) || t.IsWord(first - 2)))
            && number.Currency is null && value is not null)
        {
            first--;
            value = -value;
        }

        // "a 93:7 mixture", "a slope of 1:10": a ratio, one figure whose value is the quotient.
        var ratioLast = CompoundReader.ReadRatio(t, number, out var divisor);
        var fraction = ratioLast < 0 && CompoundReader.ReadFraction(t, number, out ratioLast, out divisor);
        if (ratioLast > 0) value /= divisor;
        var lastNumber = ratioLast > 0 ? ratioLast : ReadTolerance(t, number.Last);
        var unit = ratioLast > 0 && !fraction ? new UnitMatch(ratioLast, "ratio", true) : UnitReader.Read(t, lastNumber, number.Spelled);
        // "four out of nine runs", "one in five adults": a proportion, its counted noun inside the span.
        if (ratioLast < 0 && CompoundReader.ReadOutOf(t, number, unit) is { } proportion)
        {
            lastNumber = proportion.Last;
            unit = proportion.Unit;
        }
        // "a 3 × 3 mm window", "60 × 10 × 3 mm3": dimensions are one figure.
        else if (ratioLast < 0 && !number.Spelled && CompoundReader.ReadDimensions(t, lastNumber, unit) is { } dimensions)
        {
            lastNumber = dimensions.Last;
            unit = dimensions.Unit;
        }
        // A spelled number glued to a word that is no unit is an adjective: "one-dimensional", "two-species".
        if (number.Spelled && unit is null && t.IsAny(lastNumber + 1, "-‐") && t.Adjacent(lastNumber + 1) && t.IsWord(lastNumber + 2)) return false;

        // Qualifiers never reach back past the previous figure or into the sentence before.
        var inner = QualifierReader.ReadBefore(t, first) is { } q0 && q0.First >= floor && !IsPeriod(t, q0, unit) ? q0 : (QualifierMatch?)null;
        var outer = inner is { } i0 && QualifierReader.ReadOuter(t, i0) is { } o0 && o0.First >= floor ? o0 : (QualifierMatch?)null;
        var last = unit is { InSpan: true } u ? u.Last : lastNumber;

        var rangeWord = outer is { } ro && QualifierReader.RangeOnly.Contains(ro.Text) ? ro : inner is { } ri && QualifierReader.RangeOnly.Contains(ri.Text) ? ri : (QualifierMatch?)null;
        var isRange = TryRange(t, last, rangeWord is { Text: "between" }, out var rangeLast, out var rangeUnit, out var secondKind, out var secondText, out var secondCurrency, out var secondValue)
            && SameKind(number.Currency, unit, secondCurrency, rangeUnit);
        // "passed 219-212", "won 3-1", "voted 7 to 2": a tally, one figure but no range.
        var tally = isRange && rangeWord is null && IsTally(t, number, unit, rangeUnit, secondValue);
        // Judged with the range's unit: "Mars 1–2 Ga" is a figure, "Route 66" is not.
        // A ratio's own words vouch for it; a fraction is judged whole ("the (1/2, 0, 0) site").
        if ((ratioLast < 0 || fraction) && IdentifierFilter.IsIdentifier(t, number.First, fraction ? ratioLast : number.Last,
                unit is { InSpan: true } || rangeUnit is { InSpan: true } && isRange || number.Currency is not null, unit is { InSpan: false }))
        {
            if (isRange) next = rangeLast + 1; // and not its partner "68" in "Route 66-68" either
            return false;
        }
        string? qualifierText;
        QualifierKind kind;
        if (tally)
        {
            last = rangeLast;
            qualifierText = Bend(outer, inner, null)?.Text;
            kind = Bend(outer, inner, null)?.Kind ?? QualifierKind.None;
        }
        else if (isRange)
        {
            last = rangeUnit is { InSpan: true } ru ? ru.Last : rangeLast;
            unit = rangeUnit ?? unit;
            // "about 10 to 15" is written "about, between"; "from 50% to around 80%" "from, around".
            var bend = Bend(outer, inner, rangeWord);
            qualifierText = rangeWord?.Text ?? "between";
            if (bend is { } b) qualifierText = b.Text + ", " + qualifierText;
            if (secondText is not null) qualifierText += ", " + secondText;
            kind = QualifierReader.Combine(bend?.Kind ?? QualifierKind.None, QualifierKind.Range) | (secondKind & QualifierKind.Approximate);
        }
        else
        {
            // "from" and "between" qualify only a range.
            if (outer is { } o1 && QualifierReader.RangeOnly.Contains(o1.Text)) outer = null;
            if (inner is { } i1 && QualifierReader.RangeOnly.Contains(i1.Text)) { inner = null; outer = null; }
            var bend = Bend(outer, inner, null);
            qualifierText = bend?.Text;
            kind = bend?.Kind ?? QualifierKind.None;
            // "2, 5 and 10 µg", "6 and 13 kg", "1997, 2003 and 2008": one figure.
            if (ListReader.TryRead(t, number, lastNumber, unit, out var listLast, out var listUnit))
            {
                last = listLast;
                unit = listUnit;
            }
        }
        if ((outer?.First ?? inner?.First) is { } qualifierFirst) first = qualifierFirst;
        else if (!isRange && QualifierReader.ReadAfter(t, last) is { } postfix)
        {
            qualifierText = postfix.Text;
            kind = postfix.Kind;
            last = postfix.Last;
        }
        if (qualifierText is null)
        {
            // "the past 14 days", "the top 10 cm": a window, which MeasEval and a checker read as a range.
            if (QualifierReader.ReadWindow(t, first, unit is { InSpan: true } w ? w.Unit : null) is { } window && window.First >= floor)
            {
                first = window.First;
                qualifierText = window.Text;
                kind = window.Kind;
            }
            // "an upper limit of 8000 K", "a maximum of 20 years": the bound is named outside the figure.
            else if (QualifierReader.ReadLeading(t, first) is { } leading && leading.First >= floor)
            {
                qualifierText = leading.Text;
                kind = leading.Kind;
            }
        }

        var unitText = number.Currency ?? unit?.Unit;
        DateOnly? when = null;
        if (unit is { InSpan: true } timeUnit && UnitReader.IsTimeUnit(timeUnit.Unit) && t.IsWord(last + 1, "ago") && article is { } a && value is { } v && v is > 0 and < 10000)
        {
            last++;
            when = Ago(a, timeUnit.Unit, v);
        }
        else if (unit is null && number.Currency is null && !number.Spelled && value is { } era && era % 1 == 0 && era is >= 1 and <= 9999
                 && t.Span(number.First).IndexOfAny(",.") < 0 && ReadEra(t, ref first, ref last, floor) is { } eraName)
        {
            // "AD 1850", "300 BC": a year with its era; dates before the common era have no DateOnly.
            if (eraName is "AD" or "CE") when = new DateOnly((int)era, 1, 1);
            else unitText = eraName;
        }
        else if (unit is null && number.Currency is null && !number.Spelled && inner is null && outer is null && !(qualifierText is not null && !isRange)
                 && value is { } y && IsYear(t, number, y))
        {
            when = new DateOnly((int)y, 1, 1);
            // "since 2004": a year that opens a period.
            if (t.IsWord(first - 1, "since") && first - 1 >= floor)
            {
                first--;
                qualifierText = "since";
                kind = QualifierKind.LowerBound;
            }
        }

        var measure = when is null
            ? MeasureReader.Read(t, first, last, unit, number.Currency is not null, floor)
            : MeasureReader.NounPhraseBefore(t, first - 1, floor);
        figure = Build(t, first, last, value, unitText, qualifierText, measure, when, kind);
        next = Math.Max(next, last + 1);
        return true;
    }

    private static string? ReadEra(Tokens t, ref int first, ref int last, int floor)
    {
        if (t.IsWord(last + 1) && t.Str(last + 1) is "BC" or "BCE" or "AD" or "CE")
        {
            last++;
            return t.Str(last);
        }
        if (t.IsWord(first - 1) && t.Str(first - 1) is "AD" && first - 1 >= floor)
        {
            first--;
            return "AD";
        }
        return null;
    }

    private static bool HasNumber(Tokens t, int first, int last)
    {
        for (var k = first; k <= last; k++) if (t.IsNumber(k)) return true;
        return false;
    }

    /// <summary>The qualifiers that bend a figure, as one: "above ∼", "up to at least"; the range word itself excluded.</summary>
    private static QualifierMatch? Bend(QualifierMatch? outer, QualifierMatch? inner, QualifierMatch? rangeWord)
    {
        if (rangeWord is { } r)
        {
            if (outer is { } o && o.First == r.First) outer = null;
            if (inner is { } i && i.First == r.First) { inner = outer; outer = null; }
        }
        if (inner is not { } n) return null;
        if (outer is not { } m) return n;
        return new QualifierMatch(m.First, n.Last, m.Text + " " + n.Text, QualifierReader.Combine(m.Kind, n.Kind));
    }

    // "one" is a pronoun as often as a number: "no one", "one of the", "the one".
    private static bool SpelledFits(Tokens t, NumberMatch n)
    {
        if (n.First != n.Last || n.Value != 1) return true;
        if (t.IsWord(n.First - 1) && t.Lower(n.First - 1) is "no" or "the" or "this" or "that" or "any" or "every" or "each" or "which"
            or "someone" or "anyone" or "is" or "was" or "smaller" or "larger" or "other" or "since" or "if") return false;
        if (t.IsWord(n.Last + 1) && t.Lower(n.Last + 1) is "another" or "by" or "would" or "could" or "can" or "may" or "might" or "must" or "should" or "will") return false;
        if (t.IsAny(n.Last + 1, "'’")) return false;
        // "one of the issues", "one of them": a pronoun picking from a group, not a count.
        if (t.IsWord(n.Last + 1, "of") && t.IsWord(n.Last + 2)
            && t.Lower(n.Last + 2) is "the" or "these" or "those" or "its" or "their" or "our" or "his" or "her" or "my" or "your" or "them" or "us" or "which" or "whom" or "many" or "several")
            return false;
        return true;
    }

    // "3.19 ± 0.10", "5 +/- 2"
    internal static int ReadTolerance(Tokens t, int last)
    {
        if (t.Is(last + 1, '±') && t.IsNumber(last + 2)) return last + 2;
        if (t.Is(last + 1, '+') && t.Adjacent(last + 1) && t.IsNumber(last + 2) && t.Adjacent(last + 2)) return last + 2; // "3.4+0.1"
        if (t.Is(last + 1, '+') && t.Is(last + 2, '/') && t.Is(last + 3, '-') && t.IsNumber(last + 4)) return last + 4;
        return last;
    }

    /// <summary>"10–20", "10 to 20 km", "between 10 and 20", "from $5m to $7m".</summary>
    private static bool TryRange(Tokens t, int last, bool between, out int rangeLast, out UnitMatch? rangeUnit, out QualifierKind secondKind, out string? secondText,
        out string? secondCurrency, out double? secondValue)
    {
        secondCurrency = null;
        secondValue = null;
        rangeLast = last;
        rangeUnit = null;
        secondKind = QualifierKind.None;
        secondText = null;
        var k = last + 1;
        bool dash = t.IsAny(k, Dashes);
        if (!(dash || t.IsWord(k, "to") || t.IsWord(k, "through") || (between && t.IsWord(k, "and")))) return false;
        var second = k + 1;
        // "from 50% to around 80%", "between 5 and ∼7": the second end may be bent too.
        if (!dash && QualifierReader.ReadAt(t, second) is { } bent && !QualifierReader.RangeOnly.Contains(bent.Text))
        {
            secondKind = bent.Kind;
            secondText = bent.Text;
            second = bent.Last + 1;
        }
        else if (t.IsAny(second, "~∼≈<>≤≥")) second++;
        if (t.IsAny(second, "−-") && t.Adjacent(second + 1) && !dash) second++; // "between −2 and −7"
        if (!NumberParser.TryRead(t, second, out var n2)) return false;
        if (dash && n2.Spelled) return false;
        // "2019-20", "10-20" but not "555-0100" (a phone number; "109–1010" with an en dash is a range of
        // flattened powers of ten) or a negative "5 -3".
        if (t.Is(k, '-') && t.IsNumber(last) && t.Span(last).Length == 3 && t.Span(n2.First).Length == 4) return false;
        var last2 = ReadTolerance(t, n2.Last);
        rangeUnit = UnitReader.Read(t, last2, n2.Spelled);
        rangeLast = last2;
        secondCurrency = n2.Currency;
        secondValue = n2.Value;
        return true;
    }

    /// <summary>
    /// A descending (or level) pair of bare whole numbers written as a range is a score or a vote ("219-212",
    /// "3-1", "2-2", "7 to 2"); "2019-20" and "1998–99" are spans of years, and anything with a unit is a range.
    /// </summary>
    private static bool IsTally(Tokens t, NumberMatch first, UnitMatch? unit, UnitMatch? secondUnit, double? second)
    {
        if (first.Value is not { } a || second is not { } b || unit is not null || secondUnit is { InSpan: true } || first.Currency is not null) return false;
        if (a % 1 != 0 || b % 1 != 0 || b > a || a > 10_000) return false;
        return !(t.Span(first.Last).Length == 4 && a >= 1000);
    }

    /// <summary>
    /// Whether two ends measure the same kind of thing: "fell 3.5% to $1.2bn" and "rose 0.25 points to 4.5%"
    /// are a change and a level, not a range; "5 mg to 1 g" and "$5 to $7" are ranges.
    /// </summary>
    private static bool SameKind(string? currency, UnitMatch? unit, string? secondCurrency, UnitMatch? secondUnit)
    {
        var firstKind = KindOfUnit(currency, unit);
        var secondKind = KindOfUnit(secondCurrency, secondUnit);
        return firstKind == 0 || secondKind == 0 || firstKind == secondKind;
    }

    // 0: no unit; 1: per cent; 2: percentage points; 3: money; 4: any other unit.
    private static int KindOfUnit(string? currency, UnitMatch? unit) =>
        currency is not null ? 3
        : unit is not { InSpan: true } u ? 0
        : u.Unit is "%" or "‰" ? 1
        : u.Unit is "percentage points" or "points" ? 2
        : UnitReader.IsMoney(u.Unit) ? 3
        : 4;

    private static bool IsYear(Tokens t, NumberMatch n, double y)
    {
        if (y % 1 != 0 || t.Span(n.Last).Length != 4 || t.Span(n.Last).Contains(',')) return false;
        if (y is >= 1900 and <= 2100) return true;
        return y is >= 1000 and < 1900 && t.IsWord(n.First - 1) && t.Lower(n.First - 1) is "in" or "since" or "until" or "by" or "year";
    }

    private static DateOnly? Ago(DateOnly article, string unit, double amount)
    {
        var n = (int)amount;
        if (n != amount) return null;
        return unit switch
        {
            "days" or "nights" => article.AddDays(-n),
            "weeks" => article.AddDays(-7 * n),
            "months" => article.AddMonths(-n),
            "years" => article.AddYears(-n),
            "decades" when n < 100 => article.AddYears(-10 * n),
            _ => null,
        };
    }

    private static Figure Build(Tokens t, int first, int last, double? value, string? unit, string? qualifier, string? measure, DateOnly? date,
        QualifierKind kind = QualifierKind.None)
    {
        var span = new TextSpan(t[first].Start, t[last].End);
        // Figures outlive the extraction: repeated texts ("on Friday", "homes") share one string.
        return new Figure(t.Share(t.Text.AsSpan(span.Start, span.Length)), span, value, t.Share(unit), t.Share(qualifier), t.Share(measure), date, kind);
    }

    /// <summary>
    /// "a 9% pay rise over two years", "exports fell 18% over five years": "over" after a change names the period it took,
    /// not a bound on the duration ("lasted over two years" still is one).
    /// </summary>
    private static bool IsPeriod(Tokens t, QualifierMatch q, UnitMatch? unit)
    {
        if (q.Text != "over" || unit is not { } u || !DurationUnits.Contains(u.Unit) || q.First < 1) return false;
        var before = q.First - 1;
        if (t.Is(before, '%') || t.IsNumber(before)) return true;
        return t.IsWord(before) && ChangeWords.Contains(t.Str(before));
    }

    private static readonly HashSet<string> DurationUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades", "quarter", "quarters", "hour", "hours",
    };

    private static readonly HashSet<string> ChangeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "rise", "rises", "rose", "risen", "increase", "increases", "increased", "fall", "falls", "fell", "fallen", "decline", "declines",
        "declined", "growth", "grew", "grown", "drop", "drops", "dropped", "cut", "cuts", "spread", "paid", "phased", "repaid", "repay",
        "saving", "savings", "gain", "gains", "gained", "loss", "losses", "lost", "spent", "spending", "investment", "investments",
    };
}
