using System.Security.Claims;
using FactCheck.Core.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace FactCheck.Web.Auth;

/// <summary>
/// Checks the session behind an open page every minute (Auth:RevalidateSeconds): a signed-out session, a deactivated user (or one
/// whose role or password changed) is sent to sign in again within that time, even if the page stays open. Role-dependent actions are also checked at the moment they run.
/// </summary>
public sealed class RevalidatingUserState(ILoggerFactory loggerFactory, SessionStore sessions, IConfiguration configuration)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval { get; } = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Auth:RevalidateSeconds", 60)));

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken)
    {
        var principal = state.User;
        var user = sessions.UserOf(principal.SessionId());
        return Task.FromResult(user is { Active: true } && user.Id == principal.UserId() && principal.IsInRole(user.Role.ToString()) && principal.FindFirstValue(ClaimTypes.Name) == user.Username);
    }
}
