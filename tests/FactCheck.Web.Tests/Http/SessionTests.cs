using System.Net;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Http;

/// <summary>
/// A sign-in cookie works only while its session lives: signing out, signing out everywhere (the person or an
/// administrator), a password, role or activation change end it for the cookie and for every copy of it.
/// </summary>
public class SessionTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>A browser that signed in through the form, and the value of its sign-in cookie (what a thief would copy).</summary>
    private async Task<(HttpClient Browser, string Cookie)> SignInAsync(string username, Role role = Role.Reviewer)
    {
        app.EnsureUser(username, role);
        var jar = new CookieContainerHandler();
        var browser = app.CreateDefaultClient(new RedirectHandler(), jar);
        var form = await browser.GetStringAsync("/signin");
        var response = await browser.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(form), ["_handler"] = "signin",
            ["Input.Username"] = username, ["Input.Password"] = AppFactory.Password,
        }));
        response.EnsureSuccessStatusCode();
        return (browser, AuthCookie(jar));
    }

    private static string AuthCookie(CookieContainerHandler jar) =>
        jar.Container.GetCookies(new Uri("http://localhost/")).Single(c => c.Name == "FactCheck.Auth").Value;

    /// <summary>A request carrying only the copied cookie: true when it is still signed in.</summary>
    private async Task<bool> CopyWorks(string cookie)
    {
        var thief = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sources");
        request.Headers.Add("Cookie", "FactCheck.Auth=" + cookie);
        var response = await thief.SendAsync(request);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"answered {(int)response.StatusCode}");
        return response.StatusCode == HttpStatusCode.OK;
    }

    private static async Task PostForm(HttpClient browser, string page, string action, Dictionary<string, string>? fields = null)
    {
        var html = await browser.GetStringAsync(page);
        var values = new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(html) };
        (await browser.PostAsync(action, new FormUrlEncodedContent(values))).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_copied_cookie_dies_when_its_session_signs_out()
    {
        var (browser, cookie) = await SignInAsync("copied");
        var (_, otherBrowser) = await SignInAsync("copied");
        Assert.True(await CopyWorks(cookie));

        await PostForm(browser, "/", "/signout");
        Assert.False(await CopyWorks(cookie));
        Assert.True(await CopyWorks(otherBrowser)); // signing out here does not sign out the person's other browser
    }

    [Fact]
    public async Task Sign_out_everywhere_ends_every_session_of_the_person()
    {
        var (browser, cookie) = await SignInAsync("everywhere");
        var (_, other) = await SignInAsync("everywhere");
        var (_, someoneElse) = await SignInAsync("bystander");

        await PostForm(browser, "/account/password", "/signout-everywhere");
        Assert.False(await CopyWorks(cookie));
        Assert.False(await CopyWorks(other));
        Assert.True(await CopyWorks(someoneElse));
        Assert.Contains(app.Services.GetRequiredService<AuditLog>().ForUser(app.EnsureUser("everywhere", Role.Reviewer).Id), a => a.Action == "signed out everywhere");
    }

    [Fact]
    public async Task An_administrator_signs_a_user_out_everywhere()
    {
        var (_, cookie) = await SignInAsync("lost-laptop");
        var admin = app.EnsureUser("admin", Role.Admin);
        app.Services.GetRequiredService<SessionStore>().EndAll(app.EnsureUser("lost-laptop", Role.Reviewer).Id, admin.Username);
        Assert.False(await CopyWorks(cookie));
    }

    [Fact]
    public async Task A_password_change_ends_the_other_sessions_and_keeps_this_one()
    {
        var (browser, before) = await SignInAsync("rotator");
        var (_, elsewhere) = await SignInAsync("rotator");
        await PostForm(browser, "/account/password", "/account/password", new()
        {
            ["_handler"] = "password", ["Input.Current"] = AppFactory.Password, ["Input.New"] = "a rotated password 99", ["Input.Confirm"] = "a rotated password 99",
        });
        Assert.False(await CopyWorks(before));
        Assert.False(await CopyWorks(elsewhere));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/sources")).StatusCode);
        Assert.DoesNotContain("/signin", (await browser.GetAsync("/sources")).RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task A_role_change_or_a_deactivation_ends_the_sessions()
    {
        var users = app.Services.GetRequiredService<UserStore>();
        var (_, promoted) = await SignInAsync("promoted");
        Assert.Null(users.SetRole(users.Find("promoted")!.Id, Role.Editor, "admin"));
        Assert.False(await CopyWorks(promoted));
        var (_, leaving) = await SignInAsync("leaving");
        Assert.Null(users.SetActive(users.Find("leaving")!.Id, false, "admin"));
        Assert.False(await CopyWorks(leaving));
    }

    [Theory]
    [InlineData("/%E2%80%8B/x")]         // zero-width space
    [InlineData("/%C2%A0/x")]            // no-break space
    [InlineData("/%E3%80%80/x")]         // ideographic space
    [InlineData("/%EF%BC%8Fevil.example")] // full-width solidus: '/／evil.example' may be read as '//evil.example'
    [InlineData("/%EF%BC%BCevil.example")] // full-width reverse solidus
    [InlineData("/%E2%81%84evil.example")] // fraction slash
    [InlineData("/a%5Cb")]               // a backslash anywhere
    public async Task A_return_address_with_spaces_or_slash_look_alikes_goes_home_instead_of_failing(string returnUrl)
    {
        app.EnsureUser("unicode-returner", Role.Reviewer);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await client.GetAsync("/signin?ReturnUrl=" + returnUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var response = await client.PostAsync("/signin?ReturnUrl=" + returnUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(await page.Content.ReadAsStringAsync()), ["_handler"] = "signin",
            ["Input.Username"] = "unicode-returner", ["Input.Password"] = AppFactory.Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.AbsolutePath : response.Headers.Location.OriginalString);
    }

    [Fact]
    public async Task A_return_address_with_other_letters_is_followed_percent_encoded()
    {
        app.EnsureUser("accent-returner", Role.Reviewer);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await client.GetStringAsync("/signin?ReturnUrl=%2Fsources%3Fsearch%3DZ%C3%BCrich");
        var response = await client.PostAsync("/signin?ReturnUrl=%2Fsources%3Fsearch%3DZ%C3%BCrich", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(page), ["_handler"] = "signin",
            ["Input.Username"] = "accent-returner", ["Input.Password"] = AppFactory.Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sources?search=Z%C3%BCrich", response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.PathAndQuery : response.Headers.Location.OriginalString);
    }

    [Fact]
    public async Task Wrong_current_passwords_on_the_change_password_form_lock_the_account()
    {
        var (browser, _) = await SignInAsync("guesser");
        string html = "";
        for (var i = 1; i <= UserStore.MaxFailures; i++)
        {
            var form = await browser.GetStringAsync("/account/password");
            var response = await browser.PostAsync("/account/password", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(form), ["_handler"] = "password",
                ["Input.Current"] = "wrong guess " + i, ["Input.New"] = "a brand new password", ["Input.Confirm"] = "a brand new password",
            }));
            html = await response.Content.ReadAsStringAsync();
        }
        Assert.Contains("locked until", html);
        Assert.Contains("locked until", app.Services.GetRequiredService<UserStore>().SignIn("guesser", AppFactory.Password).Error);
    }

    [Fact]
    public void An_unknown_name_answers_and_locks_like_an_account_with_a_wrong_password()
    {
        var users = app.Services.GetRequiredService<UserStore>();
        app.EnsureUser("real-person", Role.Reviewer);
        for (var i = 1; i <= UserStore.MaxFailures; i++)
        {
            var real = users.SignIn("real-person", "wrong " + i).Error;
            var ghost = users.SignIn("no-such-person", "wrong " + i).Error;
            Assert.Equal(real, ghost);
        }
        Assert.Contains("locked until", users.SignIn("no-such-person", "anything at all").Error);
        Assert.Equal(users.SignIn("real-person", AppFactory.Password).Error, users.SignIn("no-such-person", AppFactory.Password).Error);
    }
}
