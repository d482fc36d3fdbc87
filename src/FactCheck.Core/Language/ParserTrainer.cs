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
    public sealed record Settings(int Epochs, int Seed, double ExploreFrom, double ExploreProbability, double PruneBelow, int BeamWidth = 1,
        int Models = 1, int Threads = 1);

    private sealed record Prepared(TrainingSentence Sentence, ulong[] Words, int[] Tags, int[] Heads);

    public static DependencyParser Train(IReadOnlyList<TrainingSentence> sentences, string[] relations, Settings settings,
        Action<string>? progress = null)
    {
        if (settings.BeamWidth > 1) return TrainWithBeam(sentences, relations, settings, progress);
        var prepared = sentences.Select(Prepare).OfType<Prepared>().ToArray();
        // Several parsers, each seeing the sentences in its own order, vote through their summed weights: the
        // combined table scores like the ensemble at the cost of one parser. Models combine in seed order, so
        // any thread count gives the same bytes.
        var models = new (AveragedPerceptron Actions, AveragedPerceptron Labels)[Math.Max(1, settings.Models)];
        Parallel.For(0, models.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Threads) }, k =>
            models[k] = TrainOne(prepared, relations, settings, settings.Seed + 1000 * k,
                models.Length == 1 ? progress : m => progress?.Invoke($"model {k + 1}/{models.Length}: {m}")));
        return new DependencyParser(relations,
            AveragedPerceptron.Combine([.. models.Select(m => m.Actions)], settings.PruneBelow),
            AveragedPerceptron.Combine([.. models.Select(m => m.Labels)], settings.PruneBelow));
    }

    private static (AveragedPerceptron Actions, AveragedPerceptron Labels) TrainOne(Prepared[] prepared, string[] relations,
        Settings settings, int seed, Action<string>? progress)
    {
        var actions = new AveragedPerceptron(DependencyParser.ActionCount);
        var labels = new AveragedPerceptron(relations.Length);
        // Only the relation names and rules are read from this one; the weights come from the trainers above.
        var rules = new DependencyParser(relations, Empty(DependencyParser.ActionCount), Empty(relations.Length));
        var order = Enumerable.Range(0, prepared.Length).ToArray();
        var rng = new SplitMix(seed);
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
        return (actions, labels);
    }

    /// <summary>
    /// Global training with a beam (Huang et al. 2012, max-violation): decode with the beam, follow the gold
    /// actions alongside, and update the whole action sequences up to the step where the best hypothesis
    /// beat the gold one by the most. The relation model learns along the gold actions.
    /// </summary>
    private static DependencyParser TrainWithBeam(IReadOnlyList<TrainingSentence> sentences, string[] relations, Settings settings,
        Action<string>? progress)
    {
        var actions = new AveragedPerceptron(DependencyParser.ActionCount);
        var labels = new AveragedPerceptron(relations.Length);
        var rules = new DependencyParser(relations, Empty(DependencyParser.ActionCount), Empty(relations.Length));
        var prepared = sentences.Select(Prepare).OfType<Prepared>().ToArray();
        var golds = prepared.Select(p => GoldActions(p.Heads)).ToArray();
        var order = Enumerable.Range(0, prepared.Length).ToArray();
        var rng = new SplitMix(settings.Seed);
        var beam = new BeamSearch(settings.BeamWidth);
        var gold = new ParseState();
        var replay = new ParseState();
        var features = new uint[ParserFeatures.Max];
        var labelFeatures = new uint[LabelFeatures.Max];
        var scores = new int[16];
        var labelScores = new int[relations.Length];
        var best = new int[64];

        int Label(ParseState state, int action, ReadOnlySpan<ulong> words, ReadOnlySpan<int> tags)
        {
            var (head, dep) = DependencyParser.Arc(state, action);
            if (head == 0) return rules.RootRelation;
            var m = LabelFeatures.Extract(state, words, tags, head, dep, labelFeatures);
            Array.Clear(labelScores);
            labels.AddScores(labelFeatures.AsSpan(0, m), labelScores);
            return rules.BestLabel(labelScores);
        }

        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            rng.Shuffle(order);
            long updates = 0, labelRight = 0, labelTotal = 0, finalRight = 0;
            foreach (var index in order)
            {
                var p = prepared[index];
                var actionsOfGold = golds[index];
                var n = p.Words.Length - 1;
                beam.Start(n);
                gold.Reset(n);
                long goldScore = 0, worst = 0;
                var worstStep = -1;
                for (var t = 0; t < actionsOfGold.Length; t++)
                {
                    beam.Step(p.Words, p.Tags, actions.AddScores, Label);
                    var f = ParserFeatures.Extract(gold, p.Words, p.Tags, features);
                    Array.Clear(scores);
                    actions.AddScores(features.AsSpan(0, f), scores);
                    var a = actionsOfGold[t];
                    goldScore += scores[a];
                    DependencyParser.Apply(gold, a, a == DependencyParser.Shift ? -1 : Label(gold, a, p.Words, p.Tags));
                    var top = beam[0];
                    var violation = top.Score - goldScore;
                    if ((worstStep < 0 ? violation >= 0 : violation > worst) && !SamePrefix(top.Actions, actionsOfGold, t + 1))
                    {
                        worst = violation;
                        worstStep = t;
                        if (best.Length < t + 1) Array.Resize(ref best, Math.Max(t + 1, best.Length * 2));
                        top.Actions.AsSpan(0, t + 1).CopyTo(best);
                    }
                }
                if (SamePrefix(beam[0].Actions, actionsOfGold, actionsOfGold.Length)) finalRight++;
                if (worstStep >= 0)
                {
                    Replay(actionsOfGold, worstStep, +1);
                    Replay(best, worstStep, -1);
                    updates++;
                }
                actions.Tick();
                // The relation model learns along the gold actions, naming arcs as it would at parse time.
                gold.Reset(n);
                foreach (var a in actionsOfGold)
                {
                    var label = -1;
                    if (a != DependencyParser.Shift)
                    {
                        var (head, dep) = DependencyParser.Arc(gold, a);
                        if (head == 0) label = rules.RootRelation;
                        else
                        {
                            var m = LabelFeatures.Extract(gold, p.Words, p.Tags, head, dep, labelFeatures);
                            Array.Clear(labelScores);
                            labels.AddScores(labelFeatures.AsSpan(0, m), labelScores);
                            label = rules.BestLabel(labelScores);
                            var truth = p.Sentence.Labels[dep - 1];
                            labels.Update(labelFeatures.AsSpan(0, m), truth, label);
                            labels.Tick();
                            if (label == truth) labelRight++;
                            labelTotal++;
                        }
                    }
                    DependencyParser.Apply(gold, a, label);
                }

                void Replay(int[] sequence, int last, int delta)
                {
                    replay.Reset(n);
                    for (var t = 0; t <= last; t++)
                    {
                        var a = sequence[t];
                        var f = ParserFeatures.Extract(replay, p.Words, p.Tags, features);
                        actions.Add(features.AsSpan(0, f), a, delta);
                        DependencyParser.Apply(replay, a, a == DependencyParser.Shift ? -1 : Label(replay, a, p.Words, p.Tags));
                    }
                }
            }
            progress?.Invoke($"parser epoch {epoch + 1}/{settings.Epochs} (beam {settings.BeamWidth}): {finalRight / (double)prepared.Length:P2} of sentences parsed exactly, {updates} updates, {labelRight / (double)Math.Max(1, labelTotal):P2} of relations right while training");
        }
        return new DependencyParser(relations, actions.ToTable(settings.PruneBelow), labels.ToTable(settings.PruneBelow));
    }

    private static bool SamePrefix(int[] a, int[] b, int length) => a.AsSpan(0, length).SequenceEqual(b.AsSpan(0, length));

    /// <summary>The static oracle: the action sequence that builds the (projective) gold tree, arcs as early as possible.</summary>
    internal static int[] GoldActions(int[] heads)
    {
        var state = new ParseState();
        state.Reset(heads.Length);
        var costs = new int[DependencyParser.ActionCount];
        var sequence = new List<int>(heads.Length * 2);
        while (!state.IsTerminal)
        {
            Costs(state, heads, costs);
            var a = costs[DependencyParser.Left] == 0 ? DependencyParser.Left
                : costs[DependencyParser.Right] == 0 ? DependencyParser.Right
                : costs[DependencyParser.Shift] == 0 ? DependencyParser.Shift
                : throw new InvalidOperationException("no zero-cost action: the tree is not projective");
            sequence.Add(a);
            DependencyParser.Apply(state, a, 0);
        }
        return [.. sequence];
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
