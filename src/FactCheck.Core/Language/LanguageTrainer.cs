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

        var firstTags = JackknifeTags(sentences, tags, settings, Say);

        var firstPass = TaggerTrainer.TrainPass(sentences, null, tags.Count, settings.TaggerEpochs, settings.Seed, settings.TaggerPruneBelow,
            "tagger first pass", settings.TaggerModels, settings.Threads, Say);
        var secondPass = TaggerTrainer.TrainPass(sentences, firstTags, tags.Count, settings.TaggerEpochs, settings.Seed + 1, settings.TaggerPruneBelow,
            "tagger second pass", settings.TaggerModels, settings.Threads, Say);
        var finalTagger = new Tagger(tags, firstPass, secondPass);
        Say($"tagger: {firstPass.FeatureCount} + {secondPass.FeatureCount} features, {firstPass.EntryCount} + {secondPass.EntryCount} weights");

        var parser = ParserTrainer.Train(sentences, relations,
            new ParserTrainer.Settings(settings.ParserEpochs, settings.Seed, settings.ExploreFrom, settings.ExploreProbability, settings.ParserPruneBelow, settings.BeamWidth,
                settings.ParserModels, settings.Threads), Say);
        Say($"parser: {parser.Actions.FeatureCount} action features, {parser.Actions.EntryCount} weights; {parser.Labels.FeatureCount} relation features, {parser.Labels.EntryCount} weights");
        var relabeller = TrainRelabeller(sentences, relations, tags, settings, Say);
        return new LanguageModel(finalTagger, lemmatizer, parser, relabeller);
    }

    /// <summary>
    /// Trains only a new relabeller on top of <paramref name="baseModel"/>'s tagger, lemmatizer and parser, which must
    /// have been trained on the same sentences (same tags and relations); the tags it learns from are jackknifed as in
    /// <see cref="Train"/>, so the result is what a full training with these settings would have.
    /// </summary>
    public static LanguageModel TrainRelabellerOnly(IReadOnlyList<ConlluSentence> gold, LanguageModel baseModel, TrainingSettings settings,
        Action<string>? progress = null)
    {
        if (gold.Count == 0) throw new ArgumentException("no training sentences", nameof(gold));
        var clock = Stopwatch.StartNew();
        void Say(string message) => progress?.Invoke($"[{clock.Elapsed.TotalSeconds,6:F1}s] {message}");
        var tags = baseModel.Tagger.Tags;
        var relations = baseModel.Parser.Relations.ToArray();
        var sentences = gold.Select(s => Prepare(s, tags, relations)).ToArray();
        if (sentences.Any(s => s.Tags.Contains(-1) || s.Labels.Any(l => l < 0)))
            throw new ArgumentException("the sentences have tags or relations the base model does not know: it was trained on another corpus", nameof(gold));
        JackknifeTags(sentences, tags, settings, Say);
        var relabeller = TrainRelabeller(sentences, relations, tags, settings, Say);
        return new LanguageModel(baseModel.Tagger, baseModel.Lemmatizer, baseModel.Parser, relabeller);
    }

    private static Relabeller? TrainRelabeller(TrainingSentence[] sentences, string[] relations, TagSet tags, TrainingSettings settings, Action<string> say)
    {
        if (settings.RelabelEpochs <= 0) return null;
        var relabeller = RelabellerTrainer.Train(sentences, relations, tags, settings.RelabelEpochs, settings.Seed + 300, settings.RelabelPruneBelow, settings.RelabelParserShare,
            settings.RelabelModels, settings.Threads, say);
        say($"relabeller: {relabeller.Weights.FeatureCount} features, {relabeller.Weights.EntryCount} weights");
        return relabeller;
    }

    /// <summary>
    /// Jackknifing: every sentence gets tags from taggers that never saw it, first for the second pass's look-ahead
    /// (returned), then (both passes) for the parser and relabeller, which must learn from tags as good as they will
    /// get (set as each sentence's <see cref="TrainingSentence.PredictedTags"/>).
    /// </summary>
    private static int[][] JackknifeTags(TrainingSentence[] sentences, TagSet tags, TrainingSettings settings, Action<string> Say)
    {
        var folds = Math.Max(2, settings.Folds);
        var firstTags = Jackknife(sentences, folds, settings, (training, k) =>
        {
            var first = TaggerTrainer.TrainPass([.. training.Select(i => sentences[i])], null, tags.Count, settings.TaggerEpochs,
                settings.Seed + 100 + k, settings.TaggerPruneBelow, "first pass");
            return i => TaggerTrainer.Apply(first, sentences[i].Words, null);
        }, "first pass", Say);
        var parserTags = Jackknife(sentences, folds, settings, (training, k) =>
        {
            var second = TaggerTrainer.TrainPass([.. training.Select(i => sentences[i])], [.. training.Select(i => firstTags[i])], tags.Count,
                settings.TaggerEpochs, settings.Seed + 200 + k, settings.TaggerPruneBelow, "second pass");
            return i => TaggerTrainer.Apply(second, sentences[i].Words, firstTags[i]);
        }, "second pass", Say);
        for (var i = 0; i < sentences.Length; i++) sentences[i].PredictedTags = parserTags[i];

        return firstTags;
    }

    /// <summary>
    /// Splits the sentences into folds (sentence i in fold i mod k), trains on all folds but one and tags that
    /// one, for each fold; folds may train in parallel, and their tags land by sentence index.
    /// </summary>
    private static int[][] Jackknife(TrainingSentence[] sentences, int folds, TrainingSettings settings,
        Func<int[], int, Func<int, int[]>> train, string name, Action<string> say)
    {
        var result = new int[sentences.Length][];
        Parallel.For(0, folds, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Threads) }, k =>
        {
            var tagger = train([.. Enumerable.Range(0, sentences.Length).Where(i => i % folds != k)], k);
            for (var i = k; i < sentences.Length; i += folds) result[i] = tagger(i);
            say($"jackknife {name}, fold {k + 1}/{folds} done");
        });
        long right = 0, total = 0;
        for (var i = 0; i < sentences.Length; i++)
            for (var j = 0; j < result[i].Length; j++, total++)
                if (result[i][j] == sentences[i].Tags[j]) right++;
        say($"jackknifed {name} tags: {right / (double)total:P2} right");
        return result;
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
