using Microsoft.Extensions.DependencyInjection;
using FactCheck.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Browser.Tests;

/// <summary>Two reviewers on the same article see each other's work without reloading.</summary>
public sealed class LiveUpdateTests(FactCheckApp app) : BrowserTest(app)
{
    [Fact]
    public async Task AVerdictSavedInOneBrowserAppearsInTheOtherWithoutReload()
    {
        var articleId = ImportDirectly(TestArticles.Ferry, TestArticles.FerryTitle);
        // Two people, each signed in in their own browser context.
        await using var first = await App.OpenAsync("ana", FactCheck.Core.Accounts.Role.Reviewer);
        await using var second = await App.OpenAsync("ben", FactCheck.Core.Accounts.Role.Reviewer);
        foreach (var s in new[] { first, second })
        {
            await s.GoToAsync($"/articles/{articleId}");
            await WaitForWorkbenchAsync(s.Page);
        }
        await Expect(first.Page.GetByTestId("viewers")).ToContainTextAsync("1 other reviewer has this article open: ben");
        await Expect(second.Page.GetByTestId("viewers")).ToContainTextAsync("1 other reviewer has this article open: ana");

        // Both have the first claim open; the first reviewer rules on it.
        await first.Page.Locator("[data-testid=verdict-picker] button[data-verdict='Mostly false']").ClickAsync();
        await Expect(first.Page.GetByTestId("claim-item").First.GetByTestId("claim-verdict")).ToHaveTextAsync("Mostly false");

        // The second sees it in the list, the editor and the progress, with no reload.
        var other = second.Page;
        await Expect(other.GetByTestId("claim-item").First.GetByTestId("claim-verdict")).ToHaveTextAsync("Mostly false");
        await Expect(other.Locator("[data-testid=verdict-picker] button[data-verdict='Mostly false']")).ToHaveAttributeAsync("aria-checked", "true");
        await Expect(other.GetByTestId("progress-summary")).ToContainTextAsync("1 of");
        Assert.Equal("ana", new FactCheck.Core.Data.AuditLog(App.Services.GetRequiredService<FactCheck.Core.Data.Database>()).ForArticle(articleId)[0].Actor);

        // When one leaves, the other no longer counts them.
        await first.Page.GotoAsync("/");
        await Expect(other.GetByTestId("viewers")).ToHaveCountAsync(0);
        first.AssertNoBrowserErrors();
        second.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task ThePresenceChipCountsOtherPeopleOnceAndNeverTheViewersOwnTabs()
    {
        var articleId = ImportDirectly(TestArticles.Ferry, TestArticles.FerryTitle);
        await using var ana = await App.OpenAsync("ana", FactCheck.Core.Accounts.Role.Reviewer);
        await using var ben = await App.OpenAsync("ben", FactCheck.Core.Accounts.Role.Reviewer);
        await ana.GoToAsync($"/articles/{articleId}");
        await WaitForWorkbenchAsync(ana.Page);
        // Ana alone, in two tabs: nobody else has the article open.
        var anaSecondTab = await ana.Context.NewPageAsync();
        await anaSecondTab.GotoAsync($"/articles/{articleId}");
        await WaitForWorkbenchAsync(anaSecondTab);
        await Expect(ana.Page.GetByTestId("viewers")).ToHaveCountAsync(0);
        await Expect(anaSecondTab.GetByTestId("viewers")).ToHaveCountAsync(0);

        await ben.GoToAsync($"/articles/{articleId}");
        await WaitForWorkbenchAsync(ben.Page);
        await Expect(ben.Page.GetByTestId("viewers")).ToHaveTextAsync("1 other reviewer has this article open: ana");
        await Expect(ana.Page.GetByTestId("viewers")).ToHaveTextAsync("1 other reviewer has this article open: ben");
        await Expect(anaSecondTab.GetByTestId("viewers")).ToHaveTextAsync("1 other reviewer has this article open: ben");

        // Ben closes his tab: he is gone from Ana's chip without waiting for his page to be cleaned up.
        await ben.Page.CloseAsync();
        await Expect(ana.Page.GetByTestId("viewers")).ToHaveCountAsync(0);
        await anaSecondTab.CloseAsync();
        ana.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task TwoUsersWritingTheSameExplanationAtOnceGetOneSaveAndOneConflictDialog()
    {
        var articleId = ImportDirectly(TestArticles.Ferry, TestArticles.FerryTitle);
        var claim = ClaimStore.ListByArticle(articleId)[0];
        await using var ana = await App.OpenAsync("ana", FactCheck.Core.Accounts.Role.Reviewer);
        await using var ben = await App.OpenAsync("ben", FactCheck.Core.Accounts.Role.Reviewer);
        foreach (var s in new[] { ana, ben })
        {
            await s.GoToAsync($"/articles/{articleId}");
            await WaitForWorkbenchAsync(s.Page);
        }

        // Both write an explanation of the same claim from the same version, at the same moment.
        await Task.WhenAll(
            ana.Page.Locator("#claim-explanation").FillAsync("Ana: the timetable lists two routes."),
            ben.Page.Locator("#claim-explanation").FillAsync("Ben: the council minutes list one route."));

        // Exactly one of them sees the conflict dialog with both texts side by side.
        var anaDialog = ana.Page.GetByTestId("conflict-dialog");
        var benDialog = ben.Page.GetByTestId("conflict-dialog");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await anaDialog.IsVisibleAsync() && !await benDialog.IsVisibleAsync())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(15), "Neither user saw the conflict dialog.");
            await Task.Delay(100);
        }
        var loser = await anaDialog.IsVisibleAsync() ? ana : ben;
        var winner = ReferenceEquals(loser, ana) ? ben : ana;
        await Expect(winner.Page.GetByTestId("conflict-dialog")).ToHaveCountAsync(0);
        var dialog = loser.Page.GetByTestId("conflict-dialog");
        await Expect(dialog).ToContainTextAsync("Ana: the timetable lists two routes.");
        await Expect(dialog).ToContainTextAsync("Ben: the council minutes list one route.");
        Assert.Equal(claim.Version + 1, ClaimStore.Get(claim.Id)!.Version); // one save landed, the other waits for its author's choice

        await loser.Page.GetByTestId("keep-mine").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        var mine = ReferenceEquals(loser, ana) ? "Ana: the timetable lists two routes." : "Ben: the council minutes list one route.";
        await Expect(winner.Page.Locator("#claim-explanation")).ToHaveValueAsync(mine); // and the other page shows the outcome live
        Assert.Equal(mine, ClaimStore.Get(claim.Id)!.Explanation);
        ana.AssertNoBrowserErrors();
        ben.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task ASaveOnAStaleVersionShowsBothVersionsAndTheReviewerChooses()
    {
        var articleId = ImportDirectly(TestArticles.Ferry, TestArticles.FerryTitle);
        var claim = ClaimStore.ListByArticle(articleId)[0];
        await using var s = await App.OpenAsync();
        var page = s.Page;
        await s.GoToAsync($"/articles/{articleId}");
        await WaitForWorkbenchAsync(page);

        // Someone else saves a new statement behind this page's back (no live notice).
        Assert.True(ClaimStore.Edit(claim.Id, claim.Version, new(claim.Statement + " (their wording)", claim.Kind, claim.SpeakerName), "other").Saved);
        await page.Locator("#claim-statement").FillAsync("My wording of the claim.");
        await page.Locator("#claim-statement").BlurAsync();

        var dialog = page.GetByTestId("conflict-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.GetByTestId("conflict-mine").First).ToHaveTextAsync("My wording of the claim.");
        await Expect(dialog.GetByTestId("conflict-theirs").First).ToContainTextAsync("(their wording)");
        await page.GetByTestId("keep-mine").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        Assert.Equal("My wording of the claim.", ClaimStore.Get(claim.Id)!.Statement);
        Assert.Equal(claim.Version + 2, ClaimStore.Get(claim.Id)!.Version);
        s.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task ChangesToDifferentFieldsMergeWithoutAsking()
    {
        var articleId = ImportDirectly(TestArticles.Ferry, TestArticles.FerryTitle);
        var claim = ClaimStore.ListByArticle(articleId)[0];
        await using var s = await App.OpenAsync();
        var page = s.Page;
        await s.GoToAsync($"/articles/{articleId}");
        await WaitForWorkbenchAsync(page);

        Assert.True(ClaimStore.SetVerdict(claim.Id, claim.Version, "Mixed", "Their explanation.", "other").Saved);
        await page.Locator("#claim-statement").FillAsync("My wording, merged.");
        await page.Locator("#claim-statement").BlurAsync();

        await Expect(page.GetByText("your change was added to theirs")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("conflict-dialog")).ToHaveCountAsync(0);
        var stored = ClaimStore.Get(claim.Id)!;
        Assert.Equal("My wording, merged.", stored.Statement);
        Assert.Equal("Mixed", stored.Verdict);
        Assert.Equal("Their explanation.", stored.Explanation);
        s.AssertNoBrowserErrors();
    }
}
