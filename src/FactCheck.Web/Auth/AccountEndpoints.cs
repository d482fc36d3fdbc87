using FactCheck.Core.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace FactCheck.Web.Auth;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // Form posts with an antiforgery token, checked here so that the refusal says what to do: a link or a form on
        // another site cannot sign anyone out. Signing out ends the session itself, so a copy of the cookie dies too.
        app.MapPost("/signout", async (HttpContext context, IAntiforgery antiforgery, SessionStore sessions) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context)) return Refused();
            sessions.End(context.User.SessionId());
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/signin");
        }).DisableAntiforgery();

        // Ends every session of the signed-in person: other browsers, and any cookie copied from them.
        app.MapPost("/signout-everywhere", async (HttpContext context, IAntiforgery antiforgery, SessionStore sessions) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context)) return Refused();
            if (context.User.UserId() is { } id) sessions.EndAll(id, context.User.Identity?.Name ?? ClaimStore.Anonymous);
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/signin");
        }).DisableAntiforgery();
    }

    private static IResult Refused() =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Sign-out refused",
            detail: "The sign-out form was not sent by this site's page (its antiforgery token is missing or expired). Reload the page and press Sign out again.");
}
