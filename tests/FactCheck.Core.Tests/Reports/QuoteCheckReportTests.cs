using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Exports;
using FactCheck.Core.Extraction;
using FactCheck.Core.Publishing;
using FactCheck.Core.Reports;
using FactCheck.Core.Reviews;
using FactCheck.Core.Sources;
using FactCheck.Core.Tests.Data;

namespace FactCheck.Core.Tests.Reports;

/// <summary>
/// "True" on "X said Y" is ambiguous: once the reviewer records whether the quote is accurate and correctly attributed,
/// the report, the public page and the ClaimReview say so and that the verdict rates what was said.
/// </summary>
public class QuoteCheckReportTests
{
    private static readonly PublisherSettings Publisher = new() { Organization = "Desk Check" };

    /// <summary>The sample with its first claim (an attribution) quoted accurately but saying something false.</summary>
    private static ReportData Data()
    {
        var data = ReportSample.Data(approved: true);
        return data with { Claims = [data.Claims[0] with { AttributionCheck = AttributionCheck.Accurate, Verdict = "False" }, .. data.Claims.Skip(1)] };
    }

    [Fact]
    public void The_markdown_states_the_quote_finding_and_that_the_verdict_rates_what_was_said()
    {
        var markdown = ReportWriter.Write(Data(), ReportSample.Options);

        Assert.Contains("""
            > **Said by:** Ana Ruiz, in Meridian News on 12 March 2026
            >
            > **Quote:** accurate and correctly attributed
            >
            > **Our verdict (on what was said):** **False** — Not accurate.
            """.ReplaceLineEndings("\n"), markdown);
        // The unchecked attribution and the figure read as before.
        Assert.Contains("> **Our verdict:** **Not checkable**", markdown);
        Assert.Contains("> **Our verdict:** **False** — Not accurate.", markdown);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(markdown, @"\*\*Quote:\*\*"));
    }

    [Theory]
    [InlineData(AttributionCheck.Misquoted, "misquoted (the words differ from what was actually said)")]
    [InlineData(AttributionCheck.WronglyAttributed, "wrongly attributed (the person named did not say it)")]
    [InlineData(AttributionCheck.CouldNotVerify, "could not be verified (we found no record of the words)")]
    public void Each_finding_reads_in_words(AttributionCheck check, string words)
    {
        var data = ReportSample.Data();
        data = data with { Claims = [data.Claims[0] with { AttributionCheck = check }, .. data.Claims.Skip(1)] };

        Assert.Contains($"> **Quote:** {words}\n", ReportWriter.Write(data, ReportSample.Options));
    }

    [Fact]
    public void A_finding_left_on_a_claim_that_is_no_longer_an_attribution_is_not_reported()
    {
        var data = ReportSample.Data();
        data = data with { Claims = [data.Claims[0] with { Kind = ClaimKind.Fact, AttributionCheck = AttributionCheck.Misquoted }, .. data.Claims.Skip(1)] };

        var content = ReportContentBuilder.Build(data, includeUnchecked: false);

        Assert.Null(content.Claims.Single(c => c.ClaimId == 1).QuoteCheck);
        Assert.DoesNotContain("**Quote:**", ReportWriter.Write(data, ReportSample.Options));
    }

    [Fact]
    public void The_claimreview_keeps_the_verdict_as_its_label_and_explains_that_the_content_was_rated()
    {
        var records = ClaimReviewWriter.Write(ReportContentBuilder.Build(Data(), includeUnchecked: false), "https://desk.example/fact-checks/floods", Publisher, new DateOnly(2026, 3, 14));

        var rating = records.Single(r => r.ClaimId == 1).Json["reviewRating"]!;
        Assert.Equal("False", (string?)rating["alternateName"]);
        Assert.Equal("The rating is of the content of the statement (what was said by Ana Ruiz), not of whether it was said. "
            + "Quote: accurate and correctly attributed.", (string?)rating["ratingExplanation"]);
        // Claims whose quote was not checked apart carry no such explanation.
        Assert.All(records.Where(r => r.ClaimId != 1), r => Assert.Null(r.Json["reviewRating"]!["ratingExplanation"]));
    }

    [Fact]
    public void The_public_page_shows_the_quote_finding_beside_the_verdict_on_what_was_said()
    {
        var content = ReportContentBuilder.Build(Data(), includeUnchecked: false);
        var version = new ReportVersion { ArticleId = 7, Version = 1, Markdown = "x", Sha256 = new string('0', 64), PublishedBy = "ed", PublishedAt = DateTimeOffset.UnixEpoch, Content = content };
        const string page = "https://desk.example/fact-checks/floods";

        var html = FactCheckPage.Write(version, new FactCheckPageInfo
        {
            PageUrl = page, LatestUrl = page, IndexUrl = "https://desk.example/fact-checks", Versions = [(version, page + "/v1")], Publisher = Publisher,
        });

        var claim = html[html.IndexOf("id=\"claim-1\"", StringComparison.Ordinal)..html.IndexOf("id=\"claim-2\"", StringComparison.Ordinal)];
        Assert.Contains("<span class=\"label\">Quote</span><p class=\"quote-check\">Accurate and correctly attributed.</p>", claim);
        Assert.Contains("<span class=\"label\">Our verdict on what was said</span>", claim);
        Assert.Contains("ratingExplanation", html);
        var other = html[html.IndexOf("id=\"claim-3\"", StringComparison.Ordinal)..];
        Assert.DoesNotContain("quote-check", other);
        Assert.Contains("<span class=\"label\">Our verdict</span>", other);
    }

    [Fact]
    public void A_published_version_keeps_the_finding_in_its_content()
    {
        using var f = new StoreFixture();
        var users = new UserStore(f.Temp.Db, f.Clock);
        var versions = new ReportVersionStore(f.Temp.Db);
        var snapshots = new SnapshotStore(f.Temp.Db, f.Clock);
        var publisher = new ReportPublisher(f.Articles, f.Claims, f.Evidence, snapshots, versions, VerdictScale.Default, f.Clock, users);
        var id = f.CreateArticle();
        foreach (var claim in f.Claims.ListByArticle(id))
        {
            var e = f.Evidence.Add(claim.Id, new EvidenceDraft { Url = "https://stats.example.gov/b12", Passage = "1,190 homes flooded" });
            snapshots.Add(e.SourceId, SnapshotDraft.FromPastedText("1,190 homes flooded", f.Clock.Now));
            var check = claim.Kind == ClaimKind.Attribution ? AttributionCheck.Misquoted : (AttributionCheck?)null;
            var rated = f.Claims.SetVerdict(claim.Id, claim.Version, "Mostly true", "The bulletin counts 1,190.", "rita", check).Value!;
            Assert.True(f.Claims.Approve(rated.Id, rated.Version, "eduardo").Saved);
        }
        f.Articles.UpdateMethodology(id, "Bulletins.");
        Assert.True(publisher.Publish(id, "eduardo", null).Published);

        var v = versions.List(id)[0];
        Assert.Equal(AttributionCheck.Misquoted, v.Content!.Claims.Single(c => c.Speaker is not null).QuoteCheck);
        Assert.Null(v.Content.Claims.Single(c => c.Speaker is null).QuoteCheck);
        Assert.Contains("> **Quote:** misquoted (the words differ from what was actually said)", v.Markdown);
        Assert.Contains("> **Our verdict (on what was said):** **Mostly true**", v.Markdown);
    }
}
