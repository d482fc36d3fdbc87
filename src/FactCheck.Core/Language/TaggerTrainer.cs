namespace FactCheck.Core.Language;

/// <summary>
/// Trains the two passes of a <see cref="Tagger"/>: several epochs over shuffled sentences, predicted tags as
/// history. The second pass learns from first-pass tags that a tagger predicted without seeing the sentence.
/// </summary>
internal static class TaggerTrainer
{
    /// <summary>Trains one pass. <paramref name="lookahead"/> (one array per sentence) is null for the first pass.</summary>
    public static WeightTable TrainPass(IReadOnlyList<TrainingSentence> sentences, int[][]? lookahead, int classCount, int epochs, int seed,
        double pruneBelow, string name, Action<string>? progress = null) =>
        TrainPass(sentences, lookahead, classCount, epochs, seed, pruneBelow, name, 1, 1, progress);

    /// <summary>
    /// Trains <paramref name="models"/> passes on different orders of the sentences and sums their weights into one
    /// table (they vote at the cost of one); combined in seed order, so any thread count gives the same bytes.
    /// </summary>
    public static WeightTable TrainPass(IReadOnlyList<TrainingSentence> sentences, int[][]? lookahead, int classCount, int epochs, int seed,
        double pruneBelow, string name, int models, int threads, Action<string>? progress = null)
    {
        var trained = new AveragedPerceptron[Math.Max(1, models)];
        Parallel.For(0, trained.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, k =>
            trained[k] = TrainOne(sentences, lookahead, classCount, epochs, seed + 7919 * k,
                trained.Length == 1 ? name : $"{name} (model {k + 1}/{trained.Length})", progress));
        return AveragedPerceptron.Combine(trained, pruneBelow);
    }

    private static AveragedPerceptron TrainOne(IReadOnlyList<TrainingSentence> sentences, int[][]? lookahead, int classCount, int epochs, int seed,
        string name, Action<string>? progress)
    {
        var model = new AveragedPerceptron(classCount);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var rng = new SplitMix(seed);
        var features = new uint[Tagger.MaxFeatures];
        var scores = new int[classCount];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            int right = 0, total = 0;
            foreach (var s in order)
            {
                var sentence = sentences[s];
                var ahead = lookahead is null ? [] : lookahead[s];
                var guessed = new int[sentence.Words.Length];
                for (var i = 0; i < guessed.Length; i++)
                {
                    var n = Tagger.Features(sentence.Words, i, guessed, ahead, features);
                    Array.Clear(scores);
                    model.AddScores(features.AsSpan(0, n), scores);
                    var guess = Tagger.ArgMax(scores);
                    var gold = sentence.Tags[i];
                    model.Update(features.AsSpan(0, n), gold, guess);
                    model.Tick();
                    guessed[i] = guess;
                    if (guess == gold) right++;
                    total++;
                }
            }
            progress?.Invoke($"{name} epoch {epoch + 1}/{epochs}: {right / (double)total:P2} right while training");
        }
        return model;
    }

    /// <summary>Tags with one pass only.</summary>
    public static int[] Apply(WeightTable weights, WordInfo[] words, int[]? lookahead)
    {
        var tags = new int[words.Length];
        Tagger.Pass(weights, words, lookahead ?? [], tags);
        return tags;
    }
}
