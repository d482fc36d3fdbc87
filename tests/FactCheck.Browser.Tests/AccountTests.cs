using Microsoft.Extensions.DependencyInjection;
using FactCheck.Browser.Tests.Infrastructure;
using FactCheck.Core.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Browser.Tests;

public class AccountTests(FactCheckApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_reviewer_is_sent_to_sign_in_signs_in_and_signs_out()
    {
        App.EnsureUser("dana", Role.Reviewer);
        await using var s = await App.OpenSignedOutAsync();
        await s.Page.GotoAsync("/sources");
        Assert.Contains("/signin?ReturnUrl=%2Fsources", s.Page.Url);

        await s.Page.Locator("#username").FillAsync("dana");
        await s.Page.Locator("#password").FillAsync("not the password");
        await s.Page.Locator("#password").PressAsync("Enter");
        await Expect(s.Page.GetByTestId("signin-error")).ToHaveTextAsync("The username or password is not right.");
        await Expect(s.Page.Locator("#username")).ToHaveValueAsync("dana");

        await s.Page.Locator("#password").FillAsync(FactCheckApp.Password);
        await s.Page.Locator("#password").PressAsync("Enter");
        await s.Page.WaitForURLAsync("**/sources");
        await s.WaitInteractiveAsync();
        await Expect(s.Page.GetByTestId("signed-in-user")).ToHaveTextAsync("dana");

        await s.Page.GetByTestId("sign-out").ClickAsync();
        await s.Page.WaitForURLAsync("**/signin");
        await s.Page.GotoAsync("/");
        Assert.Contains("/signin", s.Page.Url);
        s.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task A_page_left_open_by_a_deactivated_user_sends_them_to_sign_in()
    {
        var user = App.EnsureUser("leaving", Role.Reviewer);
        var id = ImportDirectly(TestArticles.Ferry);
        await using var s = await App.OpenAsync("leaving", Role.Reviewer);
        await s.GoToAsync($"/articles/{id}");
        await WaitForWorkbenchAsync(s.Page);
        var users = App.Services.GetRequiredService<FactCheck.Core.Data.UserStore>();
        App.EnsureUser("keeper", Role.Admin);
        Assert.Null(users.SetActive(user.Id, false, "keeper"));
        await s.Page.WaitForURLAsync(url => url.Contains("/signin", StringComparison.Ordinal), new() { Timeout = 15_000 });
        await Expect(s.Page.Locator("#username")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_reviewer_cannot_publish_from_the_report_page()
    {
        var id = ImportDirectly(TestArticles.Ferry);
        await using var s = await App.OpenAsync("rui", Role.Reviewer);
        await s.GoToAsync($"/articles/{id}/report");
        await Expect(s.Page.GetByTestId("publish-needs-editor")).ToBeVisibleAsync();
        await Expect(s.Page.GetByTestId("publish")).ToBeDisabledAsync();
        s.AssertNoBrowserErrors();
    }
}
