using System.Text;
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

    /// <summary>
    /// A cookie signs in only while its session is live (SessionStore): signing out, "sign out everywhere", a password,
    /// role or activation change end it at the next request, for the cookie and for every copy of it.
    /// </summary>
    private static async Task RefreshFromDatabase(CookieValidatePrincipalContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionStore>();
        var user = sessions.UserOf(context.Principal?.SessionId());
        if (user is null || user.Id != context.Principal?.UserId())
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        if (!context.Principal!.IsInRole(user.Role.ToString()) || context.Principal.Identity?.Name != user.Username)
        {
            context.ReplacePrincipal(UserPrincipal.Create(user, CookieAuthenticationDefaults.AuthenticationScheme, context.Principal.SessionId()));
            context.ShouldRenew = true;
        }
    }

    /// <summary>
    /// A return address is followed only when it is a path on this site, written in ASCII (other letters are
    /// percent-encoded, so the redirect header is always valid). Anything a browser might read differently — a second
    /// slash or backslash, spaces of any kind, invisible format characters, slash look-alikes such as the full-width
    /// solidus — sends the person to the home page instead.
    /// </summary>
    public static string LocalOnly(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Length > 2048 || returnUrl[0] != '/') return "/";
        if (returnUrl.Length > 1 && returnUrl[1] is '/' or '\\') return "/";
        var safe = new System.Text.StringBuilder(returnUrl.Length);
        foreach (var rune in returnUrl.EnumerateRunes())
        {
            if (rune.Value is '\\' || Rune.IsControl(rune) || Rune.IsWhiteSpace(rune) || IsSlashLike(rune)
                || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.SpaceSeparator
                    or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator
                    or System.Globalization.UnicodeCategory.PrivateUse or System.Globalization.UnicodeCategory.OtherNotAssigned)
                return "/";
            if (rune.IsAscii) safe.Append((char)rune.Value);
            else safe.Append(Uri.EscapeDataString(rune.ToString()));
        }
        return safe.ToString();
    }

    // Characters that some browsers or proxies fold into '/' or '\\' (NFKC or look-alike normalisation).
    private static bool IsSlashLike(Rune rune) => rune.Value is 0xFF0F or 0xFF3C or 0x2215 or 0x2216 or 0x2044 or 0x29F8 or 0x29F9 or 0xFE68;
}
