namespace FactCheck.Core.Language;

/// <summary>
/// Trains the <see cref="DependencyParser"/> with the dynamic oracle of Goldberg and Nivre (2013) for
/// arc-hybrid: at each step the update goes towards the best-scoring action that loses no reachable gold
/// arc, and after the first epochs the parser follows its own prediction (exploration), so it learns to
/// recover from its mistakes. Trees are made projective first; predicted tags are used, as at parse time.
/// </summary>
internal static class ParserTrainer
{
    public sealed record Settings(int Epochs, int Seed, double ExploreFrom, double ExploreProbability, double PruneBelow);

    public static DependencyParser Train(IReadOnlyList<TrainingSentence> sentences, string[] relations, Settings settings,
        Action<string>? progress = null)
    {
        var model = new AveragedPerceptron(DependencyParser.ActionCount(relations.Length));
        // The model's weights are read through the trainer; this parser only supplies the action rules.
        var rules = new DependencyParser(relations, new WeightTable(model.ClassCount, [], [], [], []));
        var prepared = sentences.Select(Prepare).OfType<(TrainingSentence, ulong[], int[], int[])>().ToArray();
        var order = Enumerable.Range(0, prepared.Length).ToArray();
        var rng = new SplitMix(settings.Seed);
        var state = new ParseState();
        var features = new uint[ParserFeatures.Max];
        var scores = new int[model.ClassCount];
        var costs = new int[model.ClassCount];
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            rng.Shuffle(order);
            long right = 0, total = 0;
            foreach (var index in order)
            {
                var (s, words, tags, heads) = prepared[index];
                state.Reset(s.Forms.Length);
                while (!state.IsTerminal)
                {
                    var n = ParserFeatures.Extract(state, words, tags, features);
                    Array.Clear(scores);
                    model.AddScores(features.AsSpan(0, n), scores);
                    var guess = rules.Best(state, scores);
                    Costs(rules, state, heads, s.Labels, costs);
                    var gold = -1;
                    var minCost = int.MaxValue;
                    for (var a = 0; a < costs.Length; a++)
                    {
                        if (costs[a] < 0) continue;
                        if (costs[a] < minCost || costs[a] == minCost && scores[a] > scores[gold]) { minCost = costs[a]; gold = a; }
                    }
                    if (costs[guess] > minCost) model.Update(features.AsSpan(0, n), gold, guess);
                    else right++;
                    total++;
                    model.Tick();
                    var explore = epoch >= settings.ExploreFrom && rng.NextDouble() < settings.ExploreProbability;
                    rules.Apply(state, explore ? guess : gold);
                }
            }
            progress?.Invoke($"parser epoch {epoch + 1}/{settings.Epochs}: {right / (double)total:P2} of actions optimal while training");
        }
        return new DependencyParser(relations, model.ToTable(settings.PruneBelow));
    }

    private static (TrainingSentence, ulong[], int[], int[])? Prepare(TrainingSentence s)
    {
        if (s.Heads.Count(h => h == 0) != 1) return null;
        var (heads, _) = Projectivizer.Lift(s.Heads);
        var words = new ulong[s.Forms.Length + 1];
        var tags = new int[s.Forms.Length + 1];
        for (var i = 0; i < s.Forms.Length; i++)
        {
            words[i + 1] = s.Words[i].Norm;
            tags[i + 1] = s.PredictedTags.Length > 0 ? s.PredictedTags[i] : s.Tags[i];
        }
        return (s, words, tags, heads);
    }

    /// <summary>
    /// The cost of each action: how many gold arcs still reachable it makes unreachable (a wrong relation on a
    /// right arc counts one); −1 for actions not allowed.
    /// </summary>
    internal static void Costs(DependencyParser rules, ParseState st, int[] heads, int[] labels, int[] costs)
    {
        Array.Fill(costs, -1);
        int s0 = st.Stack(0), s1 = st.Stack(1), b0 = st.Buffer(0);
        int n = st.Count;
        int Gold(int word) => heads[word - 1];
        if (st.CanShift)
        {
            var c = 0;
            for (var k = 0; k < st.Depth; k++)
            {
                var x = st.Stack(k);
                if (x > 0 && Gold(x) == b0) c++;
                if (k > 0 && Gold(b0) == x) c++;
            }
            costs[ParseState.Shift] = c;
        }
        if (st.CanLeft || st.CanRight)
        {
            var dependentsInBuffer = 0;
            var headInBuffer = false;
            for (var j = st.Next; j <= n; j++)
            {
                if (Gold(j) == s0) dependentsInBuffer++;
                if (Gold(s0) == j) headInBuffer = true;
            }
            if (st.CanLeft)
            {
                var c = dependentsInBuffer + (s1 >= 0 && Gold(s0) == s1 ? 1 : 0) + (headInBuffer && Gold(s0) != b0 ? 1 : 0);
                for (var l = 0; l < rules.Relations.Count; l++)
                {
                    var a = rules.LeftAction(l);
                    if (!rules.IsAllowed(st, a)) continue;
                    costs[a] = c + (Gold(s0) == b0 && labels[s0 - 1] != l ? 1 : 0);
                }
            }
            if (st.CanRight)
            {
                var c = dependentsInBuffer + (headInBuffer ? 1 : 0);
                for (var l = 0; l < rules.Relations.Count; l++)
                {
                    var a = rules.RightAction(l);
                    if (!rules.IsAllowed(st, a)) continue;
                    costs[a] = c + (Gold(s0) == s1 && labels[s0 - 1] != l ? 1 : 0);
                }
            }
        }
    }
}
