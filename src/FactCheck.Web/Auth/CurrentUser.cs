using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using Microsoft.AspNetCore.Components.Authorization;

namespace FactCheck.Web.Auth;

/// <summary>
/// The signed-in person for interactive components. Read from the database on every call, so that a role change or a
/// deactivation applies to actions in circuits that are already open, not only to new requests.
/// </summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication, UserStore users)
{
    public async Task<User?> GetAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return state.User.UserId() is { } id && users.Get(id) is { Active: true } user ? user : null;
    }

    /// <summary>Whether the person may do what needs <paramref name="role"/>; checked on the server before every such action.</summary>
    public async Task<bool> CanAsync(Role role) => (await GetAsync())?.Can(role) == true;
}
