using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactCheck.Core.Evaluation;
using FactCheck.Core.Extraction;
using FactCheck.Core.Language;

namespace FactCheck.Cli;

/// <summary>
/// <c>eval polnear DIR [--skip N] [--limit N] [--errors [FILE]] [--no-parse]</c> and <c>eval measeval DIR [--skip N] [--limit N] [--errors [FILE]]</c>:
/// scores printed as JSON; <c>--errors</c> also lists the misses, false positives and wrong speakers (polnear) or the
/// mismatched quantities (measeval) to FILE, or to standard error without one (it quotes the evaluation texts: keep
/// it outside the repository).
/// <c>--no-parse</c> scores the pattern-only extractor, without the trained parser.
/// </summary>
public static class EvalCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length < 1) throw new CommandLineException("eval: missing sub-command (polnear, measeval, ud or match)");
        var sub = args[0];
        if (sub == "ud") return await RunUdAsync(args[1..], stdout);
        if (sub == "match") return await EvalMatchCommand.RunAsync(args[1..], stdout, stderr, Json);
        if (sub is not ("polnear" or "measeval")) throw new CommandLineException($"eval: unknown sub-command '{sub}' (expected polnear, measeval, ud or match)");
        if (args.Length < 2 || args[1].StartsWith("--", StringComparison.Ordinal)) throw new CommandLineException($"eval {sub}: missing DIR");
        var dir = args[1];
        if (!Directory.Exists(dir)) throw new CommandLineException($"eval {sub}: folder not found: {dir}");
        var skip = 0;
        int? limit = null;
        var errors = false;
        string? errorsPath = null;
        var useParse = true;
        for (var i = 2; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--skip" when i + 1 < args.Length: skip = ParseCount(args[++i], "--skip"); break;
                case "--limit" when i + 1 < args.Length: limit = ParseCount(args[++i], "--limit"); break;
                case "--errors":
                    errors = true;
                    if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) errorsPath = args[++i];
                    break;
                case "--no-parse": useParse = false; break;
                default: throw new CommandLineException($"eval: unknown option '{args[i]}'");
            }
        }
        var extractor = new ClaimExtractor(useParse);
        await using var errorFile = errors && errorsPath is not null ? new StreamWriter(errorsPath) : null;
        var errorWriter = errors ? errorFile ?? stderr : null;
        object result;
        if (sub == "polnear")
        {
            foreach (var f in new[] { "articles.jsonl", "attributions.jsonl" })
                if (!File.Exists(Path.Combine(dir, f))) throw new CommandLineException($"eval polnear: {f} not found in {dir}");
            try { result = PolnearEvaluator.Evaluate(dir, extractor, skip, limit, errors: errorWriter); }
            catch (JsonException e) { throw new CommandLineException($"eval polnear: invalid JSON in {dir}: {e.Message}"); }
        }
        else
        {
            try
            {
                result = MeasEvalEvaluator.Score(dir, text => extractor.Extract(text).Claims.SelectMany(c => c.Figures).ToList(),
                    index => index >= skip && (limit is not { } n || index < skip + n), errorWriter);
            }
            catch (NotImplementedException) { throw new CommandLineException("eval measeval: the MeasEval scorer is not available in this build yet"); }
            catch (JsonException e) { throw new CommandLineException($"eval measeval: invalid JSON in {dir}: {e.Message}"); }
        }
        await stdout.WriteLineAsync(JsonSerializer.Serialize(result, result.GetType(), Json));
        return 0;
    }

    /// <summary><c>eval ud FILE.conllu [--model PATH] [--beam N]</c>: parses the gold words and scores tags, lemmas and trees.</summary>
    private static async Task<int> RunUdAsync(string[] args, TextWriter stdout)
    {
        var o = new Options(args);
        if (o.Positional.Count != 1) throw new CommandLineException("eval ud: expected one FILE.conllu");
        var path = o.Positional[0];
        var model = ParseCommand.LoadModel(o.Get("--model"), "eval ud");
        var beam = ParseCommand.Beam(o, "eval ud");
        var gold = TrainCommand.ReadConllu(path, "eval ud", requireTrees: true);
        var result = UdEvaluation.Run(model, gold, beam);
        var s = result.Scores;
        var report = new
        {
            file = path, beam, sentences = result.Sentences, words = s.Words,
            upos = Math.Round(s.Upos, 4), xpos = Math.Round(s.Xpos, 4), uas = Math.Round(s.Uas, 4), las = Math.Round(s.Las, 4),
            lemma = Math.Round(s.Lemma, 4), tokensPerSecond = Math.Round(result.TokensPerSecond),
            note = "punctuation included; LAS compares the relation without its subtype",
        };
        await stdout.WriteLineAsync(JsonSerializer.Serialize(report, Json));
        return 0;
    }

    private static int ParseCount(string s, string option) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new CommandLineException($"eval: {option} needs a non-negative number");
}
