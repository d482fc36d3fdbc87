using System.Globalization;
using FactCheck.Core.Evaluation;
using FactCheck.Core.Matching;

namespace FactCheck.Cli;

/// <summary>
/// <c>match --claims VERIFIED.tsv --queries QUERIES.tsv [--top N] [--cache DIR | --no-cache]</c>: ranks, for each query,
/// the verified claims of the file and prints TREC run lines <c>query_id Q0 vclaim_id rank score tag</c>.
/// The claims' embeddings are kept in the cache folder (<see cref="EmbeddingCache.DefaultFolder"/>) for the next run.
/// </summary>
public static class MatchCommand
{
    public const string RunTag = "factcheck-hybrid";

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var o = new Options(args, "--no-cache");
        if (o.Positional.Count > 0) throw new CommandLineException($"match: unexpected argument '{o.Positional[0]}'");
        var claimsPath = o.Get("--claims") ?? throw new CommandLineException("match: --claims VERIFIED.tsv is required");
        var queriesPath = o.Get("--queries") ?? throw new CommandLineException("match: --queries QUERIES.tsv is required");
        var top = o.Get("--top") is { } t ? PositiveCount(t, "--top") : 20;
        var settings = Settings(o, "match");
        IReadOnlyList<VerifiedClaim> claims;
        IReadOnlyList<MatchQuery> queries;
        try
        {
            claims = ClaimMatchingData.ReadVerifiedClaims(claimsPath);
            queries = ClaimMatchingData.ReadQueries(queriesPath);
        }
        catch (MatchingDataException e) { throw new CommandLineException($"match: {e.Message}"); }
        await stderr.WriteLineAsync($"factcheck: matching {queries.Count} queries against {claims.Count} verified claims");
        var matcher = VerifiedClaimMatcher.Build(claims, SentenceEmbedder.Instance, Cache(o), settings);
        foreach (var query in matcher.Prepare(queries))
        {
            var rank = 0;
            foreach (var m in matcher.Match(query, top))
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{query.Query.Id}\tQ0\t{m.Claim.Id}\t{++rank}\t{m.Rank.Score:0.######}\t{RunTag}"));
        }
        return 0;
    }

    internal static EmbeddingCache? Cache(Options o) =>
        o.Has("--no-cache") ? null : new EmbeddingCache(o.Get("--cache") ?? EmbeddingCache.DefaultFolder());

    /// <summary><c>--semantic-weight W --k1 K --b B</c>: the fusion's settings, defaults from <see cref="HybridSettings"/>.</summary>
    internal static HybridSettings Settings(Options o, string command)
    {
        var s = HybridSettings.Default;
        if (o.Get("--semantic-weight") is { } w) s = s with { SemanticWeight = Fraction(w, "--semantic-weight", command) };
        if (o.Get("--b") is { } b) s = s with { B = Fraction(b, "--b", command) };
        if (o.Get("--k1") is { } k1)
            s = s with { K1 = double.TryParse(k1, NumberStyles.Float, CultureInfo.InvariantCulture, out var k) && k >= 0 ? k : throw new CommandLineException($"{command}: --k1 needs a number ≥ 0") };
        return s;
    }

    private static double Fraction(string s, string option, string command) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v is >= 0 and <= 1 ? v
        : throw new CommandLineException($"{command}: {option} needs a number from 0 to 1");

    private static int PositiveCount(string s, string option) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= ClaimMatchingEvaluator.RankingDepth ? n
        : throw new CommandLineException($"match: {option} needs a number from 1 to {ClaimMatchingEvaluator.RankingDepth}");
}
