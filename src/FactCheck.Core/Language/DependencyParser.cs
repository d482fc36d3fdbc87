using System.Runtime.CompilerServices;

namespace FactCheck.Core.Language;

/// <summary>
/// Greedy arc-hybrid dependency parser scored by an averaged perceptron. Actions: shift, left-arc and
/// right-arc, each arc with its relation (full UD relation with subtype). Always yields one tree with one root.
/// </summary>
internal sealed class DependencyParser(string[] relations, WeightTable weights)
{
    private readonly int rootRelation = Array.IndexOf(relations, "root");

    public IReadOnlyList<string> Relations => relations;

    public WeightTable Weights => weights;

    public int RootRelation => rootRelation;

    public static int ActionCount(int relationCount) => 1 + 2 * relationCount;

    public int LeftAction(int relation) => 1 + relation;

    public int RightAction(int relation) => 1 + relations.Length + relation;

    /// <summary>
    /// Parses one sentence. <paramref name="words"/> and <paramref name="tags"/> are indexed by position with
    /// the root at 0; heads (0 = root) and relation ids come out in <paramref name="state"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Parse(ParseState state, ReadOnlySpan<ulong> words, ReadOnlySpan<int> tags)
    {
        state.Reset(words.Length - 1);
        Span<uint> features = stackalloc uint[ParserFeatures.Max];
        Span<int> scores = stackalloc int[weights.ClassCount];
        while (!state.IsTerminal)
        {
            var n = ParserFeatures.Extract(state, words, tags, features);
            scores.Clear();
            weights.AddScores(features[..n], scores);
            Apply(state, Best(state, scores));
        }
    }

    /// <summary>The highest-scoring action allowed in <paramref name="state"/>.</summary>
    public int Best(ParseState state, ReadOnlySpan<int> scores)
    {
        var best = -1;
        var bestScore = int.MinValue;
        if (state.CanShift) { best = ParseState.Shift; bestScore = scores[0]; }
        var count = relations.Length;
        if (state.CanLeft)
        {
            for (var l = 0; l < count; l++)
            {
                if (l == rootRelation) continue;
                var s = scores[1 + l];
                if (s > bestScore) { bestScore = s; best = 1 + l; }
            }
        }
        if (state.CanRight)
        {
            if (state.RightIsRoot)
            {
                if (best < 0 || scores[1 + count + rootRelation] > bestScore) best = 1 + count + rootRelation;
            }
            else
            {
                for (var l = 0; l < count; l++)
                {
                    if (l == rootRelation) continue;
                    var s = scores[1 + count + l];
                    if (s > bestScore) { bestScore = s; best = 1 + count + l; }
                }
            }
        }
        return best;
    }

    public bool IsAllowed(ParseState state, int action)
    {
        if (action == ParseState.Shift) return state.CanShift;
        var count = relations.Length;
        if (action <= count) return state.CanLeft && action - 1 != rootRelation;
        var l = action - 1 - count;
        return state.CanRight && (l == rootRelation) == state.RightIsRoot;
    }

    public void Apply(ParseState state, int action)
    {
        if (action == ParseState.Shift) state.ApplyShift();
        else if (action <= relations.Length) state.ApplyLeft(action - 1);
        else state.ApplyRight(action - 1 - relations.Length);
    }
}
