using System.Text.Json;
using Dapper;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Reports;
using FactCheck.Core.Reviews;
using FactCheck.Core.Tests.Data;

namespace FactCheck.Core.Tests.Workflow;

public class ReviewWorkflowTests : IDisposable
{
    private readonly StoreFixture f;

    public ReviewWorkflowTests() : this(DatabaseProvider.Sqlite) { }

    private readonly UserStore users;
    private readonly CommentStore comments;
    private readonly VerdictScaleStore scales;
    private readonly ReviewWorkflow workflow;
    private readonly AuditLog audit;
    private readonly User reviewer, editor;

    /// <summary>For <see cref="ReviewWorkflowTestsOnPostgres"/>: the same tests on PostgreSQL.</summary>
    protected ReviewWorkflowTests(DatabaseProvider provider)
    {
        f = new(provider);
        users = new UserStore(f.Temp.Db, f.Clock);
        comments = new CommentStore(f.Temp.Db, f.Clock);
        scales = new VerdictScaleStore(f.Temp.Db, f.Clock);
        workflow = new ReviewWorkflow(f.Claims, comments, f.Evidence, f.Articles, scales);
        audit = new AuditLog(f.Temp.Db);
        reviewer = users.Create("rita", Role.Reviewer, "a long enough password");
        editor = users.Create("eddie", Role.Editor, "a long enough password");
    }

    public void Dispose() => f.Dispose();

    /// <summary>The reviewer cites a passage from a source (once) and proposes a verdict.</summary>
    private Claim Propose(long claimId, string verdict = "False")
    {
        if (f.Evidence.ListByClaim(claimId).Count == 0)
            f.Evidence.Add(claimId, new EvidenceDraft { Url = "https://stats.example.gov/bulletin-12", Passage = "1,190 homes were flooded." }, "rita");
        var claim = f.Claims.Get(claimId)!;
        return f.Claims.SetVerdict(claim.Id, claim.Version, verdict, "The bulletin says 1,190.", "rita").Value!;
    }

    [Fact]
    public void A_claim_moves_from_open_to_in_review_to_proposed_to_approved()
    {
        var id = f.CreateArticle();
        var claim = f.Claims.ListByArticle(id)[0];
        Assert.Equal(ClaimStatus.Open, claim.Status);

        Assert.Equal(1, workflow.Assign(editor, [claim.Id], reviewer.Id));
        claim = f.Claims.Get(claim.Id)!;
        Assert.Equal((ClaimStatus.InReview, "rita", reviewer.Id), (claim.Status, claim.Assignee, claim.AssigneeId));

        claim = Propose(claim.Id);
        Assert.Equal(ClaimStatus.Proposed, claim.Status);
        var approved = workflow.Approve(editor, claim.Id, claim.Version);
        Assert.True(approved.Saved);
        Assert.Equal(ClaimStatus.Approved, approved.Value!.Status);
        Assert.Equal(claim.Version + 1, approved.Value.Version);

        var history = audit.ForClaim(claim.Id);
        Assert.Equal(["assigned", "added", "verdict", "approved"], history.Select(h => h.Action)); // "added": the source she cited
        Assert.Equal(["eddie", "rita", "rita", "eddie"], history.Select(h => h.Actor));
        Assert.Equal("rita", JsonDocument.Parse(history[0].NewValue!).RootElement.GetProperty("assignee").GetString());
    }

    [Fact]
    public void The_report_credits_who_checked_the_current_verdicts_and_who_approved_them()
    {
        var id = f.CreateArticle();
        var all = f.Claims.ListByArticle(id);
        var first = Propose(all[0].Id);
        var second = f.Claims.SetVerdict(all[1].Id, all[1].Version, "True", "Yes.", "otto").Value!;
        workflow.Approve(editor, first.Id, first.Version);
        Assert.Equal(["otto", "rita"], f.Claims.Credits(id).CheckedBy);
        Assert.Equal(["eddie"], f.Claims.Credits(id).ApprovedBy);

        // A verdict changed after its approval (sent back first: an approved verdict is locked) is no longer credited to that approval.
        Assert.True(workflow.SendBack(editor, first.Id, first.Version + 1, "Revise it.").Saved);
        var changed = f.Claims.SetVerdict(first.Id, first.Version + 2, "Mixed", "Revised.", "otto").Value!;
        Assert.Empty(f.Claims.Credits(id).ApprovedBy);
        Assert.Equal(["otto"], f.Claims.Credits(id).CheckedBy);
        _ = (second, changed);
    }

    [Fact]
    public void Reviewers_cannot_approve_or_send_back_and_nothing_changes()
    {
        var id = f.CreateArticle();
        var claim = Propose(f.Claims.ListByArticle(id)[0].Id);
        var approve = workflow.Approve(reviewer, claim.Id, claim.Version);
        var sendBack = workflow.SendBack(reviewer, claim.Id, claim.Version, "Redo it");
        Assert.True(approve.Forbidden);
        Assert.True(sendBack.Forbidden);
        Assert.Equal(ReviewWorkflow.EditorsOnly, approve.Error);
        Assert.Equal(ClaimStatus.Proposed, f.Claims.Get(claim.Id)!.Status);
        Assert.True(workflow.Approve(null, claim.Id, claim.Version).Forbidden);
        // A deactivated editor is refused too: the role is read from the account as it is now.
        users.SetActive(editor.Id, false, "admin");
        Assert.True(workflow.Approve(users.Get(editor.Id), claim.Id, claim.Version).Forbidden);
    }

    [Fact]
    public void Sending_back_needs_a_comment_which_is_stored_with_the_claim()
    {
        var id = f.CreateArticle();
        var claim = Propose(f.Claims.ListByArticle(id)[0].Id);
        Assert.Equal("Say what the reviewer should change: a comment is required to send a verdict back.",
            workflow.SendBack(editor, claim.Id, claim.Version, "   ").Error);

        var sent = workflow.SendBack(editor, claim.Id, claim.Version, "Cite the bulletin itself, @rita, not the press release.");
        Assert.True(sent.Saved);
        Assert.Equal(ClaimStatus.SentBack, sent.Value!.Status);
        var comment = Assert.Single(comments.ListByClaim(claim.Id));
        Assert.Equal((CommentKind.SentBack, "eddie"), (comment.Kind, comment.Author));
        Assert.Equal(["rita"], comment.Mentions);
        Assert.Equal("This verdict was sent back: the reviewer has to propose it again first.",
            workflow.Approve(editor, sent.Value.Id, sent.Value.Version).Error);

        // The reviewer revises: proposed again, and the editor can approve it.
        var revised = Propose(claim.Id, "Mostly false");
        Assert.Equal(ClaimStatus.Proposed, revised.Status);
        Assert.True(workflow.Approve(editor, revised.Id, revised.Version).Saved);
        Assert.Contains(audit.ForClaim(claim.Id), a => a.Action == "comment (sent back)" && a.Actor == "eddie");
    }

    [Fact]
    public void An_approval_based_on_a_stale_version_is_refused()
    {
        var id = f.CreateArticle();
        var claim = Propose(f.Claims.ListByArticle(id)[0].Id);
        var changed = f.Claims.SetVerdict(claim.Id, claim.Version, "Mixed", "Changed meanwhile", "rita").Value!;
        var stale = workflow.Approve(editor, claim.Id, claim.Version);
        Assert.False(stale.Saved);
        Assert.Equal(changed.Version, stale.Current!.Version);
        Assert.Equal(ClaimStatus.Proposed, f.Claims.Get(claim.Id)!.Status);
    }

    [Fact]
    public void Bulk_approval_approves_the_proposed_verdicts_and_says_why_others_were_skipped()
    {
        var id = f.CreateArticle();
        var all = f.Claims.ListByArticle(id);
        var first = Propose(all[0].Id);
        var second = all[1]; // no verdict
        var outcome = workflow.ApproveAll(editor, [(first.Id, first.Version), (second.Id, second.Version)]);
        Assert.Equal(1, outcome.Approved);
        Assert.Contains("no verdict yet", Assert.Single(outcome.Skipped));
        Assert.Equal(0, workflow.ApproveAll(reviewer, [(first.Id, first.Version + 1)]).Approved);
    }

    [Fact]
    public void Assigning_open_claims_leaves_proposed_verdicts_with_their_reviewer()
    {
        var id = f.CreateArticle();
        var all = f.Claims.ListByArticle(id);
        f.Claims.AssignArticle(id, reviewer.Id, "eddie");
        var proposed = Propose(all[0].Id);
        var other = users.Create("rob", Role.Reviewer, "a long enough password");

        Assert.Equal(all.Count - 1, f.Claims.AssignArticle(id, other.Id, "eddie"));
        var after = f.Claims.ListByArticle(id);
        Assert.Equal(reviewer.Id, after.Single(c => c.Id == proposed.Id).AssigneeId);
        Assert.All(after.Where(c => c.Id != proposed.Id), c => Assert.Equal(other.Id, c.AssigneeId));
    }

    [Fact]
    public void A_verdict_that_needs_a_source_is_not_approved_while_the_claim_cites_none_for_the_reason_publishing_gives()
    {
        var id = f.CreateArticle();
        var claim = f.Claims.ListByArticle(id)[0];
        claim = f.Claims.SetVerdict(claim.Id, claim.Version, "False", "The bulletin says 1,190.", "rita").Value!;
        const string reason = "(“Ana Ruiz said 1,204 homes were flooded.”, False) cites no source with a quoted passage.";

        var refused = workflow.Approve(editor, claim.Id, claim.Version);
        Assert.False(refused.Saved);
        Assert.False(refused.Forbidden);
        Assert.Equal($"This claim {reason}", refused.Error);
        var bulk = workflow.ApproveAll(editor, [(claim.Id, claim.Version)]);
        Assert.Equal(0, bulk.Approved);
        Assert.Equal($"Claim {claim.Id}: This claim {reason}", Assert.Single(bulk.Skipped));
        Assert.Equal(ClaimStatus.Proposed, f.Claims.Get(claim.Id)!.Status);
        var publisher = new ReportPublisher(f.Articles, f.Claims, f.Evidence, new SnapshotStore(f.Temp.Db, f.Clock),
            new ReportVersionStore(f.Temp.Db), VerdictScale.Default, f.Clock);
        Assert.Contains($"Claim 1 {reason}", publisher.Checklist(ReportData.Load(id, f.Articles, f.Claims, f.Evidence, VerdictScale.Default, new ReportVersionStore(f.Temp.Db))!));

        // A passage quoted from a source lets the approval through.
        workflow.AddEvidence(reviewer, claim.Id, new EvidenceDraft { Url = "https://stats.example.gov/bulletin-12", Passage = "1,190 homes were flooded." });
        var approved = workflow.Approve(editor, claim.Id, f.Claims.Get(claim.Id)!.Version);
        Assert.True(approved.Saved);
        Assert.Equal(ClaimStatus.Approved, approved.Value!.Status);
    }

    [Fact]
    public void Which_verdicts_need_a_source_is_read_from_the_scale_as_an_administrator_left_it()
    {
        var id = f.CreateArticle();
        var all = f.Claims.ListByArticle(id);
        var first = f.Claims.SetVerdict(all[0].Id, all[0].Version, "Unverifiable", "No record either way.", "rita").Value!;
        var second = f.Claims.SetVerdict(all[1].Id, all[1].Version, "Unverifiable", "No gauge reading was published.", "rita").Value!;
        Assert.True(workflow.Approve(editor, first.Id, first.Version).Saved); // the default scale lets "Unverifiable" stand without one

        Assert.Null(scales.Save(VerdictScale.Default.Verdicts
            .Select(v => new VerdictEdit(v.Label, v.Label, v.Rank, v.NeedsSource || v.Label == "Unverifiable", v.Color, v.Description)).ToList(), "admin"));
        Assert.Equal("This claim (“The river peaked on 12 March 2026.”, Unverifiable) cites no source with a quoted passage.",
            workflow.Approve(editor, second.Id, second.Version).Error);
    }

    [Fact]
    public void Assigning_a_whole_article_and_the_reviewers_queue()
    {
        var id = f.CreateArticle();
        var other = f.CreateArticle("Second story");
        Assert.Equal(2, f.Claims.AssignArticle(id, reviewer.Id, "eddie"));
        Assert.Equal(0, f.Claims.AssignArticle(id, reviewer.Id, "eddie")); // already theirs: nothing changes, nothing audited twice
        var sentBack = Propose(f.Claims.ListByArticle(id)[1].Id);
        workflow.SendBack(editor, sentBack.Id, sentBack.Version, "Needs a source");
        workflow.Assign(editor, [f.Claims.ListByArticle(other)[0].Id], reviewer.Id);

        var queue = f.Claims.AssignedTo(reviewer.Id);
        Assert.Equal(3, queue.Count);
        Assert.Equal(ClaimStatus.SentBack, queue[0].Claim.Status); // sent back first
        Assert.Equal("Floods in Campo Sereno", queue[0].ArticleTitle);

        var approved = Propose(queue[1].Claim.Id);
        workflow.Approve(editor, approved.Id, approved.Version);
        Assert.Equal(2, f.Claims.AssignedTo(reviewer.Id).Count); // approved work leaves the queue
        Assert.Equal(2, f.Claims.AssignedCount(reviewer.Id));

        Assert.Equal(1, workflow.Assign(editor, [queue[2].Claim.Id], null));
        Assert.Equal(ClaimStatus.Open, f.Claims.Get(queue[2].Claim.Id)!.Status);
        users.SetActive(reviewer.Id, false, "admin");
        Assert.Throws<ArgumentException>(() => workflow.Assign(editor, [queue[2].Claim.Id], reviewer.Id));
    }

    [Fact]
    public void The_articles_list_filters_by_assignee_and_state()
    {
        var a = f.CreateArticle("Assigned story");
        var b = f.CreateArticle("Untouched story");
        f.Claims.AssignArticle(a, reviewer.Id, "eddie");
        Assert.Equal(["Assigned story"], f.Articles.List(assigneeId: reviewer.Id).Select(x => x.Title));
        Assert.Equal("rita", f.Articles.List(assigneeId: reviewer.Id)[0].Assignees);
        Assert.Equal(["Assigned story"], f.Articles.List(state: "In progress").Select(x => x.Title));
        Assert.Equal(["Untouched story"], f.Articles.List(state: "New").Select(x => x.Title));

        foreach (var claim in f.Claims.ListByArticle(a)) Propose(claim.Id);
        Assert.Equal("Ready for editor", f.Articles.List(assigneeId: reviewer.Id)[0].Status);
        foreach (var claim in f.Claims.ListByArticle(a)) workflow.Approve(editor, claim.Id, claim.Version);
        Assert.Equal(["Assigned story"], f.Articles.List(state: "Approved").Select(x => x.Title));
        Assert.Empty(f.Articles.List(search: "Untouched", state: "Approved"));
        _ = b;
    }
}

/// <summary>Every test of <see cref="ReviewWorkflowTests"/>, on PostgreSQL.</summary>
public sealed class ReviewWorkflowTestsOnPostgres() : ReviewWorkflowTests(DatabaseProvider.Postgres);
