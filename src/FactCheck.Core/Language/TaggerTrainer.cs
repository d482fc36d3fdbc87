namespace FactCheck.Core.Language;

/// <summary>
/// Trains the two passes of a <see cref="Tagger"/>: several epochs over shuffled sentences, predicted tags as
/// history. The second pass learns from first-pass tags that a tagger predicted without seeing the sentence.
/// </summary>
internal static class TaggerTrainer
{
    /// <summary>Trains one pass. <paramref name="lookahead"/> (one array per sentence) is null for the first pass.</summary>
    public static WeightTable TrainPass(IReadOnlyList<TrainingSentence> sentences, int[][]? lookahead, int classCount, int epochs, int seed,
        double pruneBelow, string name, Action<string>? progress = null)
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
        return model.ToTable(pruneBelow);
    }

    /// <summary>Tags with one pass only.</summary>
    public static int[] Apply(WeightTable weights, WordInfo[] words, int[]? lookahead)
    {
        var tags = new int[words.Length];
        Tagger.Pass(weights, words, lookahead ?? [], tags);
        return tags;
    }
}
