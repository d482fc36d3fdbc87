namespace FactCheck.Core.Extraction.Figures;

/// <summary>
/// The unit after a number. <see cref="InSpan"/> is false for count nouns ("1,204 homes"): the
/// figure is the number, the noun says what is counted (MeasEval annotates "two" in "two clusters").
/// </summary>
internal readonly record struct UnitMatch(int Last, string Unit, bool InSpan);

internal static partial class UnitReader
{

    public static bool IsTimeUnit(string unit) => TimeUnits.Contains(unit);

    public static bool IsLengthUnit(string unit) => LengthUnits.Contains(unit);

    /// <summary>A unit that is money: an ISO code ("USD") or what a currency word reads as ("USD cents").</summary>
    public static bool IsMoney(string unit) => CurrencyCodes.Contains(unit) || MoneyUnits.Contains(unit);

    /// <summary>A currency before a number: "$", "US$", "€", "USD ". Returns the ISO code and the number's token.</summary>
    public static string? CurrencyPrefix(Tokens t, int i, out int next)
    {
        next = i + 1;
        if (t.IsWord(i))
        {
            var w = t.Str(i);
            if (w is "US" or "A" or "C" or "NZ" or "HK" or "S" && t.Is(i + 1, '$') && t.Adjacent(i + 1))
            {
                next = i + 2;
                return w switch { "US" => "USD", "A" => "AUD", "C" => "CAD", "NZ" => "NZD", "HK" => "HKD", _ => "SGD" };
            }
            if (CurrencyCodes.Contains(w) && t.IsNumber(i + 1)) return w;
            if (w == "Rs" && (t.IsNumber(i + 1) || (t.Is(i + 1, '.') && t.IsNumber(i + 2))))
            {
                if (t.Is(i + 1, '.')) next = i + 2;
                return "INR";
            }
            return null;
        }
        if (i < t.Count && t[i].Kind == TokenKind.Symbol && CurrencySymbols.TryGetValue(t.Str(i), out var code)) return code;
        return null;
    }

    public static UnitMatch? Read(Tokens t, int last, bool spelled)
    {
        var k = last + 1;
        if (k >= t.Count) return null;

        // "eight-year", "51-bp", "10-fold", "5-year-old"; after digits any word: "30-item", "12-storey".
        if (t.IsAny(k, "-‐") && t.Adjacent(k) && t.Adjacent(k + 1) && t.IsWord(k + 1))
        {
            var w = t.Str(k + 1);
            if (Words.TryGetValue(w, out var unit) || Symbols.Contains(w) || (!spelled && char.IsLower(w[0])))
            {
                var end = k + 1;
                if (t.Is(end + 1, '-') && t.IsWord(end + 2, "old") && t.Adjacent(end + 2)) end += 2;
                return new UnitMatch(end, unit ?? w, true);
            }
            return null;
        }

        if (t.IsAny(k, "%‰"))
        {
            var end = k;
            return new UnitMatch(end, t.Str(k), true);
        }
        if (t.IsAny(k, "×") && t.Adjacent(k)) return new UnitMatch(k, "×", true);

        if (t.Is(k, '°'))
        {
            if (t.IsNumber(k + 1) && t.Adjacent(k + 1)) return new UnitMatch(Coordinate(t, k + 1), "°", true);
            if (t.IsWord(k + 1) && t.Adjacent(k + 1) && t.Span(k + 1).Length == 1 && "CFNSEW".Contains(t.Text[t[k + 1].Start]))
            {
                var end = ReadRate(t, k + 1); // "4 °C/min"
                return new UnitMatch(end, t.Text[t[k].Start..t[end].End], true);
            }
            return new UnitMatch(k, "°", true);
        }

        if (!t.IsWord(k)) return null;
        var word = t.Str(k);
        // "25 per mm", "3 per cent" is handled below: a bare rate.
        if (word == "per" && !t.IsWord(k + 1, "cent") && t.IsWord(k + 1) && (Symbols.Contains(t.Str(k + 1)) || Words.ContainsKey(t.Str(k + 1))))
            return new UnitMatch(k + 1, "per " + t.Str(k + 1), true);

        // "wt.%", "wt%", "vol%", "at.%"
        if (word is "wt" or "vol" or "at" or "mol")
        {
            var p = k + 1;
            if (t.Is(p, '.') && t.Adjacent(p)) p++;
            if (t.Is(p, '%') && t.Adjacent(p)) return new UnitMatch(p, t.Text[t[k].Start..t[p].End], true);
        }
        if (word.Equals("per", StringComparison.OrdinalIgnoreCase) && t.IsWord(k + 1, "cent")) return new UnitMatch(k + 1, "%", true);
        if (word.Equals("percentage", StringComparison.OrdinalIgnoreCase) && t.IsWord(k + 1, "points")) return new UnitMatch(k + 1, "percentage points", true);
        if (word.Equals("orders", StringComparison.OrdinalIgnoreCase) && t.IsWord(k + 1, "of") && t.IsWord(k + 2, "magnitude"))
            return new UnitMatch(k + 2, "orders of magnitude", true);
        if (word.Equals("square", StringComparison.OrdinalIgnoreCase) && t.IsWord(k + 1) && Words.TryGetValue(t.Str(k + 1), out var sq))
            return new UnitMatch(k + 1, "square " + sq, true);
        if (word.Equals("light", StringComparison.OrdinalIgnoreCase) && t.IsWord(k + 1, "years")) return new UnitMatch(k + 1, "light years", true);
        if (CurrencyWords.TryGetValue(word, out var currency)) return new UnitMatch(k, currency, true);
        if (CurrencyCodes.Contains(word) && !t.Adjacent(k)) return new UnitMatch(k, word, true);

        if (Words.TryGetValue(word, out var named))
        {
            var end = k;
            if (named == "years" && t.IsWord(k + 1, "old")) end = k + 1;
            return new UnitMatch(ReadPer(t, end), named, true);
        }
        if (IsPrefixedUnitWord(word)) return new UnitMatch(ReadPer(t, k), t.Lower(k), true);
        if (Symbols.Contains(word) && (SymbolFits(t, k, word) || IsRate(t, k)))
        {
            var end = ReadCompound(t, k);
            return new UnitMatch(end, t.Text[t[k].Start..t[end].End], true);
        }
        // "hit 45C", "a high of 113F": news writes temperatures without the degree sign.
        if (word is "C" or "F" && t.Adjacent(k) && TemperatureNear(t, k)) return new UnitMatch(k, "°" + word, true);
        if (t.Adjacent(k)) return null; // "3a", "4R": a label, not a unit
        return CountNoun(t, k);
    }

    /// <summary>
    /// A unit written out with or without an SI prefix and in the plural: "megadalton", "kilojoules",
    /// "nanometres", "daltons", "microsieverts".
    /// </summary>
    public static bool IsPrefixedUnitWord(string word)
    {
        if (word.Length < 3 || !char.IsLower(word[0])) return false;
        var w = word.AsSpan();
        var prefixed = false;
        foreach (var prefix in SiPrefixes)
            if (w.StartsWith(prefix, StringComparison.Ordinal) && w.Length > prefix.Length) { w = w[prefix.Length..]; prefixed = true; break; }
        var lookup = BaseUnitWords.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.Contains(w) && !(w.Length > 3 && w[^1] == 's' && lookup.Contains(w = w[..^1]))) return false;
        // "5 bars", "3 moles", "2 bits" are things counted unless a prefix makes them units.
        return prefixed || !AmbiguousUnitWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);
    }

    private static readonly HashSet<string> TemperatureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "temperature", "temperatures", "temp", "temps", "degrees", "heat", "heatwave", "hot", "hotter", "hottest", "cold", "colder", "warm", "warmer",
        "high", "highs", "low", "lows", "thermometer", "thermometers", "mercury", "fever", "oven", "freezing",
    };

    private static bool TemperatureNear(Tokens t, int k)
    {
        for (var i = k - 2; i >= 0 && i >= k - 7; i--)
            if (t.IsWord(i) && TemperatureWords.Contains(t.Str(i))) return true;
        return false;
    }

    // Spaced single letters are often words or variables ("5 s" yes, "in 5 a" no); symbols that
    // are also English words ("in", "at", "pm") count only when written against the number.
    private static bool SymbolFits(Tokens t, int k, string word) =>
        t.Adjacent(k) || word is not ("in" or "at" or "pm" or "pc" or "R" or "U" or "M" or "N" or "l" or "wt" or "vol" or "rad" or "kn" or "ly" or "mi" or "t" or "ft" or "yd");

    /// <summary>The rest of "57°44’8.47”N" from the minutes on.</summary>
    private static int Coordinate(Tokens t, int k)
    {
        var end = k;
        if (t.IsAny(end + 1, "'’′")) end++;
        if (t.IsNumber(end + 1) && t.Adjacent(end + 1)) end++;
        if (t.IsAny(end + 1, "\"”″") || (t.IsAny(end + 1, "'’′") && t.IsAny(end + 2, "'’′"))) end = t.IsAny(end + 2, "'’′") ? end + 2 : end + 1;
        if (t.IsWord(end + 1) && t.Adjacent(end + 1) && t.Span(end + 1).Length == 1 && "NSEW".Contains(t.Text[t[end + 1].Start])) end++;
        return end;
    }

    /// <summary>"km s−1", "mg/L", "W m−2", "m2 g−1", "Mg ha−1 year−1".</summary>
    private static int ReadCompound(Tokens t, int k)
    {
        var end = ReadExponent(t, k);
        for (var guard = 0; guard < 4; guard++)
        {
            var n = end + 1;
            if (t.Is(n, '/') && t.Adjacent(n) && t.IsWord(n + 1) && t.Adjacent(n + 1)
                && (Symbols.Contains(t.Str(n + 1)) || Words.ContainsKey(t.Str(n + 1))))
            {
                end = ReadExponent(t, n + 1);
                continue;
            }
            if (t.IsWord(n) && (Symbols.Contains(t.Str(n)) || Words.ContainsKey(t.Str(n))))
            {
                var e = ReadExponent(t, n);
                if (e > n) { end = e; continue; } // a spaced unit joins only with its exponent
            }
            break;
        }
        return ReadPer(t, end);
    }

    private static int ReadExponent(Tokens t, int k)
    {
        var n = k + 1;
        if (t.IsAny(n, "²³¹")) return n;
        var sign = t.IsAny(n, "−-⁻") && t.Adjacent(n);
        var d = sign ? n + 1 : n;
        if (sign && t.Is(d, ' ')) d++;
        if (t.IsNumber(d) && t.Adjacent(d) && t.Span(d).Length == 1) return d;
        if (sign && t.IsNumber(d + 0) && t.Span(d).Length == 1 && t[d].Start - t[n].End <= 1) return d; // "mA g− 1"
        return k;
    }

    /// <summary>True when token <paramref name="k"/> is followed by "/unit" or "per unit": "U/ml", "stems/ha", "pairs per mm".</summary>
    private static bool IsRate(Tokens t, int k) => ReadRate(t, k) > k;

    private static int ReadRate(Tokens t, int k)
    {
        if (t.Is(k + 1, '/') && t.Adjacent(k + 1) && t.IsWord(k + 2) && t.Adjacent(k + 2) && (Symbols.Contains(t.Str(k + 2)) || Words.ContainsKey(t.Str(k + 2))))
            return ReadExponent(t, k + 2);
        return ReadPer(t, k);
    }

    /// <summary>"per year", "per mm", "per passage".</summary>
    private static int ReadPer(Tokens t, int end)
    {
        if (t.IsWord(end + 1, "per") && t.IsWord(end + 2)
            && (Words.ContainsKey(t.Str(end + 2)) || Symbols.Contains(t.Str(end + 2))))
            return end + 2;
        return end;
    }

    // A plural-looking word followed by these is a verb: "Line 4 defines the rule".
    private static readonly HashSet<string> ObjectStarts = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "that", "whether", "its", "their", "his", "her", "how", "what" };

    private static UnitMatch? CountNoun(Tokens t, int k)
    {
        // "Line 4 defines the rule": a verb and its object; but "5,000 deaths a year" counts per year.
        if (IsCountNoun(t, k) && t.IsWord(k + 1) && ObjectStarts.Contains(t.Str(k + 1))
            && !(t.Lower(k + 1) is "a" or "an" && t.IsWord(k + 2) && Words.TryGetValue(t.Str(k + 2), out var per) && IsTimeUnit(per))) return null;
        // "13 pairs per mm", "1000 stems/ha": a count per unit is a rate, its unit in the span.
        if (IsCountNoun(t, k) && IsRate(t, k))
        {
            var end = ReadRate(t, k);
            return new UnitMatch(end, t.Text[t[k].Start..t[end].End], true);
        }
        if (IsCountNoun(t, k)) return new UnitMatch(k, t.Lower(k), false);
        // one adjective: "310 new homes", "two coherent clusters", "280 more passengers"
        if (t.IsWord(k) && IsLowerWord(t, k) && !NotNouns.Contains(t.Str(k)) && (!StopWords.Contains(t.Str(k)) || t.Lower(k) is "more" or "fewer" or "other")
            && IsCountNoun(t, k + 1))
            return new UnitMatch(k + 1, t.Lower(k + 1), false);
        return null;
    }

    private static bool IsLowerWord(Tokens t, int k) => t.IsWord(k) && char.IsLower(t.Text[t[k].Start]);

    public static bool IsCountNoun(Tokens t, int k)
    {
        if (!IsLowerWord(t, k)) return false;
        var w = t.Str(k);
        if (IrregularPlurals.Contains(w)) return true;
        if (w.Length < 3 || !w.EndsWith('s') || w.EndsWith("ss") || w.EndsWith("us") || w.EndsWith("is")) return false;
        return !NotNouns.Contains(w) && !StopWords.Contains(w);
    }

    public static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "and", "or", "but", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "than", "that", "which", "who", "whom",
        "this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would",
        "can", "could", "may", "might", "must", "shall", "should", "not", "no", "as", "if", "then", "so", "such", "per", "each", "every", "all", "both",
        "more", "most", "less", "least", "other", "another", "their", "his", "her", "our", "your", "my", "they", "he", "she", "we", "you", "i", "there",
        "when", "where", "while", "after", "before", "during", "since", "until", "over", "under", "about", "around", "between", "up", "down", "out", "off",
        "again", "also", "only", "just", "very", "respectively", "times", "ago", "old",
    };
}
