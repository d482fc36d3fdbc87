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
            figure = Build(t, date.First, date.Last, date.Value, null, null, MeasureReader.NounPhraseBefore(t, date.First - 1, floor), date.Date);
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

        var lastNumber = ReadTolerance(t, number.Last);
        var unit = UnitReader.Read(t, lastNumber, number.Spelled);
        // A spelled number glued to a word that is no unit is an adjective: "one-dimensional", "two-species".
        if (number.Spelled && unit is null && t.IsAny(lastNumber + 1, "-‐") && t.Adjacent(lastNumber + 1) && t.IsWord(lastNumber + 2)) return false;

        var qualifier = QualifierReader.ReadBefore(t, first);
        var last = unit is { InSpan: true } u ? u.Last : lastNumber;
        string? qualifierText = qualifier?.Text;

        var isRange = TryRange(t, last, qualifier, out var rangeLast, out var rangeUnit);
        // Judged with the range's unit: "Mars 1–2 Ga" is a figure, "Route 66" is not.
        if (IdentifierFilter.IsIdentifier(t, number.First, number.Last,
                unit is { InSpan: true } || rangeUnit is { InSpan: true } && isRange || number.Currency is not null, unit is { InSpan: false }))
        {
            if (isRange) next = rangeLast + 1; // and not its partner "68" in "Route 66-68" either
            return false;
        }
        if (isRange)
        {
            last = rangeUnit is { InSpan: true } ru ? ru.Last : rangeLast;
            unit = rangeUnit ?? unit;
            if (qualifier is { Kind: QualifierKind.Approximate } approximate) qualifierText = approximate.Text + ", between";
            qualifierText ??= "between";
        }
        else if (qualifier is { } q && QualifierReader.RangeOnly.Contains(q.Text))
        {
            qualifier = null;
            qualifierText = null;
        }
        if (qualifier is { } qq) first = qq.First;
        else if (QualifierReader.ReadAfter(t, last) is { } postfix)
        {
            qualifierText = postfix.Text;
            last = postfix.Last;
        }

        var unitText = number.Currency ?? unit?.Unit;
        DateOnly? when = null;
        if (unit is { InSpan: true } timeUnit && UnitReader.IsTimeUnit(timeUnit.Unit) && t.IsWord(last + 1, "ago") && article is { } a && value is { } v && v is > 0 and < 10000)
        {
            last++;
            when = Ago(a, timeUnit.Unit, v);
        }
        else if (unit is null && number.Currency is null && !number.Spelled && qualifier is null && value is { } y && IsYear(t, number, y))
            when = new DateOnly((int)y, 1, 1);

        var measure = when is null
            ? MeasureReader.Read(t, first, last, unit, number.Currency is not null, floor)
            : MeasureReader.NounPhraseBefore(t, first - 1, floor);
        figure = Build(t, first, last, value, unitText, qualifierText, measure, when);
        next = Math.Max(next, last + 1);
        return true;
    }

    // "one" is a pronoun as often as a number: "no one", "one of the", "the one".
    private static bool SpelledFits(Tokens t, NumberMatch n)
    {
        if (n.First != n.Last || n.Value != 1) return true;
        if (t.IsWord(n.First - 1) && t.Lower(n.First - 1) is "no" or "the" or "this" or "that" or "any" or "every" or "each" or "which"
            or "someone" or "anyone" or "is" or "was" or "smaller" or "larger" or "other" or "since" or "if") return false;
        if (t.IsWord(n.Last + 1) && t.Lower(n.Last + 1) is "another" or "by" or "would" or "could" or "can" or "may" or "might" or "must" or "should" or "will") return false;
        if (t.IsAny(n.Last + 1, "'’")) return false;
        return true;
    }

    // "3.19 ± 0.10", "5 +/- 2"
    private static int ReadTolerance(Tokens t, int last)
    {
        if (t.Is(last + 1, '±') && t.IsNumber(last + 2)) return last + 2;
        if (t.Is(last + 1, '+') && t.Adjacent(last + 1) && t.IsNumber(last + 2) && t.Adjacent(last + 2)) return last + 2; // "3.4+0.1"
        if (t.Is(last + 1, '+') && t.Is(last + 2, '/') && t.Is(last + 3, '-') && t.IsNumber(last + 4)) return last + 4;
        return last;
    }

    /// <summary>"10–20", "10 to 20 km", "between 10 and 20", "from $5m to $7m".</summary>
    private static bool TryRange(Tokens t, int last, QualifierMatch? qualifier, out int rangeLast, out UnitMatch? rangeUnit)
    {
        rangeLast = last;
        rangeUnit = null;
        var k = last + 1;
        var between = qualifier is { } q && q.Text == "between";
        bool dash = t.IsAny(k, Dashes);
        if (!(dash || t.IsWord(k, "to") || t.IsWord(k, "through") || (between && t.IsWord(k, "and")))) return false;
        var second = k + 1;
        if (t.IsAny(second, "~∼≈<>≤≥")) second++;
        if (t.IsAny(second, "−-") && t.Adjacent(second + 1) && !dash) second++; // "between −2 and −7"
        if (!NumberParser.TryRead(t, second, out var n2)) return false;
        if (dash && n2.Spelled) return false;
        // "2019-20", "10-20" but not "555-0100" (a phone number) or a negative "5 -3".
        if (dash && t.IsNumber(last) && t.Span(last).Length == 3 && t.Span(n2.First).Length == 4) return false;
        var last2 = ReadTolerance(t, n2.Last);
        rangeUnit = UnitReader.Read(t, last2, n2.Spelled);
        rangeLast = last2;
        return true;
    }

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

    private static Figure Build(Tokens t, int first, int last, double? value, string? unit, string? qualifier, string? measure, DateOnly? date)
    {
        var span = new TextSpan(t[first].Start, t[last].End);
        // Figures outlive the extraction: repeated texts ("on Friday", "homes") share one string.
        return new Figure(t.Share(t.Text.AsSpan(span.Start, span.Length)), span, value, t.Share(unit), t.Share(qualifier), t.Share(measure), date);
    }
}
