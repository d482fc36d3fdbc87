using System.Diagnostics;

namespace FactCheck.Core.Language;

/// <summary>
/// Trains the whole language model from CoNLL-U training sentences: tags and relations named in sorted order,
/// the lemmatizer, the tagger, jackknifed tags for the parser's training, then the parser. Deterministic:
/// fixed seeds, sorted tables, integer weights, folds combined in order.
/// </summary>
public static class LanguageTrainer
{
    public static LanguageModel Train(IReadOnlyList<ConlluSentence> gold, TrainingSettings settings, Action<string>? progress = null)
    {
        if (gold.Count == 0) throw new ArgumentException("no training sentences", nameof(gold));
        var clock = Stopwatch.StartNew();
        void Say(string message) => progress?.Invoke($"[{clock.Elapsed.TotalSeconds,6:F1}s] {message}");
        var tags = new TagSet(gold.SelectMany(s => s.Words).Select(w => (w.Upos, w.Xpos)).Distinct()
            .OrderBy(t => t.Upos, StringComparer.Ordinal).ThenBy(t => t.Xpos, StringComparer.Ordinal));
        var relations = gold.SelectMany(s => s.Words).Select(w => w.Deprel).Append("root").Distinct().Order(StringComparer.Ordinal).ToArray();
        var sentences = gold.Select(s => Prepare(s, tags, relations)).ToArray();
        Say($"{sentences.Length} sentences, {sentences.Sum(s => s.Forms.Length)} words, {tags.Count} tags, {relations.Length} relations");

        var lemmatizer = LemmatizerTrainer.Train(sentences, tags);
        Say($"lemmatizer: {lemmatizer.ExactEntries.Count} forms, {lemmatizer.LowerEntries.Count} lower-case forms, {lemmatizer.Rules.Count} rules");

        var folds = Math.Max(2, settings.Folds);
        var foldTags = new int[sentences.Length][];
        Parallel.For(0, folds, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Threads) }, k =>
        {
            var training = sentences.Where((_, i) => i % folds != k).ToArray();
            var tagger = TaggerTrainer.Train(training, tags, settings.TaggerEpochs, settings.Seed + 100 + k, settings.TaggerPruneBelow);
            for (var i = k; i < sentences.Length; i += folds)
            {
                var predicted = new int[sentences[i].Words.Length];
                tagger.Tag(sentences[i].Words, predicted);
                foldTags[i] = predicted;
            }
            Say($"jackknife fold {k + 1}/{folds} tagged");
        });
        long right = 0, total = 0;
        for (var i = 0; i < sentences.Length; i++)
        {
            sentences[i].PredictedTags = foldTags[i];
            for (var j = 0; j < foldTags[i].Length; j++, total++)
                if (foldTags[i][j] == sentences[i].Tags[j]) right++;
        }
        Say($"jackknifed tags: {right / (double)total:P2} right");

        var finalTagger = TaggerTrainer.Train(sentences, tags, settings.TaggerEpochs, settings.Seed, settings.TaggerPruneBelow, Say);
        Say($"tagger: {finalTagger.Weights.FeatureCount} features, {finalTagger.Weights.EntryCount} weights");

        var parser = ParserTrainer.Train(sentences, relations,
            new ParserTrainer.Settings(settings.ParserEpochs, settings.Seed, settings.ExploreFrom, settings.ExploreProbability, settings.ParserPruneBelow), Say);
        Say($"parser: {parser.Weights.FeatureCount} features, {parser.Weights.EntryCount} weights");
        return new LanguageModel(finalTagger, lemmatizer, parser);
    }

    private static TrainingSentence Prepare(ConlluSentence s, TagSet tags, string[] relations)
    {
        var words = s.Words;
        return new TrainingSentence
        {
            Forms = [.. words.Select(w => w.Form)],
            Words = [.. words.Select(w => WordInfo.Of(w.Form))],
            Tags = [.. words.Select(w => tags.Find(w.Upos, w.Xpos))],
            Lemmas = [.. words.Select(w => w.Lemma)],
            Heads = [.. words.Select(w => Math.Max(0, w.Head))],
            Labels = [.. words.Select(w => Array.BinarySearch(relations, w.Deprel, StringComparer.Ordinal))],
        };
    }
}
