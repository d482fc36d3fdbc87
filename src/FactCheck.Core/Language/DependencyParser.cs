using System.Runtime.CompilerServices;

namespace FactCheck.Core.Language;

/// <summary>
/// Greedy arc-hybrid dependency parser: one averaged perceptron chooses shift, left-arc or right-arc; a
/// second names the relation of each arc as it is made (full UD relation with subtype). Always yields one
/// tree with one root.
/// </summary>
internal sealed class DependencyParser(string[] relations, WeightTable actions, WeightTable labels)
{
    public const int Shift = 0, Left = 1, Right = 2, ActionCount = 3;

    private readonly int rootRelation = Array.IndexOf(relations, "root");

    public IReadOnlyList<string> Relations => relations;

    public WeightTable Actions => actions;

    public WeightTable Labels => labels;

    public int RootRelation => rootRelation;

    /// <summary>
    /// Parses one sentence. <paramref name="words"/> and <paramref name="tags"/> are indexed by position with
    /// the root at 0; heads (0 = root) and relation ids come out in <paramref name="state"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    /// <param name="arcScores">When not empty, receives the relation scores of each word's arc (relation count per word, by position).</param>
    public void Parse(ParseState state, ReadOnlySpan<ulong> words, ReadOnlySpan<int> tags, Span<int> arcScores = default)
    {
        state.Reset(words.Length - 1);
        Span<uint> features = stackalloc uint[ParserFeatures.Max];
        Span<int> scores = stackalloc int[actions.ScoreLength];
        Span<int> labelScores = stackalloc int[labels.ScoreLength];
        while (!state.IsTerminal)
        {
            var n = ParserFeatures.Extract(state, words, tags, features);
            scores.Clear();
            actions.AddScores(features[..n], scores);
            var action = Best(state, scores);
            var label = action == Shift ? -1 : Label(state, words, tags, action, features, labelScores);
            if (label >= 0 && !arcScores.IsEmpty)
            {
                var dep = state.Stack(0);
                var r = relations.Length;
                if (label == rootRelation) arcScores.Slice(dep * r, r).Clear();
                else labelScores[..r].CopyTo(arcScores.Slice(dep * r, r));
            }
            Apply(state, action, label);
        }
    }

    /// <summary>Parses with a beam (see <see cref="BeamSearch"/>); the best parse is left in <c>beam[0].State</c>.</summary>
    public ParseState Parse(BeamSearch beam, ReadOnlySpan<ulong> words, ReadOnlySpan<int> tags)
    {
        var labelFeatures = new uint[LabelFeatures.Max];
        var labelScores = new int[labels.ScoreLength];
        BeamSearch.Scorer score = actions.AddScores;
        BeamSearch.Labeler label = (state, action, w, t) => Label(state, w, t, action, labelFeatures, labelScores);
        beam.Start(words.Length - 1);
        while (!beam.IsDone) beam.Step(words, tags, score, label);
        return beam[0].State;
    }

    /// <summary>The relation for the arc <paramref name="action"/> would make now.</summary>
    public int Label(ParseState state, ReadOnlySpan<ulong> words, ReadOnlySpan<int> tags, int action, Span<uint> features, Span<int> scores)
    {
        var (head, dep) = Arc(state, action);
        if (head == 0) return rootRelation;
        var n = LabelFeatures.Extract(state, words, tags, head, dep, features);
        scores.Clear();
        labels.AddScores(features[..n], scores);
        return BestLabel(scores);
    }

    public int BestLabel(ReadOnlySpan<int> scores)
    {
        var best = -1;
        for (var l = 0; l < relations.Length; l++)
            if (l != rootRelation && (best < 0 || scores[l] > scores[best])) best = l;
        return best;
    }

    /// <summary>The head and dependent of the arc an action makes.</summary>
    public static (int Head, int Dependent) Arc(ParseState state, int action) =>
        action == Left ? (state.Buffer(0), state.Stack(0)) : (state.Stack(1), state.Stack(0));

    /// <summary>The highest-scoring action allowed in <paramref name="state"/>.</summary>
    public static int Best(ParseState state, ReadOnlySpan<int> scores)
    {
        var best = -1;
        if (state.CanShift) best = Shift;
        if (state.CanLeft && (best < 0 || scores[Left] > scores[best])) best = Left;
        if (state.CanRight && (best < 0 || scores[Right] > scores[best])) best = Right;
        return best;
    }

    public static bool IsAllowed(ParseState state, int action) => action switch
    {
        Shift => state.CanShift,
        Left => state.CanLeft,
        _ => state.CanRight,
    };

    public static void Apply(ParseState state, int action, int label)
    {
        if (action == Shift) state.ApplyShift();
        else if (action == Left) state.ApplyLeft(label);
        else state.ApplyRight(label);
    }
}
