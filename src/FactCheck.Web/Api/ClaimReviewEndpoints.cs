using System.Security.Claims;
using System.Text;
using FactCheck.Core.ClaimReviews;
using FactCheck.Core.Data;
using FactCheck.Core.Matching;

namespace FactCheck.Web.Api;

/// <summary>
/// Earlier fact-checks: <c>POST /api/claimreviews</c> imports other newsrooms' ClaimReview JSON-LD (an object, an
/// array, an <c>@graph</c> or a <c>DataFeed</c>; at most <see cref="MaxBodyBytes"/> and 32 levels deep), and
/// <c>GET /api/claims/{id}/matches</c> ranks imported reviews and this newsroom's published verdicts for a claim.
/// </summary>
public static class ClaimReviewEndpoints
{
    public const int MaxBodyBytes = 16 * 1024 * 1024;

    public static void MapClaimReviewApi(this RouteGroupBuilder api)
    {
        api.MapPost("/claimreviews", async (HttpRequest request, ClaimReviewImporter importer, ClaimsPrincipal user, CancellationToken ct) =>
        {
            if (request.ContentLength > MaxBodyBytes) return TooLarge();
            var body = await ReadBounded(request.Body, ct);
            if (body is null) return TooLarge();
            if (string.IsNullOrWhiteSpace(body)) return Bad("Send ClaimReview JSON-LD in the body: an object, an array, an @graph or a schema.org DataFeed.");
            ClaimReviewImport result;
            // Parsing and storing 10,000 records is CPU work: off the request thread.
            try { result = await Task.Run(() => importer.Import(body, user.Identity?.Name ?? ClaimStore.Anonymous, ct), ct); }
            catch (ClaimReviewFormatException e) { return Bad(e.Message); }
            var dto = new ClaimReviewImportDto(result.Created, result.Merged, result.Ids,
                result.Refused.Select(r => new ClaimReviewRefusalDto(r.Where, r.Url, r.Reason)).ToList(), result.PendingEmbeddings);
            // Nothing readable at all is the caller's mistake; otherwise the refusals ride along with what was imported.
            return result.Ids.Count == 0 && result.Refused.Count > 0
                ? Results.UnprocessableEntity(dto)
                : Results.Ok(dto);
        });

        api.MapGet("/claims/{id:long}/matches", async (long id, EarlierCheckFinder finder, int? top, CancellationToken ct) =>
        {
            var matches = await finder.FindAsync(id, Math.Clamp(top ?? 10, 1, 100), ct);
            return matches is null
                ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no claim {id}.")
                : Results.Ok(matches.Select(MatchDto.From).ToList());
        });
    }

    /// <summary>The body as text, or null when it is longer than the limit (a chunked body has no Content-Length to check first).</summary>
    private static async Task<string?> ReadBounded(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static IResult TooLarge() => Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large",
        detail: $"A ClaimReview import is at most {MaxBodyBytes / (1024 * 1024)} MB: send a large feed in parts.");

    private static IResult Bad(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request cannot be processed", detail: detail);
}

public sealed record ClaimReviewRefusalDto(string Where, string? Url, string Reason);

/// <summary><c>pendingEmbeddings</c>: claims of a large import still being embedded in the background (matched by their words until then).</summary>
public sealed record ClaimReviewImportDto(int Created, int Merged, IReadOnlyList<long> Ids, IReadOnlyList<ClaimReviewRefusalDto> Refused, int PendingEmbeddings);

/// <summary>An earlier check as the API gives it: <c>origin</c> is <c>claimReview</c> (imported) or <c>ownVerdict</c>.</summary>
public sealed record MatchDto(string Origin, long Id, string Claim, string? Rating, string? CheckedBy, string? Claimant, DateOnly? CheckedOn,
    string? Url, double Score, double Lexical, double Semantic)
{
    public static MatchDto From(EarlierCheck m) => new(m.Origin == EarlierCheckOrigin.ClaimReview ? "claimReview" : "ownVerdict",
        m.Id, m.Claim, m.Rating, m.CheckedBy, m.Claimant, m.CheckedOn, m.Url, m.Score, m.Lexical, m.Semantic);
}
