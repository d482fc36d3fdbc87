using System.Text.Encodings.Web;
using FactCheck.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace FactCheck.Web.Auth;

/// <summary>Authenticates <c>Authorization: Bearer fct_...</c> requests with the API tokens issued by <c>factcheck tokens create</c>.</summary>
public sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiTokenStore tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return Task.FromResult(AuthenticateResult.NoResult());
        var user = tokens.Authenticate(header["Bearer ".Length..].Trim());
        return Task.FromResult(user is null
            ? AuthenticateResult.Fail("The API token is unknown, revoked, or belongs to a deactivated account.")
            : AuthenticateResult.Success(new AuthenticationTicket(UserPrincipal.Create(user, SchemeName), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(statusCode: 401, title: "Sign-in required",
            detail: "Send an API token as 'Authorization: Bearer fct_...'. Issue one with: factcheck tokens create --username NAME").ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Results.Problem(statusCode: 403, title: "Not allowed",
            detail: "Your role does not allow this action: publishing needs an editor, managing users an administrator.").ExecuteAsync(Context);
    }
}
