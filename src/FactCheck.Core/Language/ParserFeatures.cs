using System.Runtime.CompilerServices;

namespace FactCheck.Core.Language;

/// <summary>
/// The feature templates of the parser, after Zhang and Nivre (2011) adapted to arc-hybrid: words and tags of
/// the top three stack items and first three buffer words, their pairs and triples, the distance between
/// stack top and buffer front, valencies, the nearest children and their relations, and relation sets.
/// </summary>
internal static class ParserFeatures
{
    public const int Max = 96;

    private const ulong None = 3, RootWord = 5;
    private const ulong NoTag = 700, RootTag = 701;

    /// <param name="words">Normalised-form hash per position; position 0 is the root.</param>
    /// <param name="tags">Tag id per position; position 0 is the root (ignored).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Extract(ParseState st, ReadOnlySpan<ulong> words, ReadOnlySpan<int> tags, Span<uint> f)
    {
        int s0 = st.Stack(0), s1 = st.Stack(1), s2 = st.Stack(2);
        int b0 = st.Buffer(0), b1 = st.Buffer(1), b2 = st.Buffer(2);
        int s0l = s0 > 0 ? st.Left1[s0] : -1, s0l2 = s0 > 0 ? st.Left2[s0] : -1;
        int s0r = s0 > 0 ? st.Right1[s0] : -1, s0r2 = s0 > 0 ? st.Right2[s0] : -1;
        int s1l = s1 > 0 ? st.Left1[s1] : -1, s1r = s1 > 0 ? st.Right1[s1] : -1;
        int b0l = b0 > 0 ? st.Left1[b0] : -1, b0l2 = b0 > 0 ? st.Left2[b0] : -1;

        ulong s0w = W(s0, words), s1w = W(s1, words), s2w = W(s2, words), b0w = W(b0, words), b1w = W(b1, words), b2w = W(b2, words);
        ulong s0p = P(s0, tags), s1p = P(s1, tags), s2p = P(s2, tags), b0p = P(b0, tags), b1p = P(b1, tags), b2p = P(b2, tags);
        ulong s0lw = W(s0l, words), s0rw = W(s0r, words), b0lw = W(b0l, words), s1rw = W(s1r, words);
        ulong s0lp = P(s0l, tags), s0rp = P(s0r, tags), b0lp = P(b0l, tags), s1lp = P(s1l, tags), s1rp = P(s1r, tags);
        ulong s0l2p = P(s0l2, tags), s0r2p = P(s0r2, tags), b0l2p = P(b0l2, tags);
        ulong s0ll = L(s0l, st), s0rl = L(s0r, st), b0ll = L(b0l, st), s1rl = L(s1r, st), s1ll = L(s1l, st);
        ulong s0l2l = L(s0l2, st), s0r2l = L(s0r2, st), b0l2l = L(b0l2, st);
        ulong dist = s0 >= 0 && b0 > 0 ? (ulong)Math.Min(b0 - s0, 7) + (s0 == 0 ? 10UL : 0UL) : 0;
        ulong dist1 = s1 >= 0 && s0 > 0 ? (ulong)Math.Min(s0 - s1, 7) + (s1 == 0 ? 10UL : 0UL) : 0;
        ulong s0vl = s0 > 0 ? (ulong)Math.Min(st.LeftCount[s0], 5) : 9, s0vr = s0 > 0 ? (ulong)Math.Min(st.RightCount[s0], 5) : 9;
        ulong b0vl = b0 > 0 ? (ulong)Math.Min(st.LeftCount[b0], 5) : 9;
        ulong s1vr = s1 > 0 ? (ulong)Math.Min(st.RightCount[s1], 5) : 9;
        ulong s0sl = s0 > 0 ? st.LeftLabels[s0] : 1, s0sr = s0 > 0 ? st.RightLabels[s0] : 1, b0sl = b0 > 0 ? st.LeftLabels[b0] : 1;

        var n = 0;
        // single items
        f[n++] = FeatureHash.Key(0, s0w); f[n++] = FeatureHash.Key(1, s0p); f[n++] = FeatureHash.Key(2, s0w, s0p);
        f[n++] = FeatureHash.Key(3, b0w); f[n++] = FeatureHash.Key(4, b0p); f[n++] = FeatureHash.Key(5, b0w, b0p);
        f[n++] = FeatureHash.Key(6, b1w); f[n++] = FeatureHash.Key(7, b1p); f[n++] = FeatureHash.Key(8, b1w, b1p);
        f[n++] = FeatureHash.Key(9, b2w); f[n++] = FeatureHash.Key(10, b2p); f[n++] = FeatureHash.Key(11, b2w, b2p);
        f[n++] = FeatureHash.Key(12, s1w); f[n++] = FeatureHash.Key(13, s1p); f[n++] = FeatureHash.Key(14, s1w, s1p);
        f[n++] = FeatureHash.Key(15, s2p); f[n++] = FeatureHash.Key(16, s2w, s2p);
        // pairs
        f[n++] = FeatureHash.Key(17, s0w ^ (s0p << 40), b0w, b0p);
        f[n++] = FeatureHash.Key(18, s0w, s0p, b0w);
        f[n++] = FeatureHash.Key(19, s0w, b0w, b0p);
        f[n++] = FeatureHash.Key(20, s0w, s0p, b0p);
        f[n++] = FeatureHash.Key(21, s0p, b0w, b0p);
        f[n++] = FeatureHash.Key(22, s0w, b0w);
        f[n++] = FeatureHash.Key(23, s0p, b0p);
        f[n++] = FeatureHash.Key(24, b0p, b1p);
        f[n++] = FeatureHash.Key(25, s1w ^ (s1p << 40), s0w, s0p);
        f[n++] = FeatureHash.Key(26, s1w, s1p, s0p);
        f[n++] = FeatureHash.Key(27, s1p, s0w, s0p);
        f[n++] = FeatureHash.Key(28, s1w, s0w);
        f[n++] = FeatureHash.Key(29, s1p, s0p);
        f[n++] = FeatureHash.Key(30, s0w, b1w);
        f[n++] = FeatureHash.Key(31, b0w, b1w);
        f[n++] = FeatureHash.Key(32, b0w, b0p, b1p);
        // triples of tags
        f[n++] = FeatureHash.Key(33, b0p, b1p, b2p);
        f[n++] = FeatureHash.Key(34, s0p, b0p, b1p);
        f[n++] = FeatureHash.Key(35, s1p, s0p, b0p);
        f[n++] = FeatureHash.Key(36, s0p, s0lp, b0p);
        f[n++] = FeatureHash.Key(37, s0p, s0rp, b0p);
        f[n++] = FeatureHash.Key(38, s0p, b0p, b0lp);
        f[n++] = FeatureHash.Key(39, s2p, s1p, s0p);
        f[n++] = FeatureHash.Key(40, s1p, s1rp, s0p);
        f[n++] = FeatureHash.Key(41, s1p, s0p, s0lp);
        f[n++] = FeatureHash.Key(42, s1p, s0p, s0rp);
        f[n++] = FeatureHash.Key(43, s1p, s1lp, s0p);
        // distance
        f[n++] = FeatureHash.Key(44, s0w, dist); f[n++] = FeatureHash.Key(45, s0p, dist);
        f[n++] = FeatureHash.Key(46, b0w, dist); f[n++] = FeatureHash.Key(47, b0p, dist);
        f[n++] = FeatureHash.Key(48, s0w, b0w, dist); f[n++] = FeatureHash.Key(49, s0p, b0p, dist);
        f[n++] = FeatureHash.Key(50, s1p, s0p, dist1); f[n++] = FeatureHash.Key(51, s1w, s0w, dist1);
        // valency
        f[n++] = FeatureHash.Key(52, s0w, s0vr); f[n++] = FeatureHash.Key(53, s0p, s0vr);
        f[n++] = FeatureHash.Key(54, s0w, s0vl); f[n++] = FeatureHash.Key(55, s0p, s0vl);
        f[n++] = FeatureHash.Key(56, b0w, b0vl); f[n++] = FeatureHash.Key(57, b0p, b0vl);
        f[n++] = FeatureHash.Key(58, s1p, s1vr);
        // nearest children
        f[n++] = FeatureHash.Key(59, s0lw); f[n++] = FeatureHash.Key(60, s0lp); f[n++] = FeatureHash.Key(61, s0ll);
        f[n++] = FeatureHash.Key(62, s0rw); f[n++] = FeatureHash.Key(63, s0rp); f[n++] = FeatureHash.Key(64, s0rl);
        f[n++] = FeatureHash.Key(65, b0lw); f[n++] = FeatureHash.Key(66, b0lp); f[n++] = FeatureHash.Key(67, b0ll);
        f[n++] = FeatureHash.Key(68, s1rw); f[n++] = FeatureHash.Key(69, s1rp); f[n++] = FeatureHash.Key(70, s1rl);
        f[n++] = FeatureHash.Key(71, s1ll);
        // second children
        f[n++] = FeatureHash.Key(72, s0l2p); f[n++] = FeatureHash.Key(73, s0l2l);
        f[n++] = FeatureHash.Key(74, s0r2p); f[n++] = FeatureHash.Key(75, s0r2l);
        f[n++] = FeatureHash.Key(76, b0l2p); f[n++] = FeatureHash.Key(77, b0l2l);
        f[n++] = FeatureHash.Key(78, s0p, s0lp, s0l2p);
        f[n++] = FeatureHash.Key(79, s0p, s0rp, s0r2p);
        f[n++] = FeatureHash.Key(80, b0p, b0lp, b0l2p);
        // relation sets
        f[n++] = FeatureHash.Key(81, s0w, s0sr); f[n++] = FeatureHash.Key(82, s0p, s0sr);
        f[n++] = FeatureHash.Key(83, s0w, s0sl); f[n++] = FeatureHash.Key(84, s0p, s0sl);
        f[n++] = FeatureHash.Key(85, b0w, b0sl); f[n++] = FeatureHash.Key(86, b0p, b0sl);
        // relations with words
        f[n++] = FeatureHash.Key(87, s0p, s0ll, s0rl);
        f[n++] = FeatureHash.Key(88, b0p, b0ll, s0p);
        f[n++] = FeatureHash.Key(89, s1p, s1rl, s0p);
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong W(int i, ReadOnlySpan<ulong> words) => i < 0 ? None : i == 0 ? RootWord : words[i];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong P(int i, ReadOnlySpan<int> tags) => i < 0 ? NoTag : i == 0 ? RootTag : (ulong)tags[i];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong L(int i, ParseState st) => i <= 0 ? 0 : (ulong)st.Label[i] + 1;
}
