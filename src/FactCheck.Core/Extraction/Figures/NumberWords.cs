namespace FactCheck.Core.Extraction.Figures;

/// <summary>The vocabulary of numbers written as words.</summary>
internal static class NumberWords
{
    public static readonly Dictionary<string, int> Small = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11,
        ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    public static readonly Dictionary<string, int> Tens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>Scale words that multiply what precedes them; also the suffixes in "$4.5bn", "€3m".</summary>
    public static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["lakh"] = 1e5, ["lakhs"] = 1e5, ["crore"] = 1e7, ["crores"] = 1e7,
    };

    /// <summary>Abbreviated scales; "m" and "k" only count next to a currency (else metres, kelvin...).</summary>
    public static readonly Dictionary<string, double> ShortScales = new(StringComparer.Ordinal)
    {
        ["bn"] = 1e9, ["mn"] = 1e6, ["mln"] = 1e6, ["tn"] = 1e12, ["trn"] = 1e12, ["m"] = 1e6, ["k"] = 1e3, ["b"] = 1e9, ["K"] = 1e3,
    };

    public static readonly Dictionary<string, double> Fractions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["half"] = 0.5, ["halves"] = 0.5, ["third"] = 1.0 / 3, ["thirds"] = 1.0 / 3,
        ["quarter"] = 0.25, ["quarters"] = 0.25, ["fifth"] = 0.2, ["fifths"] = 0.2,
        ["tenth"] = 0.1, ["tenths"] = 0.1,
    };

    /// <summary>"hundreds of", "dozens of": a magnitude, not a value.</summary>
    public static readonly HashSet<string> VaguePlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        "dozens", "scores", "hundreds", "thousands", "millions", "billions",
    };

    public static readonly Dictionary<string, int> Ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6,
        ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12,
        ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17,
        ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30,
    };

    public static bool IsNumberWord(ReadOnlySpan<char> word)
    {
        var lookup = Small.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.ContainsKey(word) || Tens.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word)
            || Scales.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word) || word.Equals("dozen", StringComparison.OrdinalIgnoreCase);
    }
}
