namespace FactCheck.Core.Extraction.Figures;

/// <summary>
/// Lists that are one figure: "2, 5 and 10 µg", "6 and 13 kg", "4.5 kg, 6 kg and 13 kg", "1997, 2003 and 2008",
/// "9 and 21 trace elements". Not one figure: values that belong to different things ("80% and 81%,
/// respectively", "6,895 men and 3,413 women"), numbers of different kinds ("2019 and 40%", "5 km and 3 h"),
/// a date ("3 and 4 March" stays a date), or numbers joined by commas alone ("Of the 12, 7 were").
/// </summary>
internal static class ListReader
{
    private const int MaxItems = 16;

    // How far "respectively" may follow the list and still pair its values with different things.
    private const int RespectivelyReach = 40;

    /// <param name="first">The list's first number; <paramref name="firstLast"/> its last token with any tolerance.</param>
    /// <param name="firstUnit">The unit read after the first number, if any.</param>
    /// <param name="last">The list's last token.</param>
    /// <param name="unit">The list's unit: the one every item carries, or the one after the last item.</param>
    public static bool TryRead(Tokens t, NumberMatch first, int firstLast, UnitMatch? firstUnit, out int last, out UnitMatch? unit)
    {
        last = firstLast;
        unit = firstUnit;
        // A counted noun belongs to its own number; spelled and money lists are rare and ambiguous ("one or two").
        if (firstUnit is { InSpan: false } || first.Spelled || first.Currency is not null || first.Value is null) return false;
        var afterFirst = firstUnit is { InSpan: true } fu ? fu.Last + 1 : firstLast + 1;
        if (t.IsWord(afterFirst, "vs") || t.IsWord(afterFirst, "versus")) return false;
        var everyItemHasUnit = firstUnit is { InSpan: true };
        var year = IsYearLike(t, first.First, first.Last, first.Value.Value, firstUnit);
        var k = afterFirst;
        for (var items = 1; items < MaxItems; items++)
        {
            var s = k;
            var comma = t.Is(s, ',');
            if (comma) s++;
            var conjunction = t.IsWord(s, "and") || t.IsWord(s, "or");
            if (conjunction) s++;
            if (!comma && !conjunction) break;
            if (conjunction && everyItemHasUnit && t.IsWord(s, "the")) s++; // "1.5 mm and the 8.5 mm beaches"
            if (t.IsAny(s, "−-") && t.Adjacent(s + 1) && !t.Adjacent(s)) s++; // "−2, −5 and −7 °C"
            if (!t.IsNumber(s) || DateResolver.TryRead(t, s, null, out _)) break;
            if (!NumberParser.TryRead(t, s, out var item) || item.Spelled || item.Currency is not null || item.Value is null) break;
            var itemLast = FigureReader.ReadTolerance(t, item.Last);
            var itemUnit = UnitReader.Read(t, itemLast, false);
            // Years go with years: "in 2019 and 40%" is two figures, "at 1180 and 1980 mm" one.
            if (itemUnit is null ? IsYearLike(t, item.First, item.Last, item.Value.Value, null) != year : year && IsRecentYear(first.Value.Value)) break;
            // "82.9% vs. 57.1%": a comparison, not a list.
            if (t.IsWord(itemLast + 1, "vs") || t.IsWord(itemLast + 1, "versus") || itemUnit is { InSpan: true } vu && (t.IsWord(vu.Last + 1, "vs") || t.IsWord(vu.Last + 1, "versus"))) break;
            // Letters glued to the number make it a label: "Figs. 2 and S3", "3a and 3b".
            if (t.IsWord(itemLast + 1) && t.Adjacent(itemLast + 1) && itemUnit is null) break;
            if (everyItemHasUnit)
            {
                // "4.5 kg, 6 kg and 13 kg": the same unit on every item.
                if (itemUnit is not { InSpan: true } same || same.Unit != firstUnit!.Value.Unit) break;
                if (conjunction) return Finish(t, same.Last, same, ref last, ref unit);
                k = same.Last + 1;
            }
            else if (itemUnit is { } closing)
            {
                // "6 and 13 kg", "9 and 21 trace elements": a unit after the last item is every item's; a
                // counted noun stays outside the span as it does for a single number.
                if (!conjunction) break;
                return Finish(t, closing.InSpan ? closing.Last : itemLast, closing, ref last, ref unit);
            }
            else
            {
                if (conjunction) return Finish(t, itemLast, null, ref last, ref unit);
                k = itemLast + 1;
            }
        }
        // Only a list that ends with "and" or "or" is one ("1, 5, 10, 20 and 50 μg/L"): commas alone join
        // numbers that belong apart ("Of the 12, 7 were").
        return false;
    }

    private static bool Finish(Tokens t, int end, UnitMatch? endUnit, ref int last, ref UnitMatch? unit)
    {
        if (Respectively(t, end)) return false;
        last = end;
        unit = endUnit;
        return true;
    }

    // "5 and 7 kg, respectively": each value belongs to its own thing.
    private static bool Respectively(Tokens t, int end)
    {
        for (var k = end + 1; k < t.Count && k <= end + RespectivelyReach; k++)
        {
            // A full stop ends the sentence unless an abbreviation's ("vs. 0%", "e.g.").
            if (t.Is(k, ';') || t.Is(k, '.') && (k + 1 >= t.Count || t.IsCapitalised(k + 1))) return false;
            if (t.IsWord(k, "respectively") || t.IsWord(k, "respective")) return true;
        }
        return false;
    }

    private static bool IsRecentYear(double value) => value is >= 1800 and <= 2100;

    private static bool IsYearLike(Tokens t, int first, int last, double value, UnitMatch? unit) =>
        first == last && unit is null && t.Span(last).Length == 4 && value % 1 == 0 && value is >= 1000 and <= 2100;
}
