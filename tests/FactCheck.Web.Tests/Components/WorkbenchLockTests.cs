using Bunit;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Reviews;
using FactCheck.Web.Components.Pages.Workbench;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace FactCheck.Web.Tests.Components;

/// <summary>Approved and published verdicts are shown locked, with why and how; an editor reopens a published one for correction.</summary>
public class WorkbenchLockTests : WorkbenchTestContext
{
    private IRenderedComponent<WorkbenchPage> Open(long id, long claimId)
    {
        Render<MudPopoverProvider>();
        Render<MudDialogProvider>();
        // As from the reviewer's queue: the claim to open is in the query.
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo($"/articles/{id}?claim={claimId}");
        return Settled(Render<WorkbenchPage>(p => p.Add(x => x.Id, id)));
    }

    private List<string> Messages => Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? "").ToList();

    /// <summary>A claim with a source and a verdict an editor approved (and, when asked, published).</summary>
    private (long ArticleId, Claim Claim) Checked(bool publish)
    {
        var id = ImportStory();
        var claim = Claims.ListByArticle(id)[1];
        Evidence.Add(claim.Id, new EvidenceDraft { Url = "https://transport.example.gov/notices/77", Passage = "Closed for ten weeks." }, "rev");
        var proposed = Claims.SetVerdict(claim.Id, claim.Version, "False", "Ten weeks, not fourteen.", "rev").Value!;
        Assert.True(Claims.Approve(proposed.Id, proposed.Version, "editor").Saved);
        if (publish) Assert.Equal(1, Claims.MarkPublished(id, "editor"));
        return (id, Claims.Get(claim.Id)!);
    }

    private static void AssertLockedControls(IRenderedComponent<WorkbenchPage> cut)
    {
        Assert.All(cut.FindAll("[data-testid=verdict-picker] button"), b => Assert.True(b.HasAttribute("disabled")));
        Assert.True(cut.Find("#claim-statement").HasAttribute("disabled"));
        Assert.True(cut.Find("#claim-explanation").HasAttribute("readonly"));
        Assert.True(cut.Find("button[data-testid=split-toggle]").HasAttribute("disabled"));
        Assert.True(cut.Find("button[data-testid=delete-claim]").HasAttribute("disabled"));
        Assert.True(cut.Find("button[data-testid=show-evidence-form]").HasAttribute("disabled"));
        Assert.True(cut.Find("button[data-testid=remove-evidence]").HasAttribute("disabled"));
        // Each disabled control sits in a tooltip that says why.
        Assert.True(cut.FindAll("[data-testid=lock-tip]").Count >= 6, cut.Markup);
    }

    [Fact]
    public void An_approved_verdict_is_locked_and_says_to_ask_an_editor_to_send_it_back()
    {
        SignIn("rev", Role.Reviewer);
        var (id, claim) = Checked(publish: false);
        var cut = Open(id, claim.Id);

        Assert.Contains("ask an editor to send it back", cut.Find("[data-testid=claim-locked]").TextContent);
        AssertLockedControls(cut);
        Assert.Empty(cut.FindAll("[data-testid=reopen]"));
    }

    [Fact]
    public void A_published_verdict_is_locked_and_a_reviewer_cannot_reopen_it()
    {
        SignIn("rev", Role.Reviewer);
        var (id, claim) = Checked(publish: true);
        var cut = Open(id, claim.Id);

        Assert.Contains("an editor reopens it for correction", cut.Find("[data-testid=claim-locked]").TextContent);
        AssertLockedControls(cut);
        Assert.Empty(cut.FindAll("[data-testid=reopen-for-correction]"));
    }

    [Fact]
    public void An_editor_reopens_a_published_verdict_for_correction_with_a_required_reason()
    {
        SignIn("eddie", Role.Editor);
        var (id, claim) = Checked(publish: true);
        var cut = Open(id, claim.Id);

        cut.Find("button[data-testid=reopen]").Click();
        Assert.Equal(ClaimStatus.Published, Claims.Get(claim.Id)!.Status);
        Assert.Contains(Messages, m => m.Contains("a reason is required", StringComparison.Ordinal));

        cut.Find("#reopen-reason").Change("The notice was revised: the closure is twelve weeks.");
        cut.Find("button[data-testid=reopen]").Click();

        cut.WaitForAssertion(() => Assert.Equal(ClaimStatus.SentBack, Claims.Get(claim.Id)!.Status));
        var comment = Assert.Single(Services.GetRequiredService<CommentStore>().ListByClaim(claim.Id));
        Assert.Equal(CommentKind.SentBack, comment.Kind);
        Assert.Equal("The notice was revised: the closure is twelve weeks.", comment.Body);
        Assert.Equal("eddie", comment.Author);
        // Unlocked for the correction: the verdict can be changed again.
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=claim-locked]")));
        Assert.False(cut.Find("[data-testid=verdict-picker] button").HasAttribute("disabled"));
        Assert.Empty(cut.FindAll("[data-testid=reopen-for-correction]"));
    }
}
