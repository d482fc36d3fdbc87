using FactCheck.Core.Data;
using FactCheck.Core.Search;

namespace FactCheck.Web.Api;

/// <summary>
/// <c>GET /api/search?q=...</c> with the filters of <see cref="SearchParameters"/>: the best hits across articles, claims,
/// sources and evidence passages, each with an HTML snippet whose only markup is &lt;mark&gt; around the matched words.
/// A malformed request is a 400 saying what to fix; no text makes the engine fail.
/// </summary>
public static class SearchEndpoints
{
    public static void MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/search", (HttpRequest http, SearchStore search, UserStore users) =>
        {
            foreach (var name in SearchParameters.Names)
                if (http.Query[name].Count > 1) return Bad($"'{name}' is given more than once.");
            if (string.IsNullOrWhiteSpace(http.Query["q"]))
                return Bad("Send the words to search for as q=..., e.g. /api/search?q=flooded+homes.");
            var (request, error) = SearchParameters.Read(name => http.Query[name].FirstOrDefault(), username => users.Find(username)?.Id);
            if (request is null) return Bad(error!);
            var results = search.Search(request);
            return Results.Ok(new SearchResultsDto(request.Query, results.Matches, results.MoreMatches, results.CountText, results.Notice,
                results.Hits.Select(SearchHitDto.From).ToList()));
        });
    }

    private static IResult Bad(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The search cannot be run", detail: detail);
}

public sealed record SearchResultsDto(string Query, int Matches, bool MoreMatches, string CountText, string? Notice, IReadOnlyList<SearchHitDto> Hits);

/// <summary>One hit; <c>snippet</c> is HTML (the text escaped, matches in &lt;mark&gt;), <c>link</c> the page that shows it.</summary>
public sealed record SearchHitDto(
    string Kind, long Id, string Title, string Snippet, double Score, string Link,
    long? ArticleId, string? ArticleTitle, string? Outlet, string? Published,
    long? ClaimId, string? ClaimStatement, string? Verdict, string? Status, string? Speaker, string? Url)
{
    public static SearchHitDto From(SearchHit h) => new(
        h.Kind.ToString().ToLowerInvariant(), h.Id, h.Title, h.SnippetHtml, Math.Round(h.Score, 6), SearchParameters.Link(h),
        h.ArticleId, h.ArticleTitle, h.Outlet, h.Published, h.ClaimId, h.ClaimStatement, h.Verdict, h.Status?.ToString(), h.Speaker, h.Url);
}
