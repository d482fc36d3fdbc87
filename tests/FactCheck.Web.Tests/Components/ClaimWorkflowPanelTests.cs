using Bunit;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Reviews;
using FactCheck.Web.Components.Pages.Workbench;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace FactCheck.Web.Tests.Components;

public class ClaimWorkflowPanelTests : WorkbenchTestContext
{
    /// <summary>A "False" verdict proposed on the story's first claim, citing a source unless told not to.</summary>
    private Claim ProposedClaim(bool cited = true)
    {
        var claim = Claims.ListByArticle(ImportStory())[0];
        if (cited)
            Services.GetRequiredService<EvidenceStore>().Add(claim.Id, new EvidenceDraft { Url = "https://transport.example.gov/notices/80", Passage = "Closed for fourteen weeks." }, "rev");
        return Claims.SetVerdict(claim.Id, claim.Version, "False", "Fourteen weeks, not ten.", "rev").Value!;
    }

    [Fact]
    public void A_reviewer_sees_no_editor_decision_but_can_comment_and_assign()
    {
        SignIn("rev", Role.Reviewer);
        var claim = ProposedClaim();
        var changes = new List<string>();
        var cut = Render<ClaimWorkflowPanel>(p => p.Add(x => x.Claim, claim).Add(x => x.OnChanged, w => changes.Add(w)));

        Assert.Empty(cut.FindAll("[data-testid=approve]"));
        Assert.Empty(cut.FindAll("[data-testid=editor-decision]"));
        Assert.Equal("Verdict proposed", cut.Find("[data-testid=claim-status]").TextContent.Trim());

        cut.Find("[data-testid=assign-to-me]").Click();
        Assert.Equal("rev", Claims.Get(claim.Id)!.Assignee);
        Assert.Equal(["assignment"], changes);
    }

    [Fact]
    public void An_editor_approves_from_the_panel_and_the_change_is_recorded_under_their_name()
    {
        SignIn("eddy", Role.Editor);
        var claim = ProposedClaim();
        var cut = Render<ClaimWorkflowPanel>(p => p.Add(x => x.Claim, claim));
        cut.Find("[data-testid=approve]").Click();
        Assert.Equal(ClaimStatus.Approved, Claims.Get(claim.Id)!.Status);
        Assert.Equal("eddy", Services.GetRequiredService<AuditLog>().ForClaim(claim.Id)[^1].Actor);
    }

    [Fact]
    public void An_editor_is_told_why_a_verdict_that_needs_a_source_is_not_approved_while_the_claim_cites_none()
    {
        SignIn("eddy", Role.Editor);
        var claim = ProposedClaim(cited: false);
        var cut = Render<ClaimWorkflowPanel>(p => p.Add(x => x.Claim, claim));
        cut.Find("[data-testid=approve]").Click();
        Assert.Equal(ClaimStatus.Proposed, Claims.Get(claim.Id)!.Status);
        var shown = Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? "").ToList();
        Assert.Contains(shown, m => m.StartsWith("This claim (“", StringComparison.Ordinal) && m.EndsWith("”, False) cites no source with a quoted passage.", StringComparison.Ordinal));
    }

    [Fact]
    public void Comments_show_in_order_and_a_reviewer_demoted_meanwhile_cannot_approve()
    {
        var editor = SignIn("ed2", Role.Editor);
        var claim = ProposedClaim();
        var comments = Services.GetRequiredService<CommentStore>();
        comments.Add(claim.Id, "ed2", "First remark");
        comments.Add(claim.Id, "rev", "<b>second</b> remark");
        var cut = Render<ClaimWorkflowPanel>(p => p.Add(x => x.Claim, claim));
        Assert.Equal(["First remark", "<b>second</b> remark"], cut.FindAll(".comment-body").Select(e => e.TextContent));
        Assert.Empty(cut.FindAll(".comment-body b")); // shown as text, never as markup

        // The page still shows the editor's buttons, but the role is checked again on the server when pressed.
        Services.GetRequiredService<UserStore>().Create("boss", Role.Admin, "test password 1234");
        Services.GetRequiredService<UserStore>().SetRole(editor.Id, Role.Reviewer, "boss");
        cut.Find("[data-testid=approve]").Click();
        Assert.Equal(ClaimStatus.Proposed, Claims.Get(claim.Id)!.Status);
    }
}
