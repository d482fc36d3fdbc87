using System.Runtime.CompilerServices;

namespace FactCheck.Core.Language;

/// <summary>
/// Features for naming the relation of a new arc, read when the arc is made: the head and dependent words and
/// tags with the arc's direction and length, the dependent's own children (all attached by then: a "by" case
/// child says obl:agent), the relations the head already has (an aux:pass says nsubj:pass), and nearby tags.
/// </summary>
internal static class LabelFeatures
{
    public const int Max = 48;

    private const ulong None = 3;
    private const ulong NoTag = 700;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Extract(ParseState st, ReadOnlySpan<ulong> words, ReadOnlySpan<int> tags, int head, int dep, Span<uint> f)
    {
        var last = words.Length - 1;
        ulong left = head > dep ? 1UL : 2UL;
        ulong hw = words[head], dw = words[dep];
        ulong hp = (ulong)tags[head], dp = (ulong)tags[dep];
        ulong dist = (ulong)Math.Min(Math.Abs(head - dep), 8) + (left << 8);
        int dl = st.Left1[dep], dr = st.Right1[dep], dl2 = st.Left2[dep];
        ulong dlw = dl > 0 ? words[dl] : None, drw = dr > 0 ? words[dr] : None, dl2w = dl2 > 0 ? words[dl2] : None;
        ulong dlp = dl > 0 ? (ulong)tags[dl] : NoTag, drp = dr > 0 ? (ulong)tags[dr] : NoTag;
        ulong dll = dl > 0 ? (ulong)st.Label[dl] + 1 : 0, drl = dr > 0 ? (ulong)st.Label[dr] + 1 : 0;
        ulong dsl = st.LeftLabels[dep], dsr = st.RightLabels[dep];
        ulong hsl = st.LeftLabels[head], hsr = st.RightLabels[head];
        var near = head > dep ? st.Left1[head] : st.Right1[head];
        ulong hnl = near > 0 ? (ulong)st.Label[near] + 1 : 0;
        ulong dPrev = dep > 1 ? (ulong)tags[dep - 1] : NoTag, dNext = dep < last ? (ulong)tags[dep + 1] : NoTag;
        ulong hPrev = head > 1 ? (ulong)tags[head - 1] : NoTag, hNext = head < last ? (ulong)tags[head + 1] : NoTag;
        ulong dvl = (ulong)Math.Min(st.LeftCount[dep], 3), dvr = (ulong)Math.Min(st.RightCount[dep], 3);
        var b0 = st.Buffer(0);
        ulong ctx = head > dep ? (st.Stack(1) > 0 ? (ulong)tags[st.Stack(1)] : NoTag) : (b0 > 0 ? (ulong)tags[b0] : NoTag);

        var n = 0;
        f[n++] = FeatureHash.Key(100, left);
        f[n++] = FeatureHash.Key(101, dw, left);
        f[n++] = FeatureHash.Key(102, dp, left);
        f[n++] = FeatureHash.Key(103, hw, left);
        f[n++] = FeatureHash.Key(104, hp, left);
        f[n++] = FeatureHash.Key(105, hp, dp, left);
        f[n++] = FeatureHash.Key(106, hw, dp, left);
        f[n++] = FeatureHash.Key(107, hp, dw, left);
        f[n++] = FeatureHash.Key(108, hw, dw, left);
        f[n++] = FeatureHash.Key(109, hp, dp, dist);
        f[n++] = FeatureHash.Key(110, dw, dp, left);
        f[n++] = FeatureHash.Key(111, dlw, dp, left);
        f[n++] = FeatureHash.Key(112, dlw, hp, left);
        f[n++] = FeatureHash.Key(113, dlp, dp, hp);
        f[n++] = FeatureHash.Key(114, dll, dp, left);
        f[n++] = FeatureHash.Key(115, drw, dp);
        f[n++] = FeatureHash.Key(116, drp, dp, hp);
        f[n++] = FeatureHash.Key(117, drl, dp);
        f[n++] = FeatureHash.Key(118, dsl, dp, left);
        f[n++] = FeatureHash.Key(119, dsr, dp, left);
        f[n++] = FeatureHash.Key(120, hsl, hp, left);
        f[n++] = FeatureHash.Key(121, hsr, hp, left);
        f[n++] = FeatureHash.Key(122, hnl, dp, hp);
        f[n++] = FeatureHash.Key(123, dPrev, dp, hp);
        f[n++] = FeatureHash.Key(124, dNext, dp, hp);
        f[n++] = FeatureHash.Key(125, hPrev, hp, dp);
        f[n++] = FeatureHash.Key(126, hNext, hp, dp);
        f[n++] = FeatureHash.Key(127, dvl, dvr, dp);
        f[n++] = FeatureHash.Key(128, ctx, dp, hp);
        f[n++] = FeatureHash.Key(129, dl2w, dlw, dp);
        f[n++] = FeatureHash.Key(130, dsl, hsl, left);
        f[n++] = FeatureHash.Key(131, hw, hsl, dp);
        f[n++] = FeatureHash.Key(132, dw, hw, dist);
        f[n++] = FeatureHash.Key(133, dlw, dw, left);
        return n;
    }
}
