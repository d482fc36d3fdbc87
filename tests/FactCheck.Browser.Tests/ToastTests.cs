using FactCheck.Browser.Tests.Infrastructure;
using FactCheck.Core.Accounts;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Browser.Tests;

/// <summary>Toasts stay few and short and never cover the page's primary actions.</summary>
public sealed class ToastTests(FactCheckApp app) : BrowserTest(app)
{
    [Fact]
    public async Task Toasts_never_stack_past_two_or_cover_the_add_user_button()
    {
        await using var admin = await App.OpenAsync("toaster", Role.Admin);
        await admin.GoToAsync("/admin/users");
        for (var i = 1; i <= 4; i++)
        {
            await admin.Page.Locator("#new-username").FillAsync($"person{i}");
            await admin.Page.Locator("#new-password").FillAsync("a good first password");
            await admin.Page.GetByTestId("add-user").ClickAsync();
            await Expect(admin.Page.GetByText($"person{i} can now sign in as reviewer.")).ToBeVisibleAsync();
        }
        var toasts = admin.Page.Locator(".mud-snackbar");
        Assert.InRange(await toasts.CountAsync(), 1, 2);

        var button = await admin.Page.GetByTestId("add-user").BoundingBoxAsync();
        Assert.NotNull(button);
        for (var i = 0; i < await toasts.CountAsync(); i++)
        {
            var box = await toasts.Nth(i).BoundingBoxAsync();
            if (box is null) continue;
            var overlaps = box.X < button.X + button.Width && button.X < box.X + box.Width && box.Y < button.Y + button.Height && button.Y < box.Y + box.Height;
            Assert.False(overlaps, $"a toast at ({box.X}, {box.Y}) covers the Add user button at ({button.X}, {button.Y})");
            Assert.True(box.X < 700, "toasts sit at the bottom left, away from the actions at the top right");
        }
        admin.AssertNoBrowserErrors();
    }
}
