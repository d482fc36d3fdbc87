using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactCheck.Core.Evaluation;
using FactCheck.Core.Extraction;

namespace FactCheck.Cli;

/// <summary>
/// <c>eval polnear DIR [--skip N] [--limit N]</c> and <c>eval measeval DIR [--skip N] [--limit N] [--errors]</c>:
/// scores printed as JSON; <c>--errors</c> also lists the measeval mismatches on standard error.
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
        if (args.Length < 1) throw new CommandLineException("eval: missing sub-command (polnear or measeval)");
        var sub = args[0];
        if (sub is not ("polnear" or "measeval")) throw new CommandLineException($"eval: unknown sub-command '{sub}' (expected polnear or measeval)");
        if (args.Length < 2 || args[1].StartsWith("--", StringComparison.Ordinal)) throw new CommandLineException($"eval {sub}: missing DIR");
        var dir = args[1];
        if (!Directory.Exists(dir)) throw new CommandLineException($"eval {sub}: folder not found: {dir}");
        var skip = 0;
        int? limit = null;
        var errors = false;
        for (var i = 2; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--skip" when i + 1 < args.Length: skip = ParseCount(args[++i], "--skip"); break;
                case "--limit" when i + 1 < args.Length: limit = ParseCount(args[++i], "--limit"); break;
                case "--errors" when sub == "measeval": errors = true; break;
                default: throw new CommandLineException($"eval: unknown option '{args[i]}'");
            }
        }
        var extractor = new ClaimExtractor();
        object result;
        if (sub == "polnear")
        {
            foreach (var f in new[] { "articles.jsonl", "attributions.jsonl" })
                if (!File.Exists(Path.Combine(dir, f))) throw new CommandLineException($"eval polnear: {f} not found in {dir}");
            try { result = PolnearEvaluator.Evaluate(dir, extractor, skip, limit); }
            catch (JsonException e) { throw new CommandLineException($"eval polnear: invalid JSON in {dir}: {e.Message}"); }
        }
        else
        {
            try
            {
                result = MeasEvalEvaluator.Score(dir, text => extractor.Extract(text).Claims.SelectMany(c => c.Figures).ToList(),
                    index => index >= skip && (limit is not { } n || index < skip + n), errors ? stderr : null);
            }
            catch (NotImplementedException) { throw new CommandLineException("eval measeval: the MeasEval scorer is not available in this build yet"); }
            catch (JsonException e) { throw new CommandLineException($"eval measeval: invalid JSON in {dir}: {e.Message}"); }
        }
        await stdout.WriteLineAsync(JsonSerializer.Serialize(result, result.GetType(), Json));
        return 0;
    }

    private static int ParseCount(string s, string option) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new CommandLineException($"eval: {option} needs a non-negative number");
}
