using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace FactCheck.Web.Auth;

/// <summary>
/// Sign-in for people (a cookie) and for automation (an API token as a bearer header). Every endpoint requires one
/// unless it allows anonymous access; editors' and administrators' actions have their own policies.
/// </summary>
public static class AuthSetup
{
    public const string EditorPolicy = "Editor";
    public const string AdminPolicy = "Admin";
    public const string ApiPolicy = "Api";
    public const string ApiEditorPolicy = "ApiEditor";
    private const string Selector = "FactCheck";

    public static IServiceCollection AddFactCheckAuth(this IServiceCollection services)
    {
        services.AddAuthentication(Selector)
            // The API takes tokens only: a browser's cookie must not be enough to call it (no CSRF through the API).
            .AddPolicyScheme(Selector, "Cookie or API token", o => o.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/api") || context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null)
            .AddCookie(o =>
            {
                o.LoginPath = "/signin";
                o.Cookie.Name = "FactCheck.Auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = RefreshFromDatabase;
                // A signed-in user without the role gets 403 (shown as the "not allowed" page), not a redirect.
                o.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(EditorPolicy, p => p.RequireRole(nameof(Role.Editor), nameof(Role.Admin)))
            .AddPolicy(AdminPolicy, p => p.RequireRole(nameof(Role.Admin)))
            .AddPolicy(ApiPolicy, p => p.AddAuthenticationSchemes(ApiTokenHandler.SchemeName).RequireAuthenticatedUser())
            .AddPolicy(ApiEditorPolicy, p => p.AddAuthenticationSchemes(ApiTokenHandler.SchemeName).RequireRole(nameof(Role.Editor), nameof(Role.Admin)));
        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, RevalidatingUserState>();
        services.AddScoped<CurrentUser>();
        return services;
    }

    /// <summary>A deactivated account loses its session at the next request; a changed role applies at once.</summary>
    private static async Task RefreshFromDatabase(CookieValidatePrincipalContext context)
    {
        var users = context.HttpContext.RequestServices.GetRequiredService<UserStore>();
        var user = context.Principal?.UserId() is { } id ? users.Get(id) : null;
        if (user is not { Active: true })
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        if (!context.Principal!.IsInRole(user.Role.ToString()) || context.Principal.Identity?.Name != user.Username)
        {
            context.ReplacePrincipal(UserPrincipal.Create(user, CookieAuthenticationDefaults.AuthenticationScheme));
            context.ShouldRenew = true;
        }
    }

    /// <summary>A return address is followed only when it stays on this site.</summary>
    public static string LocalOnly(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) && !returnUrl.Any(char.IsControl)
            ? returnUrl
            : "/";
}
