using FactCheck.Browser.Tests.Infrastructure;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Reviews;
using FactCheck.Core.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Browser.Tests;

/// <summary>An editor publishes from the report page after a confirmation that says what becomes public; a reader opens the public page.</summary>
public class PublishingTests(FactCheckApp app) : BrowserTest(app)
{
    private static string Shot(string name) => Path.Combine(AppContext.BaseDirectory, $"publishing-{name}.png");

    /// <summary>The ferry article with two claims checked, sourced from an archived copy and approved by the editor.</summary>
    private long ReadyToPublish(User editor, User reviewer)
    {
        var id = ImportDirectly(TestArticles.Ferry, TestArticles.FerryTitle);
        var workflow = App.Services.GetRequiredService<ReviewWorkflow>();
        var snapshots = App.Services.GetRequiredService<SnapshotStore>();
        foreach (var (claim, rating) in ClaimStore.ListByArticle(id).Take(2).Zip(["False", "Mostly true"]))
        {
            var cited = workflow.AddEvidence(reviewer, claim.Id, new EvidenceDraft { Url = "https://council.example.gov/minutes/12", Title = "Council minutes 12", Passage = "second route" });
            snapshots.Add(cited.SourceId, SnapshotDraft.FromPastedText("The council approved a second route.", DateTimeOffset.UtcNow));
            var rated = workflow.SetVerdict(reviewer, claim.Id, ClaimStore.Get(claim.Id)!.Version, rating, "The minutes say **otherwise**.").Value!;
            Assert.True(workflow.Approve(editor, rated.Id, rated.Version).Saved);
        }
        Assert.True(workflow.UpdateReport(editor, id, new ReportEdit("The council approved the route, but not the timetable the article gives.", "Checked against the council's minutes.")));
        return id;
    }

    [Fact]
    public async Task An_editor_confirms_what_becomes_public_and_a_reader_opens_the_published_page()
    {
        var users = App.Services.GetRequiredService<UserStore>();
        var editor = App.EnsureUser("pub-editor", Role.Editor);
        var reviewer = App.EnsureUser("pub-reviewer", Role.Reviewer);
        Assert.Null(users.SetDisplayName(editor.Id, "Eva Lindqvist", "test"));
        Assert.Null(users.SetDisplayName(reviewer.Id, "Rui Costa", "test"));
        var id = ReadyToPublish(users.Get(editor.Id)!, users.Get(reviewer.Id)!);

        await using var s = await App.OpenAsync("pub-editor", Role.Editor);
        await s.GoToAsync($"/articles/{id}/report");
        await s.WaitInteractiveAsync();
        await Expect(s.Page.GetByTestId("publish-ready")).ToBeVisibleAsync();
        await s.Page.GetByTestId("publish").ClickAsync();
        var dialog = s.Page.GetByTestId("publish-confirm");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(s.Page.GetByTestId("publish-confirm-url")).ToHaveTextAsync("/fact-checks/marlow-bay-council-approves-second-ferry-route");
        await Expect(dialog).ToContainTextAsync("2 verdicts");
        await Expect(dialog).ToContainTextAsync("Eva Lindqvist");
        await AxeCheck.AssertNoSeriousViolationsAsync(s.Page, "the publish confirmation");
        await s.Page.ScreenshotAsync(new() { Path = Shot("confirm") });
        await s.Page.GetByTestId("publish-confirmed").ClickAsync();

        await Expect(s.Page.GetByTestId("versions")).ToBeVisibleAsync();
        await Expect(s.Page.GetByTestId("view-published")).ToBeVisibleAsync();
        await Expect(s.Page.GetByTestId("download-md")).ToHaveAttributeAsync("href", $"/articles/{id}/report.md");
        await Expect(s.Page.GetByTestId("download-draft-md")).ToHaveAttributeAsync("href", $"/articles/{id}/report.md?draft=true&includeUnchecked=true");
        await Expect(s.Page.GetByTestId("report-html")).Not.ToContainTextAsync("Draft — not approved");
        await s.Page.ScreenshotAsync(new() { Path = Shot("report-published"), FullPage = true });
        s.AssertNoBrowserErrors();

        foreach (var phone in new[] { false, true })
        {
            await using var reader = await App.OpenSignedOutAsync(phone);
            var response = await reader.Page.GotoAsync("/fact-checks/marlow-bay-council-approves-second-ferry-route");
            Assert.Equal(200, response!.Status);
            await Expect(reader.Page.Locator("h1")).ToHaveTextAsync($"Fact-check: {TestArticles.FerryTitle}");
            await Expect(reader.Page.Locator("script[type='application/ld+json']")).ToHaveCountAsync(1);
            await Expect(reader.Page.Locator(".box")).ToHaveCountAsync(2);
            await Expect(reader.Page.Locator("body")).ToContainTextAsync("Rui Costa");
            await Expect(reader.Page.Locator("body")).Not.ToContainTextAsync("pub-reviewer");
            Assert.True(await reader.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the public page scrolls sideways");
            await AxeCheck.AssertNoSeriousViolationsAsync(reader.Page, phone ? "the public fact-check on a phone" : "the public fact-check");
            await reader.Page.ScreenshotAsync(new() { Path = Shot(phone ? "public-phone" : "public"), FullPage = true });
            await reader.Page.GotoAsync("/fact-checks");
            await Expect(reader.Page.Locator("ul.index li")).ToHaveCountAsync(1);
            await AxeCheck.AssertNoSeriousViolationsAsync(reader.Page, "the public index");
            if (!phone) await reader.Page.ScreenshotAsync(new() { Path = Shot("index"), FullPage = true });
            reader.AssertNoBrowserErrors();
        }
    }
}
