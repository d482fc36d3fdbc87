using FactCheck.Browser.Tests.Infrastructure;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Reviews;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Browser.Tests;

/// <summary>
/// axe-core on every page a newsroom user reaches, each with something on it (an article with claims, a proposed verdict,
/// evidence, an assignment): no serious or critical violation. Plus the landmarks and names axe cannot judge alone.
/// </summary>
public sealed class AccessibilityTests(FactCheckApp app) : BrowserTest(app)
{
    [Theory]
    [InlineData("sign-in")]
    [InlineData("articles")]
    [InlineData("new article")]
    [InlineData("workbench")]
    [InlineData("editor review")]
    [InlineData("report")]
    [InlineData("my queue")]
    [InlineData("sources")]
    [InlineData("change password")]
    [InlineData("admin users")]
    [InlineData("admin verdict scale")]
    [InlineData("not found")]
    [InlineData("not allowed")]
    public async Task EveryPageHasNoSeriousAccessibilityViolation(string pageName)
    {
        var (articleId, claimId) = Seed();
        await using var s = pageName switch
        {
            "sign-in" => await App.OpenSignedOutAsync(),
            "not allowed" => await App.OpenAsync("a11y-reviewer", Role.Reviewer),
            _ => await App.OpenAsync("a11y-admin", Role.Admin),
        };
        var page = s.Page;
        switch (pageName)
        {
            case "sign-in":
                await page.GotoAsync("/signin");
                await Expect(page.Locator("#username")).ToBeVisibleAsync();
                break;
            case "articles":
                await s.GoToAsync("/");
                await Expect(page.GetByText(TestArticles.FerryTitle).First).ToBeVisibleAsync();
                break;
            case "new article":
                await s.GoToAsync("/articles/new");
                await PasteAsync(page, TestArticles.Ferry);
                break;
            case "workbench":
                await s.GoToAsync($"/articles/{articleId}?claim={claimId}");
                await WaitForWorkbenchAsync(page);
                await Expect(page.GetByTestId("evidence-list").Locator("li")).ToHaveCountAsync(1);
                break;
            case "editor review":
                await s.GoToAsync($"/articles/{articleId}/review");
                await Expect(page.Locator("h1")).ToBeVisibleAsync();
                await Expect(page.GetByText("Mostly true").First).ToBeVisibleAsync();
                break;
            case "report":
                await s.GoToAsync($"/articles/{articleId}/report");
                await Expect(page.GetByText("Mostly true").First).ToBeVisibleAsync();
                break;
            case "my queue":
                await s.GoToAsync("/queue");
                await Expect(page.GetByTestId("queue-item").First).ToBeVisibleAsync();
                break;
            case "sources":
                await s.GoToAsync("/sources");
                await Expect(page.GetByText("Gull Island residents register").First).ToBeVisibleAsync();
                break;
            case "change password":
                await page.GotoAsync("/account/password");
                await Expect(page.Locator("h1")).ToBeVisibleAsync();
                break;
            case "admin users":
                await s.GoToAsync("/admin/users");
                await Expect(page.GetByText("a11y-reviewer").First).ToBeVisibleAsync();
                break;
            case "admin verdict scale":
                await s.GoToAsync("/admin/verdicts");
                await Expect(page.Locator("h1")).ToBeVisibleAsync();
                break;
            case "not found":
                await page.GotoAsync("/no-such-page");
                await s.WaitInteractiveAsync();
                await Expect(page.Locator("h1")).ToHaveTextAsync("There is nothing at this address");
                break;
            case "not allowed":
                await page.GotoAsync("/admin/users");
                await s.WaitInteractiveAsync();
                await Expect(page.Locator("h1")).ToHaveTextAsync("Your role does not allow this");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(pageName), pageName, "No such page in this test.");
        }

        await AxeCheck.AssertNoSeriousViolationsAsync(page, pageName);
        // axe reports a missing landmark only as "moderate": every page puts its content in one <main>.
        await Expect(page.Locator("main")).ToHaveCountAsync(1);
        await Expect(page.Locator("h1")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task TheWorkbenchMoreActionsButtonIsNamedAndItsMenuPassesAxe()
    {
        var (articleId, claimId) = Seed();
        await using var s = await App.OpenAsync("a11y-admin", Role.Admin);
        var page = s.Page;
        await s.GoToAsync($"/articles/{articleId}?claim={claimId}");
        await WaitForWorkbenchAsync(page);

        var more = page.GetByRole(AriaRole.Button, new() { Name = "More actions", Exact = true });
        await Expect(more).ToHaveCountAsync(1);
        await more.ClickAsync();
        await Expect(page.GetByTestId("delete-article")).ToBeVisibleAsync();
        // The assignment items come in once the menu has loaded the people to assign to.
        await Expect(page.GetByText("Assign open claims to a11y-admin")).ToBeVisibleAsync();
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "workbench with the more-actions menu open");
        s.AssertNoBrowserErrors();
    }

    /// <summary>
    /// An article whose second claim has a proposed verdict, evidence from a source and is assigned to the admin, so that
    /// every page has rows, chips and links to check. Returns the article and that claim.
    /// </summary>
    private (long ArticleId, long ClaimId) Seed()
    {
        var admin = App.EnsureUser("a11y-admin", Role.Admin);
        App.EnsureUser("a11y-reviewer", Role.Reviewer);
        var articleId = ImportDirectly(TestArticles.Ferry, TestArticles.FerryTitle);
        var claim = ClaimStore.ListByArticle(articleId)[1];
        App.Services.GetRequiredService<EvidenceStore>().Add(claim.Id, new EvidenceDraft
        {
            Url = "https://transport.example.org/gull-island/residents-2026",
            Title = "Gull Island residents register 2026",
            Publisher = "Regional transport office",
            Passage = "Registered year-round residents of Gull Island on 1 January 2026: 1,214.",
            Stance = Stance.Contradicts,
        }, "a11y-admin");
        claim = ClaimStore.Get(claim.Id)!;
        Assert.True(ClaimStore.SetVerdict(claim.Id, claim.Version, "Mostly true", "The **register** lists fewer residents.", "a11y-admin").Saved);
        ClaimStore.Assign([claim.Id], admin.Id, "a11y-admin");
        return (articleId, claim.Id);
    }
}
