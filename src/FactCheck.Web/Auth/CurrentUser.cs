using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using Microsoft.AspNetCore.Components.Authorization;

namespace FactCheck.Web.Auth;

/// <summary>
/// The signed-in person for interactive components. Read from the database on every call (pages call it at the moment
/// of every write), so that a sign-out elsewhere, a role change or a deactivation applies to circuits that are already
/// open, not only to new requests.
/// </summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication, SessionStore sessions)
{
    /// <summary>The person as stored now, while their session is live; null once it ended (signed out, deactivated, password or role changed).</summary>
    public async Task<User?> GetAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return sessions.UserOf(state.User.SessionId()) is { Active: true } user && user.Id == state.User.UserId() ? user : null;
    }

    /// <summary>Whether the person may do what needs <paramref name="role"/>; checked on the server before every such action.</summary>
    public async Task<bool> CanAsync(Role role) => (await GetAsync())?.Can(role) == true;
}
