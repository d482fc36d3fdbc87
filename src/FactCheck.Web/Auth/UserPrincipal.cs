using System.Security.Claims;
using FactCheck.Core.Accounts;

namespace FactCheck.Web.Auth;

/// <summary>How a FactCheck user is carried in a sign-in cookie or a token request.</summary>
public static class UserPrincipal
{
    /// <summary>The claim that carries a browser's sign-in session (SessionStore); API tokens have none.</summary>
    public const string SessionClaim = "factcheck:session";

    public static ClaimsPrincipal Create(User user, string scheme, string? sessionId = null) =>
        new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, user.Username),
            new Claim(ClaimTypes.Role, user.Role.ToString()),
            .. sessionId is null ? Array.Empty<Claim>() : [new Claim(SessionClaim, sessionId)],
        ], scheme));

    public static long? UserId(this ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static string? SessionId(this ClaimsPrincipal principal) => principal.FindFirstValue(SessionClaim);
}
