namespace FactCheck.Core.Language;

/// <summary>
/// Beam search over the parser's actions: keeps the <c>width</c> best partial parses by summed action score
/// instead of the single greedy one, so an early attachment that looked best can lose to a better whole.
/// Every parse of n words takes exactly 2n actions, so all hypotheses finish together.
/// Relations are named greedily inside each hypothesis. Buffers are reused between sentences.
/// </summary>
internal sealed class BeamSearch(int width)
{
    /// <summary>A partial parse: its state, summed score and the actions that led to it.</summary>
    public sealed class Hypothesis
    {
        public readonly ParseState State = new();
        public long Score;
        public int[] Actions = new int[64];
        public int Steps;

        public void CopyFrom(Hypothesis parent)
        {
            State.CopyFrom(parent.State);
            Score = parent.Score;
            Steps = parent.Steps;
            if (Actions.Length < parent.Actions.Length) Actions = new int[parent.Actions.Length];
            parent.Actions.AsSpan(0, Steps).CopyTo(Actions);
        }

        public void Push(int action)
        {
            if (Steps == Actions.Length) Array.Resize(ref Actions, Actions.Length * 2);
            Actions[Steps++] = action;
        }
    }

    private Hypothesis[] current = Fill(width), next = Fill(width);
    private readonly (long Score, int Parent, int Action)[] candidates = new (long, int, int)[width * DependencyParser.ActionCount];
    private readonly uint[] features = new uint[Math.Max(ParserFeatures.Max, LabelFeatures.Max)];
    private readonly int[] scores = new int[16];

    public int Width => width;

    /// <summary>How many hypotheses are alive; the best is <see cref="this"/>[0].</summary>
    public int Count { get; private set; }

    public Hypothesis this[int i] => current[i];

    public void Start(int words)
    {
        Count = 1;
        current[0].State.Reset(words);
        current[0].Score = 0;
        current[0].Steps = 0;
    }

    public bool IsDone => current[0].State.IsTerminal;

    /// <summary>
    /// Advances every hypothesis by one action, keeping the best <c>width</c>.
    /// <paramref name="score"/> adds the action scores of a state into its span (3 places).
    /// </summary>
    public void Step(ReadOnlySpan<ulong> words, ReadOnlySpan<int> tags, Scorer score, Labeler label)
    {
        var found = 0;
        for (var h = 0; h < Count; h++)
        {
            var state = current[h].State;
            var n = ParserFeatures.Extract(state, words, tags, features);
            Array.Clear(scores);
            score(features.AsSpan(0, n), scores);
            for (var a = 0; a < DependencyParser.ActionCount; a++)
            {
                if (!DependencyParser.IsAllowed(state, a)) continue;
                var candidate = (current[h].Score + scores[a], h, a);
                // Insertion into the sorted list of the best; ties keep the earlier parent and action.
                var at = found < width ? found++ : width;
                while (at > 0 && candidates[at - 1].Score < candidate.Item1)
                {
                    if (at < width) candidates[at] = candidates[at - 1];
                    at--;
                }
                if (at < width) candidates[at] = candidate;
            }
        }
        for (var j = 0; j < found; j++)
        {
            var (total, parent, action) = candidates[j];
            var from = current[parent];
            var to = next[j];
            to.CopyFrom(from);
            to.Score = total;
            var relation = action == DependencyParser.Shift ? -1 : label(from.State, action, words, tags);
            DependencyParser.Apply(to.State, action, relation);
            to.Push(action);
        }
        (current, next) = (next, current);
        Count = found;
    }

    public delegate void Scorer(ReadOnlySpan<uint> features, Span<int> scores);

    public delegate int Labeler(ParseState state, int action, ReadOnlySpan<ulong> words, ReadOnlySpan<int> tags);

    private static Hypothesis[] Fill(int n) => [.. Enumerable.Range(0, n).Select(_ => new Hypothesis())];
}
