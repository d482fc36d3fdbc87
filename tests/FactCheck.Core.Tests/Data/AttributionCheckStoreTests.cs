using FactCheck.Core.Data;
using FactCheck.Core.Extraction;
using FactCheck.Core.Reviews;

namespace FactCheck.Core.Tests.Data;

/// <summary>An attribution's quote check, stored apart from the verdict: versioned, audited in words, kept by later saves.</summary>
public class AttributionCheckStoreTests : IDisposable
{
    private readonly StoreFixture f;

    public AttributionCheckStoreTests() : this(DatabaseProvider.Sqlite) { }

    /// <summary>For <see cref="AttributionCheckStoreTestsOnPostgres"/>: the same tests on PostgreSQL.</summary>
    protected AttributionCheckStoreTests(DatabaseProvider provider) => f = new(provider);

    public void Dispose() => f.Dispose();

    private (Claim Attribution, Claim Fact) Claims()
    {
        var claims = f.Claims.ListByArticle(f.CreateArticle());
        return (claims.Single(c => c.Kind == ClaimKind.Attribution), claims.Single(c => c.Kind == ClaimKind.Fact));
    }

    [Fact]
    public void A_claim_starts_not_checked_and_the_finding_is_saved_with_a_new_version_and_its_status_kept()
    {
        var (claim, _) = Claims();
        Assert.Equal(AttributionCheck.NotChecked, claim.AttributionCheck);

        var result = f.Claims.SetAttributionCheck(claim.Id, claim.Version, AttributionCheck.Misquoted, "rosa");

        Assert.True(result.Saved);
        var stored = f.Claims.Get(claim.Id)!;
        Assert.Equal(AttributionCheck.Misquoted, stored.AttributionCheck);
        Assert.Equal(claim.Version + 1, stored.Version);
        Assert.Equal(ClaimStatus.Open, stored.Status);
        Assert.Equal(AttributionCheck.Misquoted, f.Claims.ListByArticle(claim.ArticleId).Single(c => c.Id == claim.Id).AttributionCheck);
    }

    [Fact]
    public void A_stale_save_is_refused_and_the_verdict_keeps_the_finding_unless_it_sends_one()
    {
        var (claim, _) = Claims();
        var checkedQuote = f.Claims.SetAttributionCheck(claim.Id, claim.Version, AttributionCheck.Accurate).Value!;

        var stale = f.Claims.SetAttributionCheck(claim.Id, claim.Version, AttributionCheck.WronglyAttributed);
        Assert.False(stale.Saved);
        Assert.Equal(AttributionCheck.Accurate, stale.Current!.AttributionCheck);

        var verdict = f.Claims.SetVerdict(checkedQuote.Id, checkedQuote.Version, "False", "The homes were not flooded.").Value!;
        Assert.Equal(AttributionCheck.Accurate, verdict.AttributionCheck);
        Assert.Equal("False", verdict.Verdict);

        var both = f.Claims.SetVerdict(verdict.Id, verdict.Version, "Mostly false", "Most were not.", attributionCheck: AttributionCheck.CouldNotVerify).Value!;
        Assert.Equal(AttributionCheck.CouldNotVerify, both.AttributionCheck);
        Assert.Equal(ClaimStatus.Proposed, both.Status);
    }

    [Fact]
    public void Only_an_attribution_takes_a_finding_and_an_approved_one_is_locked()
    {
        var (claim, fact) = Claims();

        var refused = f.Claims.SetAttributionCheck(fact.Id, fact.Version, AttributionCheck.Accurate);
        Assert.False(refused.Saved);
        Assert.Contains("Only an attribution", refused.Error);
        Assert.False(f.Claims.SetVerdict(fact.Id, fact.Version, "True", null, attributionCheck: AttributionCheck.Misquoted).Saved);
        Assert.True(f.Claims.SetAttributionCheck(fact.Id, fact.Version, AttributionCheck.NotChecked).Saved);

        var proposed = f.Claims.SetVerdict(claim.Id, claim.Version, "True", "Said and true.").Value!;
        var approved = f.Claims.Approve(proposed.Id, proposed.Version, "edith").Value!;
        var locked = f.Claims.SetAttributionCheck(approved.Id, approved.Version, AttributionCheck.Misquoted);
        Assert.True(locked.IsLocked);
        Assert.Equal(AttributionCheck.NotChecked, f.Claims.Get(claim.Id)!.AttributionCheck);
    }

    [Fact]
    public void The_history_says_in_words_who_checked_the_quote_and_what_they_found()
    {
        var (claim, _) = Claims();
        var first = f.Claims.SetAttributionCheck(claim.Id, claim.Version, AttributionCheck.Accurate, "rosa").Value!;
        f.Claims.SetAttributionCheck(first.Id, first.Version, AttributionCheck.WronglyAttributed, "rosa");

        var history = new AuditLog(f.Temp.Db).ForClaim(claim.Id).Where(e => e.Action == "attribution check").OrderBy(e => e.Id).ToList();

        Assert.Equal(2, history.Count);
        Assert.All(history, e => Assert.Equal("rosa", e.Actor));
        Assert.Equal($"checked the quote of claim {claim.Id}", AuditWording.Describe(history[0]));
        Assert.Equal("quote: “Not checked” → “Accurate and correctly attributed”", AuditWording.Changes(history[0]));
        Assert.Equal("quote: “Accurate and correctly attributed” → “Wrongly attributed”", AuditWording.Changes(history[1]));
    }

    [Theory]
    [InlineData("Accurate", AttributionCheck.Accurate)]
    [InlineData("wronglyAttributed", AttributionCheck.WronglyAttributed)]
    [InlineData("could_not_verify", AttributionCheck.CouldNotVerify)]
    [InlineData("notChecked", AttributionCheck.NotChecked)]
    public void Findings_are_read_by_name_in_any_case(string text, AttributionCheck expected)
    {
        Assert.True(AttributionChecks.TryParse(text, out var check));
        Assert.Equal(expected, check);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("2")]
    [InlineData("")]
    public void Unknown_findings_are_not_read(string text) => Assert.False(AttributionChecks.TryParse(text, out _));
}

/// <summary>Every test of <see cref="AttributionCheckStoreTests"/>, on PostgreSQL.</summary>
public sealed class AttributionCheckStoreTestsOnPostgres() : AttributionCheckStoreTests(DatabaseProvider.Postgres);
