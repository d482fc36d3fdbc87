using Dapper;
using FactCheck.Core.Data;
using FactCheck.Core.Reports;
using FactCheck.Core.Reviews;
using FactCheck.Core.Sources;
using FactCheck.Core.Tests.Data;

namespace FactCheck.Core.Tests.Reports;

public class PublishingTests : IDisposable
{
    private readonly StoreFixture f;

    public PublishingTests() : this(DatabaseProvider.Sqlite) { }

    private readonly SnapshotStore snapshots;
    private readonly ReportVersionStore versions;
    private readonly ReportPublisher publisher;

    /// <summary>For <see cref="PublishingTestsOnPostgres"/>: the same tests on PostgreSQL.</summary>
    protected PublishingTests(DatabaseProvider provider)
    {
        f = new(provider);
        snapshots = new SnapshotStore(f.Temp.Db, f.Clock);
        versions = new ReportVersionStore(f.Temp.Db);
        publisher = new ReportPublisher(f.Articles, f.Claims, f.Evidence, snapshots, versions, VerdictScale.Default, f.Clock);
    }

    public void Dispose() => f.Dispose();

    private (long ArticleId, Claim Claim) CheckedArticle()
    {
        var id = f.CreateArticle();
        var claim = f.Claims.ListByArticle(id)[0];
        claim = f.Claims.SetVerdict(claim.Id, claim.Version, "Mostly true", "The bulletin counts 1,190.").Value!;
        return (id, claim);
    }

    private void Approve(long claimId)
    {
        var claim = f.Claims.Get(claimId)!;
        Assert.True(f.Claims.Approve(claim.Id, claim.Version, "Eva").Saved);
    }

    [Fact]
    public void Publishing_is_blocked_with_a_checklist_until_sources_snapshots_and_methodology_are_there()
    {
        var (id, claim) = CheckedArticle();

        var first = publisher.Publish(id, "Editor Eva", null);
        Assert.False(first.Published);
        Assert.Contains(first.Missing, m => m.Contains("cites no source"));
        Assert.Contains(first.Missing, m => m.Contains("methodology"));

        var e = f.Evidence.Add(claim.Id, new EvidenceDraft { Url = "https://stats.example.gov/b12", Passage = "1,190 homes flooded" });
        Assert.Contains(publisher.Publish(id, "Editor Eva", null).Missing, m => m.Contains("archive a snapshot"));

        snapshots.Add(e.SourceId, SnapshotDraft.FromPastedText("Bulletin: 1,190 homes flooded by Thursday.", f.Clock.Now));
        f.Articles.UpdateMethodology(id, "Claims with figures were checked against official bulletins.");
        Assert.Contains(publisher.Publish(id, "  ", null).Missing, m => m.Contains("who is publishing"));
        Assert.Equal(["1 verdict is not approved by an editor yet (Review page)."], publisher.Publish(id, "Editor Eva", null).Missing);
        Approve(claim.Id);

        var published = publisher.Publish(id, "Editor Eva", null);
        Assert.True(published.Published);
        var v1 = published.Version!;
        Assert.Equal(1, v1.Version);
        Assert.Equal(64, v1.Sha256.Length);
        Assert.Contains("| Fact-check published | version 1, 2026-03-13, by Editor Eva |", v1.Markdown);
        Assert.Contains("| Approved by | Eva, 2026-03-13 |", v1.Markdown);
        Assert.Contains("Claims with figures were checked against official bulletins.", v1.Markdown);
        Assert.DoesNotContain("Draft", v1.Markdown);
        Assert.DoesNotContain("The river peaked", v1.Markdown); // claims without a verdict are left out of a published report
        Assert.Equal(ClaimStatus.Published, f.Claims.Get(claim.Id)!.Status);
    }

    [Fact]
    public void A_later_change_needs_a_correction_note_and_makes_a_new_version_listed_in_the_log()
    {
        var (id, claim) = CheckedArticle();
        var e = f.Evidence.Add(claim.Id, new EvidenceDraft { Url = "https://stats.example.gov/b12", Passage = "1,190 homes flooded" });
        snapshots.Add(e.SourceId, SnapshotDraft.FromPastedText("1,190 homes flooded", f.Clock.Now));
        f.Articles.UpdateMethodology(id, "Checked against bulletins.");
        Approve(claim.Id);
        Assert.True(publisher.Publish(id, "Eva", null).Published);

        claim = f.Claims.Get(claim.Id)!;
        // A published verdict is locked: the correction path is reopen (an editor), revise, approve, publish with a note.
        Assert.True(f.Claims.SetVerdict(claim.Id, claim.Version, "True", "Too early.").IsLocked);
        claim = f.Claims.ReopenForCorrection(claim.Id, claim.Version, "The agency revised its count.", "Eva").Value!;
        Assert.True(f.Claims.SetVerdict(claim.Id, claim.Version, "True", "The revised bulletin counts 1,204.").Saved);
        var blocked = publisher.Publish(id, "Eva", null).Missing;
        Assert.Contains(blocked, m => m.Contains("correction"));
        Assert.Contains(blocked, m => m.Contains("not approved by an editor")); // a changed verdict needs approval again
        Approve(claim.Id);
        f.Clock.Now = f.Clock.Now.AddDays(2);

        var second = publisher.Publish(id, "Eva", "The agency revised its count to 1,204; verdict changed to True.");
        Assert.True(second.Published);
        Assert.Equal(2, second.Version!.Version);
        Assert.Contains("- 2026-03-15 (version 2): The agency revised its count to 1,204; verdict changed to True.", second.Version.Markdown);
        var all = versions.List(id);
        Assert.Equal([1, 2], all.Select(v => v.Version));
        Assert.Contains("No corrections.", all[0].Markdown);

        var diff = LineDiff.Compare(all[0].Markdown, all[1].Markdown);
        Assert.Contains(diff, l => l.Change == LineChange.Removed && l.Text.Contains("**Mostly true**"));
        Assert.Contains(diff, l => l.Change == LineChange.Added && l.Text.Contains("**True**"));
    }

    [Fact]
    public void Published_versions_cannot_be_changed_or_deleted_and_the_article_stays()
    {
        var (id, claim) = CheckedArticle();
        var e = f.Evidence.Add(claim.Id, new EvidenceDraft { Url = "https://stats.example.gov/b12", Passage = "x" });
        snapshots.Add(e.SourceId, SnapshotDraft.FromPastedText("x", f.Clock.Now));
        f.Articles.UpdateMethodology(id, "Method.");
        Approve(claim.Id);
        Assert.True(publisher.Publish(id, "Eva", null).Published);

        using var c = f.Temp.Db.Open();
        f.Temp.AssertRefused(() => c.Execute("UPDATE report_versions SET markdown = 'forged'"));
        f.Temp.AssertRefused(() => c.Execute("DELETE FROM report_versions"));
        Assert.Contains("published", f.Articles.Delete(id));
        Assert.NotNull(f.Articles.Get(id));
    }

    [Fact]
    public void Line_diff_marks_added_and_removed_lines()
    {
        var diff = LineDiff.Compare("a\nb\nc", "a\nc\nd");
        Assert.Equal([(LineChange.Same, "a"), (LineChange.Removed, "b"), (LineChange.Same, "c"), (LineChange.Added, "d")],
            diff.Select(l => (l.Change, l.Text)).ToList());
    }
}

/// <summary>Every test of <see cref="PublishingTests"/>, on PostgreSQL.</summary>
public sealed class PublishingTestsOnPostgres() : PublishingTests(DatabaseProvider.Postgres);
