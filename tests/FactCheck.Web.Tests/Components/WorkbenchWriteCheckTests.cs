using Bunit;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Reviews;
using FactCheck.Web.Components.Pages.Workbench;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace FactCheck.Web.Tests.Components;

/// <summary>
/// Issue items 5 and 6: every write of the workbench checks the account as it is at that moment, whatever the page
/// showed when it opened; deleting an article is an editor's action.
/// </summary>
public class WorkbenchWriteCheckTests : WorkbenchTestContext
{
    private IRenderedComponent<MudDialogProvider> dialogs = null!;
    private IRenderedComponent<MudPopoverProvider> popovers = null!;

    private IRenderedComponent<WorkbenchPage> Open(long id)
    {
        popovers = Render<MudPopoverProvider>();
        dialogs = Render<MudDialogProvider>();
        return Settled(Render<WorkbenchPage>(p => p.Add(x => x.Id, id)));
    }

    private List<string> Messages => Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? "").ToList();

    /// <summary>Everything a write could change: each claim's version, verdict and span, the evidence, the audit trail.</summary>
    private string Stored(long articleId) =>
        string.Join(" | ", Claims.ListByArticle(articleId).Select(c => $"{c.Id}:{c.Version}:{c.Verdict}:{c.Span.Start}-{c.Span.End}"))
        + " # " + string.Join(",", Evidence.ListByArticle(articleId).Select(e => e.Id))
        + " # " + Services.GetRequiredService<AuditLog>().ForArticle(articleId).Count;

    [Theory]
    [InlineData("deactivated")]
    [InlineData("signed out everywhere")]
    public void An_account_ended_after_the_page_opened_saves_no_verdict_evidence_split_deletion_or_claim(string how)
    {
        var rita = SignIn("rita", Role.Reviewer);
        var id = ImportStory();
        var first = Claims.ListByArticle(id)[0];
        Evidence.Add(first.Id, new EvidenceDraft { Url = "https://transport.example.gov/notices/77", Passage = "Closed for ten weeks." }, "rita");
        var cut = Open(id);
        var before = Stored(id);

        if (how == "deactivated") Assert.Null(Services.GetRequiredService<UserStore>().SetActive(rita.Id, false, "editor"));
        else Services.GetRequiredService<SessionStore>().EndAll(rita.Id, "rita");

        // A verdict.
        Refused(cut, () => cut.Find("[data-testid=verdict-picker] button[data-verdict='False']").Click());
        // A new source.
        cut.Find("button[data-testid=show-evidence-form]").Click();
        cut.Find("#evidence-url").Change("https://transport.example.gov/notices/78");
        cut.Find("#evidence-passage").Change("The bridge reopens in June.");
        Refused(cut, () => cut.Find("button[data-testid=add-evidence]").Click());
        // Removing the source it had.
        Refused(cut, () => cut.Find("button[data-testid=remove-evidence]").Click());
        // A split.
        cut.Find("button[data-testid=split-toggle]").Click();
        Refused(cut, () => cut.FindAll("[data-testid=split-words] button:not([disabled])")[2].Click());
        // Deleting the claim, confirmed.
        cut.Find("button[data-testid=delete-claim]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Delete this claim?", dialogs.Markup));
        Refused(cut, () => dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").Click());
        // A claim from selected words.
        JSInterop.Setup<int[]?>("factcheck.selectionOffsets", "article-text").SetResult([first.Span.Start, first.Span.Start + 20]);
        Refused(cut, () => cut.Find("button[data-testid=add-from-selection]").Click());

        Assert.Equal(before, Stored(id));
        Assert.Single(Evidence.ListByClaim(first.Id));
        // The page is still there, showing the claim as stored.
        Assert.Equal(first.Span.Slice(Articles.Get(id)!.Text), cut.Find("[data-testid=claim-quote]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=verdict-picker] button[aria-checked=true]"));
    }

    /// <summary>Does <paramref name="write"/> and waits for the refusal (snackbars show one message once, so they are cleared first).</summary>
    private void Refused(IRenderedComponent<WorkbenchPage> cut, Action write)
    {
        var snackbar = Services.GetRequiredService<ISnackbar>();
        snackbar.Clear();
        write();
        cut.WaitForAssertion(() => Assert.Equal([ReviewWorkflow.NotActive], Messages), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_reviewer_has_no_delete_article_item_and_the_handler_refuses_them()
    {
        SignIn("rev", Role.Reviewer);
        var id = ImportStory();
        var cut = Open(id);

        cut.Find("[data-testid=article-menu] button").Click();
        popovers.WaitForAssertion(() => Assert.Contains("Assign open claims to rev", popovers.Markup));
        Assert.Empty(popovers.FindAll("[data-testid=delete-article]"));

        var header = cut.FindComponent<WorkbenchHeader>();
        await cut.InvokeAsync(header.Instance.DeleteArticle);
        Assert.NotNull(Articles.Get(id));
        Assert.Contains(ReviewWorkflow.EditorsDelete, Messages);
    }

    [Fact]
    public void An_editor_deletes_the_article_from_the_menu_after_confirming()
    {
        SignIn("eddie", Role.Editor);
        var id = ImportStory();
        var cut = Open(id);

        cut.Find("[data-testid=article-menu] button").Click();
        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll("[data-testid=delete-article]")));
        popovers.Find("[data-testid=delete-article]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Delete this article?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").Click();

        cut.WaitForAssertion(() => Assert.Null(Articles.Get(id)));
        Assert.Equal(("eddie", "deleted"), Services.GetRequiredService<AuditLog>().ForArticle(id).Select(a => (a.Actor, a.Action)).First());
    }

    [Fact]
    public async Task An_editor_demoted_after_the_page_opened_cannot_delete_the_article()
    {
        var eddie = SignIn("eddie", Role.Editor);
        var id = ImportStory();
        var cut = Open(id);
        Services.GetRequiredService<UserStore>().Create("boss", Role.Admin, "test password 1234");
        Assert.Null(Services.GetRequiredService<UserStore>().SetRole(eddie.Id, Role.Reviewer, "boss"));

        var header = cut.FindComponent<WorkbenchHeader>();
        await cut.InvokeAsync(header.Instance.DeleteArticle);

        Assert.NotNull(Articles.Get(id));
        Assert.Contains(ReviewWorkflow.NotActive, Messages);
    }
}
