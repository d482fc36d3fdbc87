using FactCheck.Browser.Tests.Infrastructure;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Reviews;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Browser.Tests;

/// <summary>A reviewer and an editor, each in their own browser, take claims through assignment, proposal, send-back and approval.</summary>
public sealed class WorkflowTests(FactCheckApp app) : BrowserTest(app)
{
    [Fact]
    public async Task An_editor_assigns_sends_back_and_approves_while_the_reviewer_works_from_the_queue()
    {
        var articleId = ImportDirectly(TestArticles.Ferry, TestArticles.FerryTitle);
        App.EnsureUser("rosa", Role.Reviewer);
        await using var editor = await App.OpenAsync("edith", Role.Editor);
        await using var reviewer = await App.OpenAsync("rosa", Role.Reviewer);

        // The editor assigns the article's open claims to rosa from the workbench menu.
        await editor.GoToAsync($"/articles/{articleId}");
        await WaitForWorkbenchAsync(editor.Page);
        await editor.Page.GetByLabel("More actions").ClickAsync();
        await editor.Page.GetByText("Assign open claims to rosa").ClickAsync();
        var claimCount = ClaimStore.ListByArticle(articleId).Count;
        await Expect(editor.Page.GetByText($"{claimCount} open claims assigned to rosa.")).ToBeVisibleAsync();

        // Rosa finds them in her queue and opens the first.
        await reviewer.GoToAsync("/queue");
        await Expect(reviewer.Page.GetByTestId("queue-item")).ToHaveCountAsync(claimCount);
        await reviewer.Page.GetByTestId("queue-item").First.GetByRole(AriaRole.Link).ClickAsync();
        await WaitForWorkbenchAsync(reviewer.Page);
        await Expect(reviewer.Page.GetByTestId("claim-status")).ToHaveTextAsync("In review");

        // She proposes a verdict and asks the editor a question with a mention.
        await reviewer.Page.Locator("[data-testid=verdict-picker] button[data-verdict='Mostly false']").ClickAsync();
        await Expect(reviewer.Page.GetByTestId("claim-status")).ToHaveTextAsync("Verdict proposed");
        await reviewer.Page.Locator("#comment-input").FillAsync("@edith the ferry timetable says otherwise — can you check?");
        await reviewer.Page.GetByTestId("post-comment").ClickAsync();
        await Expect(reviewer.Page.GetByTestId("comment")).ToContainTextAsync("the ferry timetable says otherwise");

        // The editor sees the mention in their queue, and the proposal on the review page.
        await editor.GoToAsync("/queue");
        await Expect(editor.Page.GetByTestId("mention")).ToContainTextAsync("rosa");
        await editor.GoToAsync($"/articles/{articleId}/review");
        var item = editor.Page.GetByTestId("review-item");
        await Expect(item).ToHaveCountAsync(1);
        await Expect(item).ToContainTextAsync("Mostly false");

        // Sending back needs a comment.
        await item.GetByTestId("send-back").ClickAsync();
        await Expect(editor.Page.GetByText("a comment is required")).ToBeVisibleAsync();
        var claimId = long.Parse((await item.GetAttributeAsync("data-claim"))!);
        await editor.Page.Locator($"#send-back-{claimId}").FillAsync("Quote the timetable page in the sources.");
        await item.GetByTestId("send-back").ClickAsync();
        await Expect(editor.Page.GetByText("Nothing waits for your approval")).ToBeVisibleAsync();

        // Rosa's open page shows it at once, with the editor's comment.
        await Expect(reviewer.Page.GetByTestId("claim-status")).ToHaveTextAsync("Sent back");
        await Expect(reviewer.Page.Locator(".comment.sent-back")).ToContainTextAsync("Quote the timetable page in the sources.");

        // She revises; the editor approves with the bulk action.
        await reviewer.Page.Locator("[data-testid=verdict-picker] button[data-verdict='False']").ClickAsync();
        await Expect(reviewer.Page.GetByTestId("claim-status")).ToHaveTextAsync("Verdict proposed");
        await Expect(editor.Page.GetByTestId("review-item")).ToHaveCountAsync(1);
        await editor.Page.GetByTestId("select-all").ClickAsync();
        await editor.Page.GetByTestId("approve-selected").ClickAsync();
        await Expect(editor.Page.GetByText("1 verdict approved.")).ToBeVisibleAsync();
        await Expect(reviewer.Page.GetByTestId("claim-status")).ToHaveTextAsync("Approved");

        var claim = ClaimStore.Get(claimId)!;
        Assert.Equal((ClaimStatus.Approved, "False", "rosa"), (claim.Status, claim.Verdict, claim.Assignee));
        var trail = new AuditLog(App.Services.GetRequiredService<Database>()).ForClaim(claimId).Select(a => (a.Actor, a.Action)).ToList();
        Assert.Equal([("edith", "assigned"), ("rosa", "verdict"), ("rosa", "comment"), ("edith", "sent back"), ("edith", "comment (sent back)"), ("rosa", "verdict"), ("edith", "approved")], trail);
        editor.AssertNoBrowserErrors();
        reviewer.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task An_administrator_adds_a_user_changes_the_role_and_the_verdict_scale()
    {
        await using var admin = await App.OpenAsync("root", Role.Admin);
        await admin.GoToAsync("/admin/users");
        await admin.Page.Locator("#new-username").FillAsync("newbie");
        await admin.Page.Locator("#new-password").FillAsync("short");
        await admin.Page.GetByTestId("add-user").ClickAsync();
        await Expect(admin.Page.GetByText("A password needs at least 10 characters.")).ToBeVisibleAsync();
        await admin.Page.Locator("#new-password").FillAsync("a good first password");
        await admin.Page.GetByTestId("add-user").ClickAsync();
        await Expect(admin.Page.GetByText("newbie can now sign in as reviewer.")).ToBeVisibleAsync();

        await admin.Page.GetByTestId("role-newbie").ClickAsync();
        await admin.Page.GetByRole(AriaRole.Option, new() { Name = "Editor" }).ClickAsync();
        await Expect(admin.Page.GetByText("newbie is now editor.")).ToBeVisibleAsync();
        var users = App.Services.GetRequiredService<UserStore>();
        Assert.Equal(Role.Editor, users.Find("newbie")!.Role);

        await admin.GoToAsync("/admin/verdicts");
        await admin.Page.Locator("#label-2").FillAsync("Half true");
        await admin.Page.Locator("#color-2").FillAsync("not a colour");
        await admin.Page.GetByTestId("save-scale").ClickAsync();
        await Expect(admin.Page.GetByTestId("scale-problem")).ToHaveTextAsync("'Half true': the colour must be written like #2e7d32.");
        await admin.Page.Locator("#color-2").FillAsync("#ffaa00");
        await admin.Page.GetByTestId("save-scale").ClickAsync();
        await Expect(admin.Page.GetByText("Verdict scale saved")).ToBeVisibleAsync();
        Assert.Equal("Half true", App.Services.GetRequiredService<VerdictScaleStore>().Current().Verdicts[2].Label);

        // Reviewers see the new label on their next page.
        var articleId = ImportDirectly(TestArticles.Ferry, TestArticles.FerryTitle);
        await admin.GoToAsync($"/articles/{articleId}");
        await WaitForWorkbenchAsync(admin.Page);
        await Expect(admin.Page.Locator("[data-testid=verdict-picker] button[data-verdict='Half true']")).ToBeVisibleAsync();
        admin.AssertNoBrowserErrors();
    }
}
