using System.Diagnostics;
using System.Globalization;
using FactCheck.Core.Language;

namespace FactCheck.Cli;

/// <summary>
/// <c>train --corpus DIR [--out DIR]</c>: trains the language model on DIR/en_ewt-ud-train.conllu, writes
/// english-ewt.bin (by default over the shipped one) and scores it on DIR/en_ewt-ud-dev.conllu when present.
/// <c>--include-dev</c> adds the dev split to the training data (for the final model, once settings are chosen on dev).
/// <c>--base FILE</c> keeps that model's tagger, lemmatizer and parser and trains only the relabeller.
/// </summary>
public static class TrainCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout)
    {
        var o = new Options(args, "--include-dev");
        if (o.Positional.Count > 0) throw new CommandLineException($"train: unexpected argument '{o.Positional[0]}'");
        var corpus = o.Get("--corpus") ?? throw new CommandLineException("train: --corpus DIR is required (the UD English EWT folder)");
        var trainFile = Path.Combine(corpus, "en_ewt-ud-train.conllu");
        if (!File.Exists(trainFile)) throw new CommandLineException($"train: {trainFile} not found");
        var outDir = o.Get("--out") ?? ShippedModelFolder()
            ?? throw new CommandLineException("train: --out DIR is required outside the repository");
        Directory.CreateDirectory(outDir);
        var settings = new TrainingSettings();
        if (o.Get("--tagger-epochs") is { } te) settings = settings with { TaggerEpochs = Count(te, "--tagger-epochs") };
        if (o.Get("--parser-epochs") is { } pe) settings = settings with { ParserEpochs = Count(pe, "--parser-epochs") };
        if (o.Get("--folds") is { } fo) settings = settings with { Folds = Count(fo, "--folds") };
        if (o.Get("--threads") is { } th) settings = settings with { Threads = Count(th, "--threads") };
        if (o.Get("--beam") is { } bw) settings = settings with { BeamWidth = Count(bw, "--beam") };
        if (o.Get("--tagger-models") is { } tm) settings = settings with { TaggerModels = Count(tm, "--tagger-models") };
        if (o.Get("--parser-models") is { } pm) settings = settings with { ParserModels = Count(pm, "--parser-models") };
        if (o.Get("--tagger-prune") is { } tp) settings = settings with { TaggerPruneBelow = Number(tp, "--tagger-prune") };
        if (o.Get("--parser-prune") is { } pp) settings = settings with { ParserPruneBelow = Number(pp, "--parser-prune") };
        if (o.Get("--relabel-epochs") is { } re) settings = settings with { RelabelEpochs = (int)Number(re, "--relabel-epochs") };
        if (o.Get("--relabel-models") is { } rm) settings = settings with { RelabelModels = Count(rm, "--relabel-models") };
        if (o.Get("--relabel-prune") is { } rp) settings = settings with { RelabelPruneBelow = Number(rp, "--relabel-prune") };
        if (o.Get("--prune") is { } pr) settings = settings with { ParserPruneBelow = Number(pr, "--prune"), TaggerPruneBelow = Number(pr, "--prune") };

        var clock = Stopwatch.StartNew();
        var gold = ReadConllu(trainFile, "train", requireTrees: true);
        var devFile = Path.Combine(corpus, "en_ewt-ud-dev.conllu");
        // --include-dev trains the final model on train and dev together, once the settings have been chosen on dev
        // with a train-only model; its dev scores are then on training data and say nothing about new text.
        var includeDev = o.Has("--include-dev");
        if (includeDev)
        {
            if (!File.Exists(devFile)) throw new CommandLineException($"train: --include-dev needs {devFile}");
            gold.AddRange(ReadConllu(devFile, "train", requireTrees: true));
        }
        void Progress(string m) { stdout.WriteLine(m); stdout.Flush(); }
        LanguageModel model;
        if (o.Get("--base") is { } basePath)
        {
            // Keeps the tagger, lemmatizer and parser of an existing model and trains only its relabeller.
            LanguageModel baseModel;
            try { baseModel = ModelFile.Load(basePath); }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                throw new CommandLineException($"train: cannot load the base model {basePath}: {e.Message}");
            }
            try { model = LanguageTrainer.TrainRelabellerOnly(gold, baseModel, settings, Progress); }
            catch (ArgumentException e) { throw new CommandLineException($"train: {e.Message}"); }
        }
        else model = LanguageTrainer.Train(gold, settings, Progress);
        var path = Path.Combine(outDir, "english-ewt.bin");
        ModelFile.Save(model, path);
        await stdout.WriteLineAsync(FormattableString.Invariant($"wrote {path} ({new FileInfo(path).Length:N0} bytes) after {clock.Elapsed.TotalSeconds:F1} s"));

        if (File.Exists(devFile))
        {
            var reloaded = ModelFile.Load(path);
            var dev = ReadConllu(devFile, "train", requireTrees: true);
            foreach (var beam in new[] { 1, settings.BeamWidth }.Distinct())
            {
                var result = UdEvaluation.Run(reloaded, dev, beam);
                await stdout.WriteLineAsync(FormattableString.Invariant(
                    $"dev{(includeDev ? " (trained on: not held out)" : "")}, beam {beam}: UPOS {result.Scores.Upos:F4}  XPOS {result.Scores.Xpos:F4}  UAS {result.Scores.Uas:F4}  LAS {result.Scores.Las:F4}  lemma {result.Scores.Lemma:F4}  ({result.Scores.Words} words, {result.TokensPerSecond:F0} tokens/s)"));
            }
        }
        await stdout.WriteLineAsync(FormattableString.Invariant($"done in {clock.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }

    internal static List<ConlluSentence> ReadConllu(string path, string command, bool requireTrees)
    {
        try { return ConlluReader.ReadFile(path, requireTrees); }
        catch (ConlluFormatException e) { throw new CommandLineException($"{command}: {path}: {e.Message}"); }
        catch (IOException e) { throw new CommandLineException($"{command}: cannot read {path}: {e.Message}"); }
        catch (UnauthorizedAccessException) { throw new CommandLineException($"{command}: not allowed to read {path}"); }
    }

    private static string? ShippedModelFolder()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FactCheck.sln")))
                return Path.Combine(dir.FullName, "src", "FactCheck.Core", "Language", "Models");
        return null;
    }

    private static int Count(string s, string option) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new CommandLineException($"train: {option} needs a positive number");

    private static double Number(string s, string option) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : throw new CommandLineException($"train: {option} needs a non-negative number");
}
