using System.Security.Claims;
using FactCheck.Core;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Exports;
using FactCheck.Core.Import;
using FactCheck.Core.Reports;
using FactCheck.Core.Reviews;
using FactCheck.Core.Sources;
using FactCheck.Web.Auth;

namespace FactCheck.Web.Api;

/// <summary>
/// The HTTP API for newsroom automation, under /api, described at /openapi/v1.json. Errors are RFC 7807 problem
/// details with a message that says what to fix. Every call needs an API token (<c>Authorization: Bearer fct_...</c>,
/// issued by <c>factcheck tokens create</c>); publishing needs an editor's token. Changes are recorded as the token's user.
/// </summary>
public static class ApiEndpoints
{
    public static void MapFactCheckApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("FactCheck").RequireAuthorization(AuthSetup.ApiPolicy);

        api.MapPost("/articles", (NewArticleRequest request, ArticleIntake intake, ArticleStore articles, ClaimStore claims,
            ImportLimits limits, ClaimsPrincipal user) =>
        {
            var text = ArticleImporter.ImportText(request.Text ?? "", limits);
            if (!text.Ok) return Bad(text.Error);
            try
            {
                var imported = intake.ImportArticle(new ArticleDraft
                {
                    Text = text.Text, Title = request.Title, Url = request.Url, Outlet = request.Outlet, Author = request.Author, Published = request.Published,
                }, actor: Actor(user));
                var id = imported.Id;
                return Results.Created($"/api/articles/{id}", ArticleDto.From(articles.Get(id)!, claims.ListByArticle(id)) with { Notice = imported.Notice });
            }
            catch (ArgumentException e)
            {
                return Bad(e.ForUser());
            }
        });

        api.MapPost("/articles/fetch", async (FetchArticleRequest request, WebArticleIntake web, ArticleStore articles, ClaimStore claims,
            ClaimsPrincipal user, CancellationToken ct) =>
        {
            var imported = await web.ImportAsync(request.Url ?? "", request.Outlet, request.Published, Actor(user), cancellationToken: ct);
            if (!imported.Ok)
            {
                // A bad address is the caller's mistake (400); a page that cannot be had or read is not (422).
                return imported.FetchFailure is FetchFailureKind.InvalidUrl or null
                    ? Bad(imported.Error)
                    : Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The article could not be imported", detail: imported.Error);
            }
            var id = imported.Stored.Id;
            return Results.Created($"/api/articles/{id}", ArticleDto.From(articles.Get(id)!, claims.ListByArticle(id)) with { Notice = imported.Stored.Notice });
        });

        api.MapGet("/articles", (ArticleStore articles, string? search) =>
            Results.Ok(articles.List(search).Select(a => new ArticleSummaryDto(a.Id, a.Title, a.Outlet, a.Published, a.ClaimCount, a.VerdictCount, a.Status))));

        api.MapGet("/articles/{id:long}", (long id, ArticleStore articles, ClaimStore claims) =>
            articles.Get(id) is { } article ? Results.Ok(ArticleDto.From(article, claims.ListByArticle(id))) : NotFound($"There is no article {id}."));

        api.MapGet("/claims/{id:long}", (long id, ClaimStore claims) =>
            claims.Get(id) is { } claim ? Results.Ok(ClaimDto.From(claim)) : NotFound($"There is no claim {id}."));

        api.MapPut("/claims/{id:long}/verdict", (long id, VerdictRequest request, ReviewWorkflow workflow, UserStore users, VerdictScale scale, ChangeHub hub, ClaimsPrincipal user) =>
        {
            if (request.Version is not { } version) return Bad("Send the claim's \"version\" you based the verdict on (GET /api/claims/{id} gives it).");
            if (request.Rating is { Length: > 0 } rating && scale.Find(rating) is null)
                return Bad($"Unknown rating '{rating}'. Use one of: {string.Join(", ", scale.Verdicts.Select(v => v.Label))}.");
            AttributionCheck? check = null;
            if (request.AttributionCheck is { } checkText)
            {
                if (!AttributionChecks.TryParse(checkText, out var parsed))
                    return Bad($"Unknown attributionCheck '{checkText}'. Use one of: {string.Join(", ", Enum.GetNames<AttributionCheck>())}.");
                check = parsed;
            }
            var label = request.Rating is { Length: > 0 } r ? scale.Find(r)!.Label : null;
            var result = workflow.SetVerdict(Me(user, users), id, version, label, request.Explanation, check);
            if (result.Saved)
            {
                hub.Publish(new ArticleChange(result.Value!.ArticleId, id, "claim", null));
                return Results.Ok(ClaimDto.From(result.Value!));
            }
            if (result.Current is { } current)
                return Stale(current, $"The claim is at version {current.Version}, not {version}: read it again and resend the verdict on the current version.");
            return Refused(result, id);
        });

        api.MapPost("/claims/{id:long}/approve", (long id, DecisionRequest request, ReviewWorkflow workflow, UserStore users, ChangeHub hub, ClaimsPrincipal user) =>
            request.Version is not { } version
                ? Bad("Send the claim's \"version\" you reviewed (GET /api/claims/{id} gives it).")
                : Decided(workflow.Approve(Me(user, users), id, version), id, hub))
            .RequireAuthorization(AuthSetup.ApiEditorPolicy);

        api.MapPost("/claims/{id:long}/send-back", (long id, DecisionRequest request, ReviewWorkflow workflow, UserStore users, ChangeHub hub, ClaimsPrincipal user) =>
            request.Version is not { } version
                ? Bad("Send the claim's \"version\" you reviewed (GET /api/claims/{id} gives it).")
                : Decided(workflow.SendBack(Me(user, users), id, version, request.Comment ?? ""), id, hub))
            .RequireAuthorization(AuthSetup.ApiEditorPolicy);

        // The correction path for a published verdict: reopened with a reason, revised, approved, then published as a correction.
        api.MapPost("/claims/{id:long}/reopen", (long id, DecisionRequest request, ReviewWorkflow workflow, UserStore users, ChangeHub hub, ClaimsPrincipal user) =>
            request.Version is not { } version
                ? Bad("Send the claim's \"version\" you reviewed (GET /api/claims/{id} gives it).")
                : Decided(workflow.ReopenForCorrection(Me(user, users), id, version, request.Comment ?? ""), id, hub))
            .RequireAuthorization(AuthSetup.ApiEditorPolicy);

        api.MapPost("/claims/{id:long}/evidence", async (long id, EvidenceRequest request, ClaimStore claims, ReviewWorkflow workflow, UserStore users,
            SourceArchive archive, ChangeHub hub, ClaimsPrincipal user, CancellationToken ct) =>
        {
            if (claims.Get(id) is not { } claim) return NotFound($"There is no claim {id}.");
            if (UrlRules.Validate(request.Url) is { } urlError) return Bad(urlError);
            if (string.IsNullOrWhiteSpace(request.Excerpt)) return Bad("Send the \"excerpt\": the passage quoted from the source.");
            if (!Enum.TryParse<Stance>(request.Stance ?? "supports", ignoreCase: true, out var stance) || int.TryParse(request.Stance, out _))
                return Bad("\"stance\" is supports, contradicts or context.");
            if (FieldLimits.Check(request.SnapshotText, FieldLimits.SnapshotText, "pasted snapshot") is { } snapshotTooLong)
                return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too long", detail: snapshotTooLong);
            Evidence added;
            try
            {
                added = workflow.AddEvidence(Me(user, users), id, new EvidenceDraft
                {
                    Url = request.Url!.Trim(), Title = request.Title, Publisher = request.Publisher, Passage = request.Excerpt, Stance = stance,
                });
            }
            catch (ArgumentException e)
            {
                return Bad(e.ForUser());
            }
            catch (ClaimLockedException e)
            {
                return Locked(e.Message);
            }
            catch (ActionDeniedException e)
            {
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: e.Message);
            }
            string? snapshotError = null;
            if (!string.IsNullOrWhiteSpace(request.SnapshotText)) archive.AddManual(added.Source, request.SnapshotText);
            else if (archive.Latest(added.SourceId) is null)
            {
                var (_, failure) = await archive.FetchAsync(added.Source, cancellationToken: ct);
                if (failure is not null) snapshotError = $"{failure.Message} {failure.Advice}";
            }
            archive.Anchor(added);
            var check = archive.Check([added])[0];
            hub.Publish(new ArticleChange(claim.ArticleId, id, "evidence", null));
            var snapshot = check.Snapshot is { } s ? new SnapshotDto(s.Id, s.Sha256, s.RetrievedAt, s.ArchiveUrl, s.Manual) : null;
            return Results.Created($"/api/claims/{id}", new EvidenceDto(added.Id, id, added.Source.Url, added.Source.Title, added.Passage,
                added.Stance.ToString().ToLowerInvariant(), snapshot, snapshot is null ? null : check.PassageFound, snapshotError));
        });

        api.MapPut("/articles/{id:long}/report", (long id, ReportRequest? request, ReviewWorkflow workflow, UserStore users, ArticleStore articles,
            ReportVersionStore versions, PublisherSettings publisher, ChangeHub hub, HttpRequest http, ClaimsPrincipal user) =>
        {
            if (request is null) return Bad("Send {\"summary\", \"methodology\", \"claimOrder\": [claim ids]}; a field left out keeps its value.");
            try
            {
                if (!workflow.UpdateReport(Me(user, users), id, new ReportEdit(request.Summary, request.Methodology, request.ClaimOrder)))
                    return NotFound($"There is no article {id}.");
            }
            catch (UnknownClaimsException e)
            {
                return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Unknown claims", detail: e.Message);
            }
            catch (ArgumentException e)
            {
                return Bad(e.ForUser());
            }
            catch (ActionDeniedException e)
            {
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: e.Message);
            }
            hub.Publish(new ArticleChange(id, null, "report", null));
            var article = articles.Get(id)!;
            return Results.Ok(new ReportSettingsDto(id, article.Summary, article.Methodology, article.ClaimOrder,
                article.Slug is { } slug ? PublicAddress.Page(PublicAddress.Base(publisher, http), slug) : null));
        }).RequireAuthorization(AuthSetup.ApiEditorPolicy);

        api.MapPost("/articles/{id:long}/publish", (long id, PublishRequest? request, ReportPublisher publisher, ArticleStore articles,
            ReportVersionStore versions, PublisherSettings settings, HttpRequest http, ClaimsPrincipal user) =>
        {
            if (articles.Get(id) is null) return NotFound($"There is no article {id}.");
            var result = publisher.Publish(id, Actor(user), request?.Correction);
            if (!result.Published)
                return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The report cannot be published yet",
                    detail: string.Join(" ", result.Missing), extensions: new Dictionary<string, object?> { ["missing"] = result.Missing });
            var v = result.Version!;
            var root = PublicAddress.Base(settings, http);
            var slug = versions.SlugOf(id)!;
            return Results.Ok(new VersionDto(v.ArticleId, v.Version, v.Sha256, v.PublishedAt, v.PublishedBy, v.Correction,
                PublicAddress.Page(root, slug), PublicAddress.Version(root, slug, v.Version)));
        }).RequireAuthorization(AuthSetup.ApiEditorPolicy);

        api.MapClaimReviewApi();
        api.MapSearchApi();

        // The report and exports, under the API's prefix too (served here, not redirected: a redirect drops the token).
        api.MapArticleFiles();
    }

    /// <summary>
    /// An editor's decision: 200 with the claim, 409 on a stale version, 422 with the reason when the claim cannot take
    /// it (not in a state to decide on, or a verdict that needs a source the claim does not cite).
    /// </summary>
    private static IResult Decided(SaveResult<FactCheck.Core.Reviews.Claim> result, long id, ChangeHub hub)
    {
        if (result.Saved)
        {
            hub.Publish(new ArticleChange(result.Value!.ArticleId, id, "review", null));
            return Results.Ok(ClaimDto.From(result.Value!));
        }
        if (result.Current is { } current)
            return Stale(current, $"The claim is at version {current.Version}: read it again before deciding.");
        if (result.Forbidden) return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: result.Error);
        return result.Error is { } error && !error.Contains("no longer exists", StringComparison.Ordinal)
            ? Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The claim cannot take this decision", detail: error)
            : NotFound($"There is no claim {id}.");
    }

    /// <summary>409 for a save based on an older version, with the current version to read again.</summary>
    private static IResult Stale(FactCheck.Core.Reviews.Claim current, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The claim changed since that version", detail: detail,
            extensions: new Dictionary<string, object?> { ["currentVersion"] = current.Version });

    private static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? ClaimStore.Anonymous;

    /// <summary>The token's user as stored now: a change is checked against the account at the moment it is made.</summary>
    private static User? Me(ClaimsPrincipal user, UserStore users) => user.UserId() is { } id ? users.Get(id) : null;

    /// <summary>Why a save that was not a version conflict was refused: 403 role or account, 422 locked, 400 bad value, 404 gone.</summary>
    private static IResult Refused(SaveResult<FactCheck.Core.Reviews.Claim> result, long id) => result switch
    {
        { Forbidden: true } => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: result.Error),
        { IsLocked: true } => Locked(result.Error!),
        { Error: { } error } when !error.Contains("no longer exists", StringComparison.Ordinal) => Bad(error),
        _ => NotFound($"There is no claim {id}."),
    };

    private static IResult Locked(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The claim is locked", detail: detail);

    private static IResult Bad(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request cannot be processed", detail: detail);

    private static IResult NotFound(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
