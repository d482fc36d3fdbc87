using System.Net;
using System.Text.RegularExpressions;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Reviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Http;

/// <summary>Sign-in is required everywhere but the sign-in and first-run pages; roles are enforced by the server.</summary>
public partial class AccessTests(AppFactory app) : IClassFixture<AppFactory>
{
    private HttpClient Anonymous() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static readonly string[] PublicPages = ["/Error", "/setup", "/signin"];

    /// <summary>What readers and search engines see: published fact-checks only (PublicFactCheckTests checks that nothing else leaks).</summary>
    private static readonly string[] PublishedFactChecks =
    [
        "/fact-checks/", "/fact-checks/feed.atom", "/fact-checks/claimreviews.json",
        "/fact-checks/{slug:regex(^[a-z0-9-]{{1,80}}$)}", "/fact-checks/{slug:regex(^[a-z0-9-]{{1,80}}$)}/v{version:int}",
    ];

    private IEnumerable<RouteEndpoint> Endpoints() =>
        app.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>();

    [Fact]
    public async Task Every_page_and_endpoint_without_sign_in_redirects_to_sign_in_or_answers_401()
    {
        app.EnsureUser("admin", Role.Admin);
        var client = Anonymous();
        var checkedCount = 0;
        foreach (var endpoint in Endpoints())
        {
            var pattern = endpoint.RoutePattern.RawText ?? "";
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                // Only the public pages, the published fact-checks and static files (styles, scripts, icons) may be reached without signing in.
                Assert.True(PublicPages.Contains(pattern) || PublishedFactChecks.Contains(pattern) || Path.HasExtension(pattern.Split('/')[^1]),
                    $"{pattern} allows anonymous access");
                continue;
            }
            var path = "/" + Parameter().Replace(pattern.TrimStart('/'), "1");
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method is "POST" or "PUT") request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                var response = await client.SendAsync(request);
                if (path.StartsWith("/api/", StringComparison.Ordinal))
                    Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} answered {(int)response.StatusCode}");
                else
                    Assert.True(response.StatusCode == HttpStatusCode.Unauthorized
                        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/signin", StringComparison.Ordinal)),
                        $"{method} {path} answered {(int)response.StatusCode} {response.Headers.Location}");
                checkedCount++;
            }
        }
        Assert.True(checkedCount >= 30, $"only {checkedCount} endpoints were checked");
    }

    [Fact]
    public async Task The_api_answers_401_with_problem_details_for_a_missing_or_unknown_token()
    {
        var response = await Anonymous().GetAsync("/api/articles");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("factcheck tokens create", await response.Content.ReadAsStringAsync());

        var forged = Anonymous();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", "fct_not-a-real-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/articles")).StatusCode);

        // A browser's sign-in cookie does not open the API: only tokens do.
        var browser = await app.SignedInClientAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/articles")).StatusCode);
    }

    [Fact]
    public async Task A_reviewer_cannot_publish_through_the_api()
    {
        var id = app.Services.GetRequiredService<ArticleIntake>().Import(new ArticleDraft { Text = WorkbenchTestContext.Story });
        var reviewer = app.ApiClient("robot-reviewer", Role.Reviewer);
        var response = await reviewer.PostAsync($"/api/articles/{id}/publish", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("editor", await response.Content.ReadAsStringAsync());
        Assert.Empty(app.Services.GetRequiredService<ReportVersionStore>().List(id));
        // The same reviewer may read.
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync($"/api/articles/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("/admin/users", Role.Reviewer)]
    [InlineData("/admin/verdicts", Role.Reviewer)]
    [InlineData("/admin/users", Role.Editor)]
    [InlineData("/admin/verdicts", Role.Editor)]
    [InlineData("/articles/{id}/review", Role.Reviewer)]
    public async Task Pages_beyond_a_role_answer_403_with_the_not_allowed_page(string page, Role role)
    {
        var id = app.Services.GetRequiredService<ArticleIntake>().Import(new ArticleDraft { Text = WorkbenchTestContext.Story });
        var client = await app.SignedInClientAsync("limited-" + role.ToString().ToLowerInvariant(), role);
        var response = await client.GetAsync(page.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Your role does not allow this", await response.Content.ReadAsStringAsync());

        var admin = await app.SignedInClientAsync();
        var allowed = await admin.GetAsync(page.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.DoesNotContain("Your role does not allow this", await allowed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Forms_without_an_antiforgery_token_are_refused()
    {
        app.EnsureUser("admin", Role.Admin);
        var signIn = await Anonymous().PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin", ["Input.Username"] = "admin", ["Input.Password"] = AppFactory.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.DoesNotContain(signIn.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("FactCheck.Auth=", StringComparison.Ordinal));

        var client = await app.SignedInClientAsync();
        var signOut = await client.PostAsync("/signout", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode); // still signed in
    }

    [Fact]
    public async Task Signing_out_with_the_form_ends_the_session()
    {
        var client = await app.SignedInClientAsync("outgoing", Role.Reviewer);
        var home = await client.GetStringAsync("/");
        var response = await client.PostAsync("/signout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(home),
        }));
        Assert.EndsWith("/signin", response.RequestMessage!.RequestUri!.AbsolutePath);
        var again = await client.GetAsync("/");
        Assert.Contains("/signin", again.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Theory]
    [InlineData("/sources", "/sources")]
    [InlineData("//evil.example/phish", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    public async Task After_sign_in_only_addresses_on_this_site_are_followed(string returnUrl, string expected)
    {
        app.EnsureUser("returner", Role.Reviewer);
        var client = Anonymous();
        var page = await client.GetStringAsync("/signin?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        var response = await client.PostAsync("/signin?ReturnUrl=" + Uri.EscapeDataString(returnUrl), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(page), ["_handler"] = "signin",
            ["Input.Username"] = "returner", ["Input.Password"] = AppFactory.Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.PathAndQuery : response.Headers.Location.OriginalString);
        Assert.Equal("localhost", response.Headers.Location.IsAbsoluteUri ? response.Headers.Location.Host : "localhost");
    }

    [Fact]
    public async Task A_wrong_password_shows_a_message_and_five_lock_the_account()
    {
        app.EnsureUser("guessed", Role.Reviewer);
        var client = Anonymous();
        for (var i = 1; i <= UserStore.MaxFailures; i++)
        {
            var page = await client.GetStringAsync("/signin");
            var response = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(page), ["_handler"] = "signin",
                ["Input.Username"] = "guessed", ["Input.Password"] = "wrong guess " + i,
            }));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains(i < UserStore.MaxFailures ? "The username or password is not right." : "locked until", html);
        }
        Assert.False(app.Services.GetRequiredService<UserStore>().SignIn("guessed", AppFactory.Password).Ok);
    }

    [Fact]
    public async Task A_deactivated_account_loses_its_session_and_its_tokens()
    {
        var client = await app.SignedInClientAsync("leaver", Role.Editor);
        var api = app.ApiClient("leaver", Role.Editor);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        var users = app.Services.GetRequiredService<UserStore>();
        users.SetActive(users.Find("leaver")!.Id, false, "admin");
        var after = await client.GetAsync("/");
        Assert.Contains("/signin", after.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/articles")).StatusCode);
    }

    [Fact]
    public async Task A_user_changes_their_password_with_the_form()
    {
        var client = await app.SignedInClientAsync("changer", Role.Reviewer);
        var page = await client.GetStringAsync("/account/password");
        var response = await client.PostAsync("/account/password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(page), ["_handler"] = "password",
            ["Input.Current"] = AppFactory.Password, ["Input.New"] = "a brand new password", ["Input.Confirm"] = "a brand new password",
        }));
        Assert.Contains("password-done", await response.Content.ReadAsStringAsync());
        var users = app.Services.GetRequiredService<UserStore>();
        Assert.True(users.SignIn("changer", "a brand new password").Ok);
        Assert.False(users.SignIn("changer", AppFactory.Password).Ok);
    }

    [Fact]
    public async Task A_new_installation_asks_for_the_first_administrator_then_never_again()
    {
        using var fresh = new AppFactory();
        var client = fresh.CreateClient();
        var setup = await client.GetAsync("/");
        Assert.EndsWith("/setup", setup.RequestMessage!.RequestUri!.AbsolutePath);
        var html = await setup.Content.ReadAsStringAsync();
        Assert.DoesNotContain("value=\"admin\"", html); // no default account or password is offered

        var mismatch = await client.PostAsync("/setup", SetupForm(html, "chief", "a long enough secret", "a different secret!"));
        Assert.Contains("The two passwords differ", await mismatch.Content.ReadAsStringAsync());
        Assert.Equal(0, fresh.Services.GetRequiredService<UserStore>().Count());

        var created = await client.PostAsync("/setup", SetupForm(html, "chief", "a long enough secret", "a long enough secret"));
        Assert.Equal("/", created.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("signed-in-user\">chief<", await created.Content.ReadAsStringAsync());
        Assert.Equal(Role.Admin, fresh.Services.GetRequiredService<UserStore>().Find("chief")!.Role);

        // Once an account exists the first-run page sends everyone to sign in, and its form makes nothing.
        var later = fresh.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var again = await later.GetAsync("/setup");
        Assert.EndsWith("/signin", again.Headers.Location!.OriginalString);
        var page = await fresh.CreateClient().GetStringAsync("/signin");
        var sneaky = await later.PostAsync("/setup", SetupForm(page, "intruder", "a long enough secret", "a long enough secret"));
        Assert.Null(fresh.Services.GetRequiredService<UserStore>().Find("intruder"));
        Assert.Equal(1, fresh.Services.GetRequiredService<UserStore>().Count());
        _ = sneaky;
    }

    private static FormUrlEncodedContent SetupForm(string html, string user, string password, string confirm) =>
        new(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(html), ["_handler"] = "setup",
            ["Input.Username"] = user, ["Input.Password"] = password, ["Input.Confirm"] = confirm,
        });

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
