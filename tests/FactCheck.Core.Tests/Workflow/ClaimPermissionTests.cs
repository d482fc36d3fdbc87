using Dapper;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Extraction;
using FactCheck.Core.Reviews;
using FactCheck.Core.Tests.Data;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Workflow;

/// <summary>
/// Every write a page or the API can make on a claim, in every state a claim can be in, by every kind of user: approved
/// and published verdicts change only through the correction path, deleting an article is an editor's action, and
/// a deactivated account changes nothing, whatever its open page still shows.
/// </summary>
public class ClaimPermissionTests : IDisposable
{
    private readonly StoreFixture f;

    public ClaimPermissionTests() : this(DatabaseProvider.Sqlite) { }

    private readonly UserStore users;
    private readonly ReviewWorkflow workflow;
    private readonly User reviewer, editor, gone;

    /// <summary>For <see cref="ClaimPermissionTestsOnPostgres"/>: the same tests on PostgreSQL.</summary>
    protected ClaimPermissionTests(DatabaseProvider provider)
    {
        f = new(provider);
        users = new UserStore(f.Temp.Db, f.Clock);
        workflow = new ReviewWorkflow(f.Claims, new CommentStore(f.Temp.Db, f.Clock), f.Evidence, f.Articles, new VerdictScaleStore(f.Temp.Db, f.Clock));
        reviewer = users.Create("rita", Role.Reviewer, "a long enough password");
        editor = users.Create("eddie", Role.Editor, "a long enough password");
        var leaving = users.Create("lena", Role.Editor, "a long enough password");
        users.SetActive(leaving.Id, false, "admin");
        gone = users.Get(leaving.Id)!;
    }

    public void Dispose() => f.Dispose();

    public static TheoryData<ClaimStatus> AllStates => new(Enum.GetValues<ClaimStatus>());

    /// <summary>An article whose first claim is in <paramref name="state"/>, with one piece of evidence.</summary>
    private (long ArticleId, Claim Claim, long EvidenceId) ClaimIn(ClaimStatus state)
    {
        var articleId = f.CreateArticle();
        var claim = f.Claims.ListByArticle(articleId)[0];
        var evidenceId = f.Evidence.Add(claim.Id, new EvidenceDraft { Url = "https://stats.example.gov/b12", Passage = "1,190 homes" }, "rita").Id;
        if (state != ClaimStatus.Open) workflow.Assign(editor, [claim.Id], reviewer.Id);
        claim = f.Claims.Get(claim.Id)!;
        if (state is ClaimStatus.Proposed or ClaimStatus.SentBack or ClaimStatus.Approved or ClaimStatus.Published)
            claim = f.Claims.SetVerdict(claim.Id, claim.Version, "Mostly true", "The bulletin counts 1,190.", "rita").Value!;
        if (state == ClaimStatus.SentBack) claim = workflow.SendBack(editor, claim.Id, claim.Version, "Cite the bulletin.").Value!;
        if (state is ClaimStatus.Approved or ClaimStatus.Published) claim = workflow.Approve(editor, claim.Id, claim.Version).Value!;
        if (state == ClaimStatus.Published) f.Claims.MarkPublished(articleId, "eddie");
        claim = f.Claims.Get(claim.Id)!;
        Assert.Equal(state, claim.Status);
        return (articleId, claim, evidenceId);
    }

    private static readonly string[] Writes = ["verdict", "edit", "split", "delete claim", "add evidence", "edit passage", "delete evidence"];

    /// <summary>Runs one write; true when it changed something.</summary>
    private bool Write(string write, User? who, Claim claim, long evidenceId)
    {
        try
        {
            return write switch
            {
                "verdict" => workflow.SetVerdict(who, claim.Id, claim.Version, "False", "Changed.").Saved,
                "edit" => workflow.Edit(who, claim.Id, claim.Version, new ClaimEdit("Changed statement.", ClaimKind.Fact, null)).Saved,
                "split" => workflow.Split(who, claim.Id, claim.Version, claim.Span.Start + 5, StoreFixture.Text).Saved,
                "delete claim" => workflow.DeleteClaim(who, claim.Id) is null,
                "add evidence" => workflow.AddEvidence(who, claim.Id, new EvidenceDraft { Url = "https://news.example.com/x", Passage = "x" }) is not null,
                "edit passage" => workflow.UpdatePassage(who, evidenceId, "1,190 homes flooded", Stance.Contradicts),
                "delete evidence" => workflow.DeleteEvidence(who, evidenceId),
                _ => throw new ArgumentOutOfRangeException(nameof(write)),
            };
        }
        catch (InvalidOperationException e) when (e is ClaimLockedException or ActionDeniedException)
        {
            return false;
        }
    }

    private (int Version, int Evidence, int Audit, int Claims) Snapshot(long articleId, long claimId)
    {
        using var c = f.Temp.Db.Open();
        return (c.ExecuteScalar<int?>("SELECT version FROM claims WHERE id = @claimId", new { claimId }) ?? 0,
            c.ExecuteScalar<int>("SELECT COUNT(*) FROM evidence WHERE claim_id = @claimId", new { claimId }),
            c.ExecuteScalar<int>("SELECT COUNT(*) FROM audit_log"),
            c.ExecuteScalar<int>("SELECT COUNT(*) FROM claims WHERE article_id = @articleId", new { articleId }));
    }

    [Theory]
    [MemberData(nameof(AllStates))]
    public void Approved_and_published_claims_refuse_every_change_by_anyone_and_others_take_them_from_active_users(ClaimStatus state)
    {
        var locked = state is ClaimStatus.Approved or ClaimStatus.Published;
        foreach (var write in Writes)
        {
            foreach (var (who, active) in new (User?, bool)[] { (reviewer, true), (editor, true), (gone, false), (null, false) })
            {
                var (articleId, claim, evidenceId) = ClaimIn(state);
                var before = Snapshot(articleId, claim.Id);
                var changed = Write(write, who, claim, evidenceId);
                var expected = active && !locked;
                Assert.True(expected == changed, $"{write} by {who?.Username ?? "nobody"} on a {state} claim: expected {(expected ? "a change" : "a refusal")}");
                if (!changed) Assert.Equal(before, Snapshot(articleId, claim.Id));
            }
        }
    }

    [Fact]
    public void Locked_claims_say_how_to_change_them()
    {
        var (_, approved, _) = ClaimIn(ClaimStatus.Approved);
        var result = workflow.SetVerdict(editor, approved.Id, approved.Version, "False", "x");
        Assert.True(result.IsLocked);
        Assert.Contains("ask an editor to send it back", result.Error);
        var (_, published, evidenceId) = ClaimIn(ClaimStatus.Published);
        Assert.Contains("sends it back for correction", Assert.Throws<ClaimLockedException>(() => workflow.DeleteEvidence(reviewer, evidenceId)).Message);
        Assert.Contains("published", workflow.DeleteClaim(editor, published.Id));
    }

    [Fact]
    public void A_published_verdict_changes_only_after_an_editor_reopens_it_for_correction()
    {
        var (_, claim, _) = ClaimIn(ClaimStatus.Published);
        Assert.Contains("reopen it for correction", workflow.SendBack(editor, claim.Id, claim.Version, "Redo").Error);
        Assert.Contains("reopen it for correction", workflow.Approve(editor, claim.Id, claim.Version).Error);
        Assert.True(workflow.ReopenForCorrection(reviewer, claim.Id, claim.Version, "The count changed.").Forbidden);
        Assert.True(workflow.ReopenForCorrection(gone, claim.Id, claim.Version, "The count changed.").Forbidden);
        Assert.Contains("reason is required", workflow.ReopenForCorrection(editor, claim.Id, claim.Version, " ").Error);

        var reopened = workflow.ReopenForCorrection(editor, claim.Id, claim.Version, "The agency revised its count.");
        Assert.True(reopened.Saved);
        Assert.Equal(ClaimStatus.SentBack, reopened.Value!.Status);
        Assert.Equal("Mostly true", reopened.Value.Verdict); // the published verdict stays until the reviewer revises it
        var revised = workflow.SetVerdict(reviewer, claim.Id, reopened.Value.Version, "True", "The revised count is 1,204.");
        Assert.True(revised.Saved);
        Assert.True(workflow.Approve(editor, claim.Id, revised.Value!.Version).Saved);
        Assert.Contains(new AuditLog(f.Temp.Db).ForClaim(claim.Id), a => a.Action == "reopened for correction" && a.Actor == "eddie");
        var (_, open, _) = ClaimIn(ClaimStatus.Proposed);
        Assert.Contains("Only a published verdict", workflow.ReopenForCorrection(editor, open.Id, open.Version, "x").Error);
    }

    [Theory]
    [MemberData(nameof(AllStates))]
    public void Only_an_active_editor_deletes_an_article_whatever_its_claims_state(ClaimStatus state)
    {
        foreach (var who in new User?[] { reviewer, gone, null })
        {
            var (articleId, _, _) = ClaimIn(state);
            Assert.NotNull(workflow.DeleteArticle(who, articleId));
            Assert.NotNull(f.Articles.Get(articleId));
        }
        var (id, _, _) = ClaimIn(state);
        Assert.Null(workflow.DeleteArticle(editor, id));
        Assert.Null(f.Articles.Get(id));
        var (other, _, _) = ClaimIn(state);
        Assert.Equal(ReviewWorkflow.EditorsDelete, workflow.DeleteArticle(reviewer, other));
        Assert.Equal(ReviewWorkflow.NotActive, workflow.DeleteArticle(gone, other));
    }

    [Fact]
    public void Every_change_of_a_claims_version_has_its_audit_row_publishing_and_scale_renames_included()
    {
        var (articleId, claim, _) = ClaimIn(ClaimStatus.Published);
        var scales = new VerdictScaleStore(f.Temp.Db, f.Clock);
        var rows = VerdictScale.Default.Verdicts
            .Select(v => new VerdictEdit(v.Label, v.Label == "Mostly true" ? "Largely true" : v.Label, v.Rank, v.NeedsSource, v.Color, v.Description)).ToList();
        Assert.Null(scales.Save(rows, "admin"));
        Assert.Equal("Largely true", f.Claims.Get(claim.Id)!.Verdict);

        using var c = f.Temp.Db.Open();
        var mismatched = c.Query<(long Id, int Version, int Audits)>("""
            SELECT cl.id, cl.version, (SELECT COUNT(*) FROM audit_log l WHERE l.entity = 'claim' AND l.entity_id = cl.id) AS audits
            FROM claims cl WHERE cl.article_id = @articleId
            """, new { articleId }).Where(r => r.Version - 1 != r.Audits).ToList();
        Assert.Empty(mismatched);
        Assert.Contains(new AuditLog(f.Temp.Db).ForClaim(claim.Id), a => a.Action == "published" && a.Actor == "eddie");
    }

    [Fact]
    public void Fields_are_bounded_with_a_message_and_nothing_is_saved()
    {
        var (articleId, claim, evidenceId) = ClaimIn(ClaimStatus.InReview);
        var huge = new string('x', FieldLimits.Explanation + 1);
        var verdict = workflow.SetVerdict(reviewer, claim.Id, claim.Version, "False", huge);
        Assert.False(verdict.Saved);
        Assert.Contains("explanation is 20,001 characters long; the limit is 20,000", verdict.Error);
        Assert.Contains("statement", workflow.Edit(reviewer, claim.Id, claim.Version, new ClaimEdit(new string('s', FieldLimits.Statement + 1), ClaimKind.Fact, null)).Error);
        Assert.Contains("quoted passage", Assert.Throws<ArgumentException>(() =>
            workflow.AddEvidence(reviewer, claim.Id, new EvidenceDraft { Url = "https://e.example/a", Passage = new string('p', FieldLimits.Passage + 1) })).Message);
        Assert.Throws<ArgumentException>(() => workflow.UpdatePassage(reviewer, evidenceId, new string('p', FieldLimits.Passage + 1), Stance.Supports));
        Assert.Throws<ArgumentException>(() => workflow.UpdateMethodology(reviewer, articleId, new string('m', FieldLimits.Methodology + 1)));
        Assert.Throws<ArgumentException>(() => workflow.AddManual(reviewer, articleId, new TextSpan(0, 10), ClaimKind.Fact, new string('s', FieldLimits.Statement + 1)));
        Assert.Throws<ArgumentException>(() => FactCheck.Core.Sources.SnapshotDraft.FromPastedText(new string('t', FieldLimits.SnapshotText + 1), f.Clock.Now));
        Assert.Equal(claim.Version, f.Claims.Get(claim.Id)!.Version);
        Assert.Null(f.Claims.Get(claim.Id)!.Explanation);
    }
}

/// <summary>Every test of <see cref="ClaimPermissionTests"/>, on PostgreSQL.</summary>
public sealed class ClaimPermissionTestsOnPostgres() : ClaimPermissionTests(DatabaseProvider.Postgres);
