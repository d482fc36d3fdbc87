namespace FactCheck.Core.Language;

/// <summary>
/// Trains the <see cref="DependencyParser"/> with the dynamic oracle of Goldberg and Nivre (2013) for
/// arc-hybrid: at each step the update goes towards the best-scoring action that loses no reachable gold
/// arc, and after the first epoch the parser mostly follows its own prediction (exploration), so it learns to
/// recover from its mistakes. The relation model learns on every arc that is a gold arc. Trees are made
/// projective first; predicted tags are used, as at parse time.
/// </summary>
internal static class ParserTrainer
{
    public sealed record Settings(int Epochs, int Seed, double ExploreFrom, double ExploreProbability, double PruneBelow);

    private sealed record Prepared(TrainingSentence Sentence, ulong[] Words, int[] Tags, int[] Heads);

    public static DependencyParser Train(IReadOnlyList<TrainingSentence> sentences, string[] relations, Settings settings,
        Action<string>? progress = null)
    {
        var actions = new AveragedPerceptron(DependencyParser.ActionCount);
        var labels = new AveragedPerceptron(relations.Length);
        // Only the relation names and rules are read from this one; the weights come from the trainers above.
        var rules = new DependencyParser(relations, Empty(DependencyParser.ActionCount), Empty(relations.Length));
        var prepared = sentences.Select(Prepare).OfType<Prepared>().ToArray();
        var order = Enumerable.Range(0, prepared.Length).ToArray();
        var rng = new SplitMix(settings.Seed);
        var state = new ParseState();
        var features = new uint[ParserFeatures.Max];
        var labelFeatures = new uint[LabelFeatures.Max];
        var scores = new int[DependencyParser.ActionCount];
        var labelScores = new int[relations.Length];
        var costs = new int[DependencyParser.ActionCount];
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            rng.Shuffle(order);
            long right = 0, total = 0, labelRight = 0, labelTotal = 0;
            foreach (var index in order)
            {
                var p = prepared[index];
                state.Reset(p.Words.Length - 1);
                while (!state.IsTerminal)
                {
                    var n = ParserFeatures.Extract(state, p.Words, p.Tags, features);
                    Array.Clear(scores);
                    actions.AddScores(features.AsSpan(0, n), scores);
                    var guess = DependencyParser.Best(state, scores);
                    Costs(state, p.Heads, costs);
                    var gold = -1;
                    for (var a = 0; a < costs.Length; a++)
                        if (costs[a] >= 0 && (gold < 0 || costs[a] < costs[gold] || costs[a] == costs[gold] && scores[a] > scores[gold])) gold = a;
                    if (costs[guess] > costs[gold]) actions.Update(features.AsSpan(0, n), gold, guess);
                    else right++;
                    total++;
                    actions.Tick();
                    var explore = epoch >= settings.ExploreFrom && rng.NextDouble() < settings.ExploreProbability;
                    var action = explore ? guess : gold;
                    var label = -1;
                    if (action != DependencyParser.Shift)
                    {
                        var (head, dep) = DependencyParser.Arc(state, action);
                        if (head == 0) label = rules.RootRelation;
                        else
                        {
                            var m = LabelFeatures.Extract(state, p.Words, p.Tags, head, dep, labelFeatures);
                            Array.Clear(labelScores);
                            labels.AddScores(labelFeatures.AsSpan(0, m), labelScores);
                            label = rules.BestLabel(labelScores);
                            if (p.Heads[dep - 1] == head)
                            {
                                var truth = p.Sentence.Labels[dep - 1];
                                labels.Update(labelFeatures.AsSpan(0, m), truth, label);
                                labels.Tick();
                                if (label == truth) labelRight++;
                                labelTotal++;
                            }
                        }
                    }
                    DependencyParser.Apply(state, action, label);
                }
            }
            progress?.Invoke($"parser epoch {epoch + 1}/{settings.Epochs}: {right / (double)total:P2} of actions and {labelRight / (double)Math.Max(1, labelTotal):P2} of relations right while training");
        }
        return new DependencyParser(relations, actions.ToTable(settings.PruneBelow), labels.ToTable(settings.PruneBelow));
    }

    private static WeightTable Empty(int classes) => new(classes, [], [], [], []);

    private static Prepared? Prepare(TrainingSentence s)
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
        return new Prepared(s, words, tags, heads);
    }

    /// <summary>
    /// The cost of each action: how many gold arcs still reachable it makes unreachable; −1 when not allowed.
    /// </summary>
    internal static void Costs(ParseState st, int[] heads, int[] costs)
    {
        Array.Fill(costs, -1);
        int s0 = st.Stack(0), s1 = st.Stack(1), b0 = st.Buffer(0);
        var n = st.Count;
        if (st.CanShift)
        {
            var c = 0;
            for (var k = 0; k < st.Depth; k++)
            {
                var x = st.Stack(k);
                if (x > 0 && heads[x - 1] == b0) c++;
                if (k > 0 && heads[b0 - 1] == x) c++;
            }
            costs[DependencyParser.Shift] = c;
        }
        if (!st.CanLeft && !st.CanRight) return;
        var dependentsInBuffer = 0;
        var headInBuffer = false;
        var goldHead = heads[s0 - 1];
        for (var j = st.Next; j <= n; j++)
        {
            if (heads[j - 1] == s0) dependentsInBuffer++;
            if (goldHead == j) headInBuffer = true;
        }
        if (st.CanLeft)
            costs[DependencyParser.Left] = dependentsInBuffer + (s1 >= 0 && goldHead == s1 ? 1 : 0) + (headInBuffer && goldHead != b0 ? 1 : 0);
        if (st.CanRight)
            costs[DependencyParser.Right] = dependentsInBuffer + (headInBuffer ? 1 : 0);
    }
}
