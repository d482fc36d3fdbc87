using System.Runtime.CompilerServices;

namespace FactCheck.Core.Language;

/// <summary>
/// Features for naming the relation of an arc once the whole tree is built: besides the head and dependent and
/// the arc's direction and length, everything around it — the grandparent, the head's other children (an
/// aux:pass beside the dependent says nsubj:pass, a subject already there says obj), all the dependent's
/// children (a "by" case child says obl:agent), the dependent's subtree span and the punctuation between.
/// No feature reads another arc's relation: the relabeller learns on gold trees, whose relations are all right, and
/// features of them made it worse on the parser's trees (dev LAS 0.8134 with them against 0.8140 without).
/// </summary>
internal static class RelabelFeatures
{
    public const int Max = 88;

    // Children and siblings read, nearest first, on each side: enough for nearly every word, bounded for long lists
    // (24 fixed features, then 4 per child or sibling, at most 2 × 2 × Nearest of them).
    private const int Nearest = 4;

    private const ulong None = 3, RootWord = 5;
    private const ulong NoTag = 700, RootTag = 701;

    /// <param name="heads">Head per position (0 = root; index 0 unused).</param>
    /// <param name="punctTag">Per tag id, whether it is punctuation.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Extract(TreeLinks t, ReadOnlySpan<int> heads, ReadOnlySpan<ulong> words,
        ReadOnlySpan<int> tags, ReadOnlySpan<bool> punctTag, int dep, Span<uint> f)
    {
        var last = t.Count;
        var head = heads[dep];
        var grand = head > 0 ? heads[head] : -1;
        ulong left = head > dep ? 1UL : 2UL;
        ulong hw = W(head, words), dw = words[dep];
        ulong hp = P(head, tags), dp = (ulong)tags[dep];
        ulong gp = P(grand, tags), gw = W(grand, words);
        ulong gleft = grand < 0 ? 0 : grand > head ? 1UL : 2UL;
        ulong dist = (ulong)Math.Min(Math.Abs(head - dep), 8) + (left << 8);
        ulong span = (ulong)Math.Min(t.Max[dep] - t.Min[dep], 10);
        ulong kids = (ulong)Math.Min(t.ChildCount[dep], 5);
        ulong dPrev = dep > 1 ? (ulong)tags[dep - 1] : NoTag, dNext = dep < last ? (ulong)tags[dep + 1] : NoTag;
        ulong dPrevW = dep > 1 ? words[dep - 1] : None, dNextW = dep < last ? words[dep + 1] : None;
        ulong hPrev = head > 1 ? (ulong)tags[head - 1] : NoTag, hNext = head > 0 && head < last ? (ulong)tags[head + 1] : NoTag;
        ulong edge = (dep == 1 ? 1UL : 0) | (dep == last ? 2UL : 0) | (t.Min[dep] == 1 ? 4UL : 0) | (t.Max[dep] == last ? 8UL : 0);
        ulong between = 0;
        if (head > 0)
        {
            var (from, to) = head < dep ? (head + 1, dep) : (dep + 1, head);
            for (var k = from; k < to; k++)
                if (punctTag[tags[k]]) between++;
            between = Math.Min(between, 3);
        }

        var n = 0;
        f[n++] = FeatureHash.Key(200, left);
        f[n++] = FeatureHash.Key(201, dw, left);
        f[n++] = FeatureHash.Key(202, dp, left);
        f[n++] = FeatureHash.Key(203, hw, left);
        f[n++] = FeatureHash.Key(204, hp, left);
        f[n++] = FeatureHash.Key(205, hp, dp, left);
        f[n++] = FeatureHash.Key(206, hw, dp, left);
        f[n++] = FeatureHash.Key(207, hp, dw, left);
        f[n++] = FeatureHash.Key(208, hw, dw, left);
        f[n++] = FeatureHash.Key(209, hp, dp, dist);
        f[n++] = FeatureHash.Key(210, dw, dp, left);
        f[n++] = FeatureHash.Key(211, gp, hp, dp ^ (left << 40));
        f[n++] = FeatureHash.Key(212, gw, hp, dp);
        f[n++] = FeatureHash.Key(214, gleft, dp);
        f[n++] = FeatureHash.Key(215, kids, dp, left);
        f[n++] = FeatureHash.Key(216, span, dp, left);
        f[n++] = FeatureHash.Key(217, between, hp, dp ^ (left << 40));
        f[n++] = FeatureHash.Key(218, edge, dp, left);
        f[n++] = FeatureHash.Key(219, dPrev, dp, hp);
        f[n++] = FeatureHash.Key(220, dNext, dp, hp);
        f[n++] = FeatureHash.Key(221, hPrev, hp, dp);
        f[n++] = FeatureHash.Key(222, hNext, hp, dp);
        f[n++] = FeatureHash.Key(223, dPrevW, dp);
        f[n++] = FeatureHash.Key(224, dNextW, dp);

        // The dependent's children, nearest first on each side: word and tag, which side, with the dependent's tag.
        n = Children(t, dep, -1, dep, words, tags, dp, hp, 230, f, n);
        // The head's other children, nearest the dependent first on each side.
        if (head > 0) n = Children(t, head, dep, dep, words, tags, dp, hp, 240, f, n);
        return n;
    }

    private static int Children(TreeLinks t, int parent, int skip, int around, ReadOnlySpan<ulong> words, ReadOnlySpan<int> tags,
        ulong dp, ulong hp, int template, Span<uint> f, int n)
    {
        // Children come in word order: those left of `around` are read backwards (nearest first) from the last one before it.
        Span<int> before = stackalloc int[Nearest];
        var nb = 0;
        var rightSeen = 0;
        for (var c = t.First[parent]; c >= 0; c = t.Next[c])
        {
            if (c == skip) continue;
            if (c < around)
            {
                if (nb == Nearest) { before[1..].CopyTo(before); nb--; }
                before[nb++] = c;
            }
            else if (rightSeen < Nearest)
            {
                n = Child(c, 2UL + ((ulong)rightSeen << 4), words, tags, dp, hp, template, f, n);
                rightSeen++;
            }
        }
        for (var k = nb - 1; k >= 0; k--) n = Child(before[k], 1UL + ((ulong)(nb - 1 - k) << 4), words, tags, dp, hp, template, f, n);
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Child(int c, ulong side, ReadOnlySpan<ulong> words, ReadOnlySpan<int> tags, ulong dp, ulong hp, int template,
        Span<uint> f, int n)
    {
        ulong cw = words[c], cp = (ulong)tags[c];
        var s = side & 3;
        f[n++] = FeatureHash.Key(template, cw, s, dp);
        f[n++] = FeatureHash.Key(template + 1, cp, s, dp);
        f[n++] = FeatureHash.Key(template + 2, side, dp);
        f[n++] = FeatureHash.Key(template + 3, cp, s, hp ^ (dp << 20));
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong W(int i, ReadOnlySpan<ulong> words) => i < 0 ? None : i == 0 ? RootWord : words[i];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong P(int i, ReadOnlySpan<int> tags) => i < 0 ? NoTag : i == 0 ? RootTag : (ulong)tags[i];
}
