using System.Globalization;

namespace FactCheck.Core.Extraction.Figures;

/// <summary>A number at tokens [First..Last]: digits, words, a currency prefix and a scale ("$4.5bn").</summary>
internal readonly record struct NumberMatch(int First, int Last, double? Value, string? Currency, bool Spelled);

/// <summary>Reads one number: "1,204", "1.7 million", "$4.5bn", "twenty-three", "a dozen", "half", "hundreds".</summary>
internal static class NumberParser
{
    private static readonly HashSet<string> FractionLeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "a", "an", "their", "its", "his", "her", "our", "all", "that", "this", "those", "these",
    };

    // Words before "half"/"a third" that make it a quantity even without "of" ("more than half").
    private static readonly HashSet<string> FractionQualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "than", "nearly", "almost", "about", "around", "over", "under", "roughly", "some", "least", "just", "only", "by",
    };

    public static bool TryRead(Tokens t, int i, out NumberMatch match)
    {
        match = default;
        if (i >= t.Count) return false;
        var currency = UnitReader.CurrencyPrefix(t, i, out var next);
        var first = i;
        if (currency is null) next = i;
        else if (!t.IsNumber(next) && !t.IsWord(next)) return false;

        double? value;
        int last;
        var spelled = false;
        if (t.IsNumber(next))
        {
            if (!TryDigits(t, next, out var v)) return false;
            value = v;
            last = next;
            // "10−4" with a true minus sign is a power of ten flattened by copying; "10-4" stays a range.
            if (t.Span(next) is "10" && t.IsAny(next + 1, "−⁻") && t.Adjacent(next + 1) && t.IsNumber(next + 2) && t.Adjacent(next + 2)
                && t.Span(next + 2).Length <= 2 && int.TryParse(t.Span(next + 2), out var power))
            {
                value = Math.Pow(10, -power);
                last = next + 2;
            }
        }
        else if (TryWords(t, next, out last, out value))
            spelled = true;
        else
            return false;

        // A scale word or suffix: "1.7 million", "$4.5bn", "€3m" (bare "m" only next to a currency).
        if (t.IsWord(last + 1))
        {
            var word = t.Str(last + 1);
            if (NumberWords.Scales.TryGetValue(word, out var scale) && !(spelled && scale < 1e3))
            {
                value *= scale;
                last++;
            }
            else if (t.Adjacent(last + 1) && NumberWords.ShortScales.TryGetValue(word, out scale)
                     && (currency is not null || word is "bn" or "mn" or "mln" or "tn" or "trn") && !t.IsWord(last + 2, "of"))
            {
                value *= scale;
                last++;
            }
        }
        last = ReadPowerOfTen(t, last, ref value);
        match = new NumberMatch(first, last, value, currency, spelled);
        return true;
    }

    public static bool TryDigits(Tokens t, int i, out double value)
    {
        value = 0;
        var s = t.Span(i);
        if (s.Length > Tokens.MaxNumberLength) return false;
        var dot = s.IndexOf('.');
        if (dot >= 0 && s[(dot + 1)..].IndexOf('.') >= 0) return false; // "1.2.3" is a version, not a figure
        if (s.ContainsAny('\u00A0', '\u202F', '\u2009') && s.Contains(',')) return false;
        var comma = s.IndexOf(',');
        if (comma >= 0)
        {
            // Only thousands separators: "10,308"; "1,2" is a list or a European decimal.
            var intPart = dot >= 0 ? s[..dot] : s;
            if (comma == 0 || comma > 3) return false;
            for (var k = comma; k < intPart.Length; k += 4)
                if (intPart[k] != ',' || k + 4 > intPart.Length || intPart.Slice(k + 1, 3).Contains(',')) return false;
            if (dot >= 0 && s[dot..].Contains(',')) return false;
        }
        Span<char> buffer = stackalloc char[Tokens.MaxNumberLength + 1];
        var n = 0;
        if (s[0] == '.') buffer[n++] = '0';
        foreach (var c in s)
            if (c != ',' && !Tokens.IsGroupSpace(c)) buffer[n++] = c;
        return double.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryWords(Tokens t, int i, out int last, out double? value)
    {
        last = i;
        value = null;
        if (!t.IsWord(i)) return false;
        var w = t.Str(i);

        if (NumberWords.VaguePlurals.Contains(w) && t.IsWord(i + 1, "of"))
            return true; // "hundreds of": a magnitude with no single value
        if (w.Equals("tens", StringComparison.OrdinalIgnoreCase) && t.IsWord(i + 1, "of") && t.IsWord(i + 2) && NumberWords.VaguePlurals.Contains(t.Str(i + 2)))
        {
            last = i + 2;
            return true; // "tens of thousands"
        }

        if (NumberWords.Fractions.TryGetValue(w, out var fraction) && w.StartsWith("half", StringComparison.OrdinalIgnoreCase))
        {
            if (!FractionFits(t, i, i)) return false;
            value = fraction;
            return true;
        }

        var start = i;
        if ((w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase)) && t.IsWord(i + 1))
        {
            var nextWord = t.Str(i + 1);
            if (NumberWords.Fractions.TryGetValue(nextWord, out fraction) && !nextWord.EndsWith('s') && FractionFits(t, i, i + 1))
            {
                last = i + 1;
                value = fraction;
                return true;
            }
            if (!NumberWords.Scales.ContainsKey(nextWord) && !nextWord.Equals("dozen", StringComparison.OrdinalIgnoreCase)) return false;
            start = i + 1; // "a hundred", "a dozen"
        }

        double total = 0, current = 0;
        var any = false;
        var k = start;
        while (k < t.Count && t.IsWord(k))
        {
            var word = t.Str(k);
            if (NumberWords.Small.TryGetValue(word, out var small) && !SeenUnitsAfterTens(any, current))
                current += small;
            else if (NumberWords.Tens.TryGetValue(word, out var tens) && current % 100 == 0)
            {
                current += tens;
                // "twenty-three"
                if (t.Is(k + 1, '-') && t.Adjacent(k + 1) && t.Adjacent(k + 2) && t.IsWord(k + 2)
                    && NumberWords.Small.TryGetValue(t.Str(k + 2), out var unit) && unit is > 0 and < 10)
                {
                    current += unit;
                    k += 2;
                }
            }
            else if (word.Equals("dozen", StringComparison.OrdinalIgnoreCase))
                current = Math.Max(current, 1) * 12;
            else if (word.Equals("hundred", StringComparison.OrdinalIgnoreCase))
                current = Math.Max(current, 1) * 100;
            else if (NumberWords.Scales.TryGetValue(word, out var scale))
            {
                total += Math.Max(current, 1) * scale;
                current = 0;
            }
            else if (any && word.Equals("and", StringComparison.OrdinalIgnoreCase) && (total + current) >= 100
                     && t.IsWord(k + 1) && (NumberWords.Small.ContainsKey(t.Str(k + 1)) || NumberWords.Tens.ContainsKey(t.Str(k + 1))))
            {
                k++;
                continue; // "one hundred and five"
            }
            else break;
            any = true;
            last = k;
            k++;
        }
        if (!any) return false;
        value = total + current;

        // "two-thirds", "three quarters"
        var f = last + 1;
        if (t.Is(f, '-') && t.Adjacent(f) && t.Adjacent(f + 1)) f++;
        if (t.IsWord(f) && NumberWords.Fractions.TryGetValue(t.Str(f), out fraction) && !t.Str(f).StartsWith("half", StringComparison.OrdinalIgnoreCase) && value is > 0 and < 10)
        {
            value *= fraction;
            last = f;
        }
        return true;
    }

    // "twenty three" is fine, "three three" is not one number.
    private static bool SeenUnitsAfterTens(bool any, double current) => any && current % 10 != 0;

    private static bool FractionFits(Tokens t, int first, int last) =>
        (t.IsWord(last + 1) && FractionLeads.Contains(t.Str(last + 1)))
        || (t.IsWord(first - 1) && FractionQualifiers.Contains(t.Str(first - 1)));

    /// <summary>"6 × 10^6", "6 × 106" (a superscript flattened by PDF copy), "1.5 × 10−3".</summary>
    private static int ReadPowerOfTen(Tokens t, int last, ref double? value)
    {
        var x = last + 1;
        if (!(t.IsAny(x, "×xX*") || t.IsWord(x, "x"))) return last;
        var ten = x + 1;
        if (!t.IsNumber(ten)) return last;
        var s = t.Span(ten);
        if (!s.StartsWith("10")) return last;
        if (s.Length == 2)
        {
            var e = ten + 1;
            if (t.Is(e, '^') && t.Adjacent(e)) e++;
            var negative = false;
            if (t.IsAny(e, "−-⁻") && t.Adjacent(e)) { negative = true; e++; }
            if (t.IsNumber(e) && t.Adjacent(e) && t.Span(e).Length <= 3 && int.TryParse(t.Span(e), out var exp))
            {
                value *= Math.Pow(10, negative ? -exp : exp);
                return e;
            }
            // A bare "× 10" before another "×" or a unit is a dimension ("60 × 10 × 3 mm", "3 × 10 cm"), not a power.
            if (t.IsAny(ten + 1, "×xX") || t.IsWord(ten + 1, "x") || UnitReader.Read(t, ten, false) is { InSpan: true }) return last;
            value *= 10;
            return ten;
        }
        if (s.Length <= 4 && int.TryParse(s[2..], out var flattened))
        {
            value *= Math.Pow(10, flattened);
            return ten;
        }
        return last;
    }
}
