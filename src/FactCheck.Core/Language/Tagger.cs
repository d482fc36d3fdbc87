using System.Runtime.CompilerServices;

namespace FactCheck.Core.Language;

/// <summary>
/// Part-of-speech tagger predicting a (UPOS, XPOS) pair per word in two greedy left-to-right passes of an
/// averaged perceptron over word, affix, shape and context features. The second pass also sees the first
/// pass's tags of the next two words, so it can look ahead ("that" before a verb, a participle before "by").
/// </summary>
internal sealed class Tagger(TagSet tags, WeightTable first, WeightTable second)
{
    public const int MaxFeatures = 48;

    public TagSet Tags => tags;

    public WeightTable First => first;

    public WeightTable Second => second;

    /// <summary>Writes a tag id per word into <paramref name="into"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Tag(ReadOnlySpan<WordInfo> words, Span<int> into)
    {
        Span<int> draft = words.Length <= 1024 ? stackalloc int[words.Length] : new int[words.Length];
        Pass(first, words, [], draft);
        Pass(second, words, draft, into);
    }

    /// <summary>One pass; <paramref name="lookahead"/> holds the first pass's tags in the second pass, and is empty in the first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Pass(WeightTable weights, ReadOnlySpan<WordInfo> words, ReadOnlySpan<int> lookahead, Span<int> into)
    {
        Span<uint> features = stackalloc uint[MaxFeatures];
        Span<int> buffer = stackalloc int[weights.ScoreLength];
        var scores = buffer[..weights.ClassCount];
        for (var i = 0; i < words.Length; i++)
        {
            var n = Features(words, i, into, lookahead, features);
            buffer.Clear();
            weights.AddScores(features[..n], buffer);
            into[i] = ArgMax(scores);
        }
    }

    public static int ArgMax(ReadOnlySpan<int> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
            if (scores[c] > scores[best]) best = c;
        return best;
    }

    /// <summary>The feature keys of word <paramref name="i"/>, given the tags already chosen for the words before it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Features(ReadOnlySpan<WordInfo> words, int i, ReadOnlySpan<int> tagsSoFar, ReadOnlySpan<int> lookahead, Span<uint> f)
    {
        ref readonly var w = ref words[i];
        ref readonly var p1 = ref i > 0 ? ref words[i - 1] : ref WordInfo.Outside;
        ref readonly var p2 = ref i > 1 ? ref words[i - 2] : ref WordInfo.Outside;
        ref readonly var n1 = ref i + 1 < words.Length ? ref words[i + 1] : ref WordInfo.Outside;
        ref readonly var n2 = ref i + 2 < words.Length ? ref words[i + 2] : ref WordInfo.Outside;
        ulong t1 = i > 0 ? (ulong)tagsSoFar[i - 1] + 1 : 1000;
        ulong t2 = i > 1 ? (ulong)tagsSoFar[i - 2] + 1 : 1000;
        var n = 0;
        f[n++] = FeatureHash.Key(0, 1);
        f[n++] = FeatureHash.Key(1, w.Norm);
        f[n++] = FeatureHash.Key(2, w.Exact);
        f[n++] = FeatureHash.Key(3, w.Prefix1);
        f[n++] = FeatureHash.Key(4, w.Prefix2);
        f[n++] = FeatureHash.Key(5, w.Prefix3);
        f[n++] = FeatureHash.Key(6, w.Suffix1);
        f[n++] = FeatureHash.Key(7, w.Suffix2);
        f[n++] = FeatureHash.Key(8, w.Suffix3);
        f[n++] = FeatureHash.Key(9, w.Suffix4);
        f[n++] = FeatureHash.Key(10, w.Shape);
        f[n++] = FeatureHash.Key(11, w.Shape, i == 0 ? 1UL : 2UL);
        f[n++] = FeatureHash.Key(12, p1.Norm);
        f[n++] = FeatureHash.Key(13, p2.Norm);
        f[n++] = FeatureHash.Key(14, n1.Norm);
        f[n++] = FeatureHash.Key(15, n2.Norm);
        f[n++] = FeatureHash.Key(16, p1.Suffix3);
        f[n++] = FeatureHash.Key(17, n1.Suffix3);
        f[n++] = FeatureHash.Key(18, n1.Shape);
        f[n++] = FeatureHash.Key(19, p1.Shape);
        f[n++] = FeatureHash.Key(20, t1);
        f[n++] = FeatureHash.Key(21, t2);
        f[n++] = FeatureHash.Key(22, t1, t2);
        f[n++] = FeatureHash.Key(23, t1, w.Norm);
        f[n++] = FeatureHash.Key(24, p1.Norm, w.Norm);
        f[n++] = FeatureHash.Key(25, w.Norm, n1.Norm);
        f[n++] = FeatureHash.Key(26, t1, w.Suffix3);
        f[n++] = FeatureHash.Key(27, t1, n1.Norm);
        f[n++] = FeatureHash.Key(28, n1.Suffix2);
        f[n++] = FeatureHash.Key(29, n1.Norm, n2.Norm);
        f[n++] = FeatureHash.Key(30, t2, w.Norm);
        f[n++] = FeatureHash.Key(31, n2.Suffix3);
        f[n++] = FeatureHash.Key(32, p1.Norm, p2.Norm);
        if (lookahead.Length == 0) return n;
        ulong a1 = i + 1 < words.Length ? (ulong)lookahead[i + 1] + 1 : 1000;
        ulong a2 = i + 2 < words.Length ? (ulong)lookahead[i + 2] + 1 : 1000;
        ulong a0 = (ulong)lookahead[i] + 1;
        f[n++] = FeatureHash.Key(40, a1);
        f[n++] = FeatureHash.Key(41, a1, a2);
        f[n++] = FeatureHash.Key(42, t1, a1);
        f[n++] = FeatureHash.Key(43, a1, w.Norm);
        f[n++] = FeatureHash.Key(44, a1, w.Suffix3);
        f[n++] = FeatureHash.Key(45, a0, a1);
        f[n++] = FeatureHash.Key(46, a0);
        f[n++] = FeatureHash.Key(47, a1, n1.Norm);
        return n;
    }
}
