namespace FactCheck.Core.Language;

/// <summary>Trains a <see cref="Tagger"/>: several passes over shuffled sentences, predicted tags as history.</summary>
internal static class TaggerTrainer
{
    public static Tagger Train(IReadOnlyList<TrainingSentence> sentences, TagSet tags, int epochs, int seed, double pruneBelow,
        Action<string>? progress = null)
    {
        var model = new AveragedPerceptron(tags.Count);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var rng = new SplitMix(seed);
        var features = new uint[Tagger.MaxFeatures];
        var scores = new int[tags.Count];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            int right = 0, total = 0;
            foreach (var s in order)
            {
                var sentence = sentences[s];
                var guessed = new int[sentence.Words.Length];
                for (var i = 0; i < guessed.Length; i++)
                {
                    var n = Tagger.Features(sentence.Words, i, guessed, features);
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
            progress?.Invoke($"tagger epoch {epoch + 1}/{epochs}: {right / (double)total:P2} right while training");
        }
        return new Tagger(tags, model.ToTable(pruneBelow));
    }
}
