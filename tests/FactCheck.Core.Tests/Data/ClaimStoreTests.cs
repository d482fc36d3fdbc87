using FactCheck.Core.Data;
using FactCheck.Core.Extraction;
using FactCheck.Core.Reviews;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Data;

public class ClaimStoreTests : IDisposable
{
    private readonly StoreFixture f;

    public ClaimStoreTests() : this(DatabaseProvider.Sqlite) { }

    /// <summary>For <see cref="ClaimStoreTestsOnPostgres"/>: the same tests on PostgreSQL.</summary>
    protected ClaimStoreTests(DatabaseProvider provider) => f = new(provider);

    public void Dispose() => f.Dispose();

    private Claim First(out long articleId)
    {
        articleId = f.CreateArticle();
        return f.Claims.ListByArticle(articleId)[0];
    }

    [Fact]
    public void Verdict_is_saved_with_explanation_status_and_a_new_version()
    {
        var claim = First(out _);
        f.Clock.Now = f.Clock.Now.AddMinutes(5);

        var result = f.Claims.SetVerdict(claim.Id, claim.Version, "Mostly true", "The agency's count was **1,190**.");

        Assert.True(result.Saved);
        var stored = f.Claims.Get(claim.Id)!;
        Assert.Equal("Mostly true", stored.Verdict);
        Assert.Equal("The agency's count was **1,190**.", stored.Explanation);
        Assert.Equal(ClaimStatus.Proposed, stored.Status);
        Assert.Equal(2, stored.Version);
        Assert.Equal(f.Clock.Now, stored.UpdatedAt);
    }

    [Fact]
    public void Clearing_the_verdict_keeps_the_explanation_and_returns_to_review()
    {
        var claim = First(out _);
        var saved = f.Claims.SetVerdict(claim.Id, claim.Version, "False", "Draft note").Value!;
        var cleared = f.Claims.SetVerdict(saved.Id, saved.Version, null, "Draft note").Value!;
        Assert.Null(cleared.Verdict);
        Assert.Equal("Draft note", cleared.Explanation);
        Assert.Equal(ClaimStatus.InReview, cleared.Status);
    }

    [Fact]
    public void A_save_based_on_a_stale_version_is_refused_and_returns_the_current_claim()
    {
        var claim = First(out _);
        Assert.True(f.Claims.SetVerdict(claim.Id, claim.Version, "True", "First reviewer").Saved);

        var stale = f.Claims.SetVerdict(claim.Id, claim.Version, "False", "Second reviewer");

        Assert.False(stale.Saved);
        Assert.Equal("True", stale.Current!.Verdict);
        Assert.Contains("Someone else changed", stale.Error);
        Assert.Equal("First reviewer", f.Claims.Get(claim.Id)!.Explanation);
    }

    [Fact]
    public void Edit_changes_statement_kind_and_speaker_and_rejects_an_empty_statement()
    {
        var claim = First(out _);
        var edited = f.Claims.Edit(claim.Id, claim.Version, new ClaimEdit("  Ruiz said 1,204 homes flooded. ", ClaimKind.Figure, "Ana Ruiz ")).Value!;
        Assert.Equal("Ruiz said 1,204 homes flooded.", edited.Statement);
        Assert.Equal(ClaimKind.Figure, edited.Kind);
        Assert.Equal("Ana Ruiz", edited.SpeakerName);

        var empty = f.Claims.Edit(edited.Id, edited.Version, new ClaimEdit("   ", ClaimKind.Fact, null));
        Assert.False(empty.Saved);
        Assert.Contains("cannot be empty", empty.Error);
        Assert.Equal("Ruiz said 1,204 homes flooded.", f.Claims.Get(claim.Id)!.Statement);
    }

    [Fact]
    public void Saving_a_deleted_claim_says_so()
    {
        var claim = First(out _);
        Assert.Null(f.Claims.Delete(claim.Id));
        var result = f.Claims.SetVerdict(claim.Id, claim.Version, "True", null);
        Assert.False(result.Saved);
        Assert.Contains("deleted", result.Error);
    }

    [Fact]
    public void Manual_claim_is_anchored_to_the_selected_words()
    {
        First(out var articleId);
        var manual = f.Claims.AddManual(articleId, new TextSpan(47, 62), ClaimKind.Fact, "The river peaked");
        Assert.Equal(ClaimOrigin.Manual, manual.Origin);
        Assert.Equal("The river peake", manual.Span.Slice(StoreFixture.Text));
        Assert.Equal(3, f.Claims.ListByArticle(articleId).Count);
    }

    [Fact]
    public void Split_keeps_the_review_on_the_first_part_and_moves_figures_to_the_part_they_are_in()
    {
        var claim = First(out var articleId);
        claim = f.Claims.SetVerdict(claim.Id, claim.Version, "True", "ok").Value!;

        var result = f.Claims.Split(claim.Id, claim.Version, 20, StoreFixture.Text);

        Assert.True(result.Saved);
        var claims = f.Claims.ListByArticle(articleId);
        Assert.Equal(3, claims.Count);
        var first = claims.Single(c => c.Id == claim.Id);
        var second = claims.Single(c => c.Span.Start == 20);
        Assert.Equal("Mayor Ana Ruiz said", first.Statement);
        Assert.Equal("True", first.Verdict);
        Assert.Empty(first.Figures);
        Assert.Equal("Ana Ruiz said 1,204 homes were flooded.", second.Statement); // the frame goes with what was said
        Assert.Single(second.Figures);
        Assert.Null(second.Verdict);
        Assert.Equal([new TextSpan(20, 44)], second.Content);
        Assert.Equal(ClaimOrigin.Extracted, first.Origin);
        Assert.Equal(ClaimOrigin.Split, second.Origin); // not "added by hand"
        Assert.False(f.Claims.Split(claim.Id, first.Version, 0, StoreFixture.Text).Saved);
    }

    [Fact]
    public void Claims_are_listed_in_article_order()
    {
        First(out var articleId);
        f.Claims.AddManual(articleId, new TextSpan(6, 14), ClaimKind.Fact, "Ana Ruiz is mayor");
        var starts = f.Claims.ListByArticle(articleId).Select(c => c.Span.Start).ToList();
        Assert.Equal(starts.Order(), starts);
    }

    [Fact]
    public void Verdicts_are_counted_across_articles()
    {
        var a = f.Claims.ListByArticle(f.CreateArticle());
        var b = f.Claims.ListByArticle(f.CreateArticle("Other"));
        f.Claims.SetVerdict(a[0].Id, a[0].Version, "False", null);
        f.Claims.SetVerdict(a[1].Id, a[1].Version, "True", null);
        f.Claims.SetVerdict(b[0].Id, b[0].Version, "False", null);
        var counts = f.Claims.VerdictCounts();
        Assert.Equal(2, counts["False"]);
        Assert.Equal(1, counts["true"]);
        Assert.Equal(2, counts.Count);
    }
}

/// <summary>Every test of <see cref="ClaimStoreTests"/>, on PostgreSQL.</summary>
public sealed class ClaimStoreTestsOnPostgres() : ClaimStoreTests(DatabaseProvider.Postgres);
