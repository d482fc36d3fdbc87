namespace FactCheck.Core.Extraction.Figures;

/// <summary>Where a figure written with more than one number ends, and the unit it ends with.</summary>
internal readonly record struct Extension(int Last, UnitMatch? Unit);

/// <summary>
/// Figures written with more than one number: ratios ("a 93:7 mixture"), fractions ("1/2"), proportions
/// ("four out of nine runs") and dimensions ("a 3 × 3 mm window"). Lists and ranges have readers of their own.
/// </summary>
internal static class CompoundReader
{
    /// <summary>"four out of nine runs", "3 out of 10", "one in five adults" (small whole numbers, the second larger).</summary>
    public static Extension? ReadOutOf(Tokens t, NumberMatch n, UnitMatch? unit)
    {
        if (unit is not null || n.Currency is not null || n.Value is not { } part || part % 1 != 0) return null;
        int second;
        if (t.IsWord(n.Last + 1, "out") && t.IsWord(n.Last + 2, "of")) second = n.Last + 3;
        else if (t.IsWord(n.Last + 1, "in")) second = n.Last + 2;
        else return null;
        if (!NumberParser.TryRead(t, second, out var whole) || whole.Currency is not null || whole.Value is not { } of || of % 1 != 0 || of <= part) return null;
        // "in" is a preposition far more often: "2 in 2019", "3 in 10 minutes".
        if (second == n.Last + 2 && (of > 100 || !whole.Spelled && t.Span(whole.Last).Length == 4)) return null;
        var counted = UnitReader.Read(t, whole.Last, whole.Spelled);
        if (second == n.Last + 2 && counted is { InSpan: true }) return null;
        return counted is { } c ? new Extension(c.Last, c with { InSpan = true }) : new Extension(whole.Last, null);
    }

    /// <summary>"3 × 3 mm", "3 mm × 5 mm", "60 × 10 × 3 mm3", "2 x 4 m": the last term's unit is every term's.</summary>
    public static Extension? ReadDimensions(Tokens t, int lastNumber, UnitMatch? unit)
    {
        // "3×3 mm": a "×" written against the first number reads as the unit "×" ("12×" magnification).
        var k = unit is { Unit: "×" } times ? times.Last : unit is { InSpan: true } u ? u.Last + 1 : lastNumber + 1;
        var firstHasUnit = unit is { InSpan: true } and not { Unit: "×" };
        var sign = false;
        Extension? found = null;
        for (var terms = 0; terms < 3; terms++)
        {
            var symbol = t.IsAny(k, "×✕");
            if (!(symbol || t.IsWord(k, "x") || t.IsWord(k, "X")) || !NumberParser.TryRead(t, k + 1, out var term) || term.Spelled || term.Currency is not null) break;
            sign |= symbol;
            var termLast = FigureReader.ReadTolerance(t, term.Last);
            var termUnit = UnitReader.Read(t, termLast, false);
            if (termUnit is { Unit: "×" } && t.IsNumber(termUnit.Value.Last + 1))
            {
                found = new Extension(termLast, null); // "3×3×3 mm": another term follows
                k = termUnit.Value.Last;
                continue;
            }
            if (firstHasUnit && termUnit is not { InSpan: true }) break;
            if (termUnit is { InSpan: true } tu)
            {
                found = new Extension(tu.Last, tu);
                if (!firstHasUnit) break; // the unit closes "3 × 3 mm"
                k = tu.Last + 1;
            }
            else
            {
                found = new Extension(termLast, termUnit);
                k = termLast + 1;
            }
        }
        // Without a unit, "3 x 4" is as likely a product or a score: only the multiplication sign makes it dimensions.
        return found is { } f && (f.Unit is { InSpan: true } || sign) ? f : null;
    }

    /// <summary>"1/2", "3/4 of the land", "1/100th": a proper fraction of whole numbers, one figure.</summary>
    public static bool ReadFraction(Tokens t, NumberMatch n, out int last, out double divisor)
    {
        last = -1;
        divisor = 1;
        var slash = n.Last + 1;
        if (n.Spelled || n.Currency is not null || n.First != n.Last || n.Value is not { } top || top % 1 != 0 || !t.Is(slash, '/') || !t.Adjacent(slash)
            || !t.IsNumber(slash + 1) || !t.Adjacent(slash + 1) || t.Is(slash + 2, '/') || t.Is(n.First - 1, '/')) return false;
        if (!NumberParser.TryDigits(t, slash + 1, out var bottom) || bottom % 1 != 0 || bottom <= top || bottom > 1000) return false;
        last = slash + 1;
        // "1/100th"
        if (t.IsWord(last + 1) && t.Adjacent(last + 1) && t.Str(last + 1) is "th" or "st" or "nd" or "rd") last++;
        else if (t.IsWord(last + 1) && t.Adjacent(last + 1)) { last = -1; return false; } // "22/10a" is a label
        // "on 9/11", "since 3/4": a day written the American way, not a fraction.
        else if (top <= 12 && bottom <= 31 && t.IsWord(n.First - 1) && t.Lower(n.First - 1) is "on" or "since" or "until" or "till" or "before" or "after" or "by" or "from")
        {
            last = -1;
            return false;
        }
        divisor = bottom;
        return true;
    }

    private static readonly HashSet<string> RatioWords = new(StringComparer.OrdinalIgnoreCase) { "ratio", "ratios", "slope", "dilution", "proportion", "mixture", "gradient", "scale" };

    /// <summary>
    /// The last token of "93:7" or "1:50,000", or -1. "10:30" reads as a clock time unless a ratio word
    /// stands near ("a slope of 1:10", "the 1:10 slope"); "01:25:40" is always a time.
    /// </summary>
    public static int ReadRatio(Tokens t, NumberMatch n, out double divisor)
    {
        divisor = 1;
        var colon = n.Last + 1;
        if (n.Spelled || n.Currency is not null || n.First != n.Last || n.Value is not { } left || !t.Is(colon, ':') || !t.Adjacent(colon)
            || !t.IsNumber(colon + 1) || !t.Adjacent(colon + 1) || t.Is(colon + 2, ':') || t.Is(n.First - 1, ':')) return -1;
        if (!NumberParser.TryDigits(t, colon + 1, out var right) || right == 0) return -1;
        var clockLike = left % 1 == 0 && left <= 24 && t.Span(colon + 1).Length == 2 && right < 60;
        if (clockLike)
        {
            var ratioWord = false;
            // "a slope of 1:10", "the slope of the beach was 1:10", "the 1:10 slope"
            for (var k = n.First - 1; k >= 0 && k >= n.First - 6 && !ratioWord; k--) ratioWord = t.IsWord(k) && RatioWords.Contains(t.Str(k));
            for (var k = colon + 2; k < t.Count && k <= colon + 3 && !ratioWord; k++) ratioWord = t.IsWord(k) && RatioWords.Contains(t.Str(k));
            if (!ratioWord) return -1;
        }
        divisor = right;
        return colon + 1;
    }
}
