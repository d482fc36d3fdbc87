namespace FactCheck.Core.Evaluation;

/// <summary>A claim that has been fact-checked, with the title of the fact-check that rated it.</summary>
public sealed record VerifiedClaim(string Id, string Claim, string Title);

/// <summary>A text to match against the verified claims (a post, or a claim of an article).</summary>
public sealed record MatchQuery(string Id, string Text);

/// <summary>
/// The files of a claim-matching collection (CheckThat! 2020 task 2 layout): <c>verified_claims.tsv</c>
/// (<c>id, vclaim, title</c>), <c>SPLIT.queries.tsv</c> (<c>id, text</c>), and <c>SPLIT.qrels</c>
/// (<c>query_id 0 vclaim_id 1</c>).
/// </summary>
public static class ClaimMatchingData
{
    public static IReadOnlyList<VerifiedClaim> ReadVerifiedClaims(string path) =>
        ReadUnique(path, 3, f => new VerifiedClaim(f[0].Trim(), f[1].Trim(), f[2].Trim()), c => c.Id);

    public static IReadOnlyList<MatchQuery> ReadQueries(string path) =>
        ReadUnique(path, 2, f => new MatchQuery(f[0].Trim(), f[1].Trim()), q => q.Id);

    /// <summary>For each query, the ids of the verified claims that answer it.</summary>
    public static IReadOnlyDictionary<string, HashSet<string>> ReadQrels(string path)
    {
        var name = Path.GetFileName(path);
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var line = 0;
        foreach (var text in ReadLines(path))
        {
            line++;
            if (text.Trim().Length == 0) continue;
            var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 4)
                throw new MatchingDataException($"{name}, line {line}: expected 'query_id 0 vclaim_id relevance', found {parts.Length} fields");
            if (!int.TryParse(parts[3], out var relevance))
                throw new MatchingDataException($"{name}, line {line}: the relevance '{parts[3]}' is not a number");
            if (relevance <= 0) continue;
            if (!result.TryGetValue(parts[0], out var set)) result[parts[0]] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(parts[2]);
        }
        return result;
    }

    private static List<T> ReadUnique<T>(string path, int fields, Func<string[], T> make, Func<T, string> id)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path)) throw new MatchingDataException($"{name}: file not found: {path}");
        using var reader = new StreamReader(path);
        var rows = new List<T>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, f) in TabSeparatedFile.Read(reader, name, fields))
        {
            var row = make(f);
            if (!seen.Add(id(row))) throw new MatchingDataException($"{name}, line {line}: the id '{id(row)}' appears twice");
            rows.Add(row);
        }
        return rows;
    }

    private static IEnumerable<string> ReadLines(string path) =>
        File.Exists(path) ? File.ReadLines(path) : throw new MatchingDataException($"{Path.GetFileName(path)}: file not found: {path}");
}
