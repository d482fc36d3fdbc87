using System.Globalization;
using FactCheck.Core.Reviews;

namespace FactCheck.Core.Search;

/// <summary>
/// Reads a search from name=value pairs (the API's query string and the search page's address alike): q, verdict,
/// speaker, outlet, from, to (YYYY-MM-DD), state (a claim status), assignee (a username), kind (article, claim, source,
/// evidence; several separated by commas) and limit. Says what is wrong instead of guessing.
/// </summary>
public static class SearchParameters
{
    public static readonly IReadOnlyList<string> Names = ["q", "verdict", "speaker", "outlet", "from", "to", "state", "assignee", "kind", "limit"];

    /// <param name="get">The value of a parameter, or null when it is absent.</param>
    /// <param name="findUser">A username's user id, or null when there is no such user.</param>
    public static (SearchRequest? Request, string? Error) Read(Func<string, string?> get, Func<string, long?> findUser)
    {
        var q = get("q") ?? "";
        string? Text(string name) => string.IsNullOrWhiteSpace(get(name)) ? null : get(name)!.Trim();
        DateOnly? from = null, to = null;
        foreach (var name in new[] { "from", "to" })
        {
            if (Text(name) is not { } value) continue;
            if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return (null, $"'{name}' takes a date as YYYY-MM-DD, not '{Clip(value)}'.");
            if (name == "from") from = date; else to = date;
        }
        ClaimStatus? state = null;
        if (Text("state") is { } stateText)
        {
            if (!TryState(stateText, out var s))
                return (null, $"Unknown state '{Clip(stateText)}'. Use one of: {string.Join(", ", Enum.GetNames<ClaimStatus>())}.");
            state = s;
        }
        long? assignee = null;
        if (Text("assignee") is { } username)
        {
            if (findUser(username) is not { } id) return (null, $"There is no user '{Clip(username)}' to filter by.");
            assignee = id;
        }
        var kinds = new List<SearchHitKind>();
        if (Text("kind") is { } kindText)
            foreach (var part in kindText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!TryKind(part, out var kind)) return (null, $"Unknown kind '{Clip(part)}'. Use article, claim, source or evidence.");
                kinds.Add(kind);
            }
        var limit = SearchRequest.DefaultLimit;
        if (Text("limit") is { } limitText && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > SearchRequest.MaxLimit))
            return (null, $"'limit' is a whole number from 1 to {SearchRequest.MaxLimit}.");
        var request = new SearchRequest
        {
            Query = q, Verdict = Text("verdict"), Speaker = Text("speaker"), Outlet = Text("outlet"), PublishedFrom = from, PublishedTo = to,
            State = state, AssigneeId = assignee, Kinds = kinds, Limit = limit,
        };
        return request.Problem() is { } problem ? (null, problem) : (request, null);
    }

    public static bool TryState(string text, out ClaimStatus state)
    {
        var key = text.Replace(" ", "").Replace("-", "");
        if (Enum.TryParse(key, ignoreCase: true, out state) && !int.TryParse(key, out _)) return true;
        foreach (var s in Enum.GetValues<ClaimStatus>())
            if (string.Equals(s.Label(), text, StringComparison.OrdinalIgnoreCase)) { state = s; return true; }
        return false;
    }

    public static bool TryKind(string text, out SearchHitKind kind)
    {
        kind = text.ToLowerInvariant() switch
        {
            "article" or "articles" => SearchHitKind.Article,
            "claim" or "claims" => SearchHitKind.Claim,
            "source" or "sources" => SearchHitKind.Source,
            "evidence" or "passage" or "passages" => SearchHitKind.Evidence,
            _ => (SearchHitKind)(-1),
        };
        return Enum.IsDefined(kind);
    }

    /// <summary>Where a hit opens in the app: the claim in its workbench, the article, or the sources page.</summary>
    public static string Link(SearchHit hit) => hit switch
    {
        { ClaimId: { } claim, ArticleId: { } article } => $"/articles/{article}?claim={claim}",
        { ArticleId: { } article } => $"/articles/{article}",
        _ => "/sources",
    };

    private static string Clip(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
