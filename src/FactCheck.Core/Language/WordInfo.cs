namespace FactCheck.Core.Language;

/// <summary>
/// The hashes the tagger and parser read from one word, computed once per token from its characters
/// (no strings made): normalised form (lower case, digits as 0), exact form, shape, prefixes and suffixes.
/// </summary>
internal struct WordInfo
{
    public ulong Norm;
    public ulong Exact;
    public ulong Shape;
    public ulong Prefix1, Prefix2, Prefix3;
    public ulong Suffix1, Suffix2, Suffix3, Suffix4;

    /// <summary>Stands for the position before the first word or after the last.</summary>
    public static readonly WordInfo Outside = Make(2);

    private static WordInfo Make(ulong v) => new()
    {
        Norm = v, Exact = v, Shape = v, Prefix1 = v, Prefix2 = v, Prefix3 = v, Suffix1 = v, Suffix2 = v, Suffix3 = v, Suffix4 = v,
    };

    public static WordInfo Of(ReadOnlySpan<char> form)
    {
        const ulong Offset = 14695981039346656037UL, Prime = 1099511628211UL;
        ulong norm = Offset, exact = Offset, shape = Offset;
        var info = new WordInfo();
        char lastShape = '\0';
        var run = 0;
        for (var i = 0; i < form.Length; i++)
        {
            var c = Straight(form[i]);
            var n = Normal(c);
            norm = (norm ^ n) * Prime;
            exact = (exact ^ c) * Prime;
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = s == lastShape ? run + 1 : 1;
            lastShape = s;
            if (run <= 3) shape = (shape ^ s) * Prime;
            if (i == 0) info.Prefix1 = FeatureHash.Mix(norm) | 1;
            else if (i == 1) info.Prefix2 = FeatureHash.Mix(norm) | 1;
            else if (i == 2) info.Prefix3 = FeatureHash.Mix(norm) | 1;
        }
        info.Norm = FeatureHash.Mix(norm) | 1;
        info.Exact = FeatureHash.Mix(exact ^ 0x5555) | 1;
        info.Shape = FeatureHash.Mix(shape ^ 0xAAAA) | 1;
        if (form.Length < 2) info.Prefix2 = info.Prefix1;
        if (form.Length < 3) info.Prefix3 = info.Prefix2;
        info.Suffix1 = SuffixHash(form, 1);
        info.Suffix2 = SuffixHash(form, 2);
        info.Suffix3 = SuffixHash(form, 3);
        info.Suffix4 = SuffixHash(form, 4);
        return info;
    }

    private static char Normal(char c) => char.IsDigit(c) ? '0' : char.ToLowerInvariant(Straight(c));

    // News text has curly quotes; the treebank mostly straight ones.
    private static char Straight(char c) => c switch
    {
        '\u2018' or '\u2019' => '\'',
        '\u201C' or '\u201D' => '"',
        _ => c,
    };

    private static ulong SuffixHash(ReadOnlySpan<char> form, int k)
    {
        var h = 0xCBF29CE484222325UL ^ (ulong)k;
        for (var i = Math.Max(0, form.Length - k); i < form.Length; i++) h = (h ^ Normal(form[i])) * 1099511628211UL;
        return FeatureHash.Mix(h) | 1;
    }
}
