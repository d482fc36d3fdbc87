namespace FactCheck.Core.Language;

/// <summary>
/// Trains the <see cref="Relabeller"/> on the gold trees with the tags a tagger predicted (jackknifed, as for the
/// parser): for every arc but the root's, the relation from the full-tree features alone (the parser's scores, added
/// at parse time, are not part of its training). Several perceptrons, each on its own shuffle, are averaged into one table in seed order.
/// </summary>
internal static class RelabellerTrainer
{
    public static Relabeller Train(IReadOnlyList<TrainingSentence> sentences, IReadOnlyList<string> relations, TagSet tags, int epochs, int seed,
        double pruneBelow, int parserShare, int models = 1, int threads = 1, Action<string>? progress = null)
    {
        var prepared = sentences.Where(s => s.Heads.Count(h => h == 0) == 1).Select(Prepare).ToArray();
        var rules = new Relabeller(relations, tags, WeightTable.Ordered(relations.Count, [], [], [], []), 0);
        var trained = new AveragedPerceptron[Math.Max(1, models)];
        Parallel.For(0, trained.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, k =>
            trained[k] = TrainOne(prepared, relations.Count, rules, epochs, seed + 1000 * k,
                trained.Length == 1 ? progress : m => progress?.Invoke($"relabeller {k + 1}/{trained.Length}: {m}")));
        return new Relabeller(relations, tags, AveragedPerceptron.Combine(trained, pruneBelow), parserShare);
    }

    private static AveragedPerceptron TrainOne((ulong[] Words, int[] Tags, int[] Heads, int[] Labels)[] prepared, int relationCount,
        Relabeller rules, int epochs, int seed, Action<string>? progress)
    {
        var model = new AveragedPerceptron(relationCount);
        var links = new TreeLinks();
        var features = new uint[RelabelFeatures.Max];
        var scores = new int[relationCount];
        var order = Enumerable.Range(0, prepared.Length).ToArray();
        var rng = new SplitMix(seed);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            long right = 0, total = 0;
            foreach (var index in order)
            {
                var (words, tags, heads, labels) = prepared[index];
                var n = words.Length - 1;
                links.Build(heads, n);
                for (var d = 1; d <= n; d++)
                {
                    if (heads[d] == 0) continue;
                    var m = RelabelFeatures.Extract(links, heads, words, tags, rules.PunctTags, d, features);
                    Array.Clear(scores);
                    model.AddScores(features.AsSpan(0, m), scores);
                    var guess = rules.Best(scores);
                    model.Update(features.AsSpan(0, m), labels[d], guess);
                    model.Tick();
                    if (guess == labels[d]) right++;
                    total++;
                }
            }
            progress?.Invoke($"relabeller epoch {epoch + 1}/{epochs}: {right / (double)Math.Max(1, total):P2} of relations right while training");
        }
        return model;
    }

    private static (ulong[] Words, int[] Tags, int[] Heads, int[] Labels) Prepare(TrainingSentence s)
    {
        var n = s.Forms.Length;
        var words = new ulong[n + 1];
        var tags = new int[n + 1];
        var heads = new int[n + 1];
        var labels = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            words[i + 1] = s.Words[i].Norm;
            tags[i + 1] = s.PredictedTags.Length > 0 ? s.PredictedTags[i] : s.Tags[i];
            heads[i + 1] = s.Heads[i];
            labels[i + 1] = s.Labels[i];
        }
        return (words, tags, heads, labels);
    }
}
