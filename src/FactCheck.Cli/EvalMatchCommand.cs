using System.Globalization;
using System.Text.Json;
using FactCheck.Core.Evaluation;
using FactCheck.Core.Matching;

namespace FactCheck.Cli;

/// <summary>
/// <c>eval match DIR [--split dev] [--semantic-weight W] [--k1 K] [--b B] [--sweep] [--cache DIR | --no-cache]</c>:
/// MAP@5, MRR and P@1 of the hybrid matcher on a split, with BM25 alone and embeddings alone beside it.
/// <c>--sweep</c> scores a grid of fusion weights and BM25 settings instead (tune on the train split only).
/// </summary>
public static class EvalMatchCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, JsonSerializerOptions json)
    {
        var o = new Options(args, "--no-cache", "--sweep");
        if (o.Positional.Count != 1) throw new CommandLineException("eval match: expected one DIR (holding verified_claims.tsv, SPLIT.queries.tsv, SPLIT.qrels)");
        var dir = o.Positional[0];
        if (!Directory.Exists(dir)) throw new CommandLineException($"eval match: folder not found: {dir}");
        var split = o.Get("--split") ?? "dev";
        var settings = MatchCommand.Settings(o, "eval match");
        ClaimMatchingEvaluator evaluator;
        try { evaluator = new ClaimMatchingEvaluator(dir, split, SentenceEmbedder.Instance, MatchCommand.Cache(o)); }
        catch (MatchingDataException e) { throw new CommandLineException($"eval match: {e.Message}"); }
        if (!o.Has("--sweep"))
        {
            await stdout.WriteLineAsync(JsonSerializer.Serialize(evaluator.Evaluate(settings), json));
            return 0;
        }
        foreach (var k1 in new[] { 0.9, 1.2, 1.5 })
            foreach (var b in new[] { 0.5, 0.75, 0.9 })
                foreach (var w in new[] { 0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0 })
                {
                    var s = evaluator.Score(settings with { K1 = k1, B = b, SemanticWeight = w });
                    await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"k1={k1} b={b} semanticWeight={w} map5={s.Map5} mrr={s.Mrr} p1={s.PrecisionAt1}"));
                }
        return 0;
    }
}
