using Bunit;
using FactCheck.Core.ClaimReviews;
using FactCheck.Core.Matching;
using FactCheck.Web.Components.Pages.FactChecks;
using FactCheck.Web.Components.Shared;

namespace FactCheck.Web.Tests.Components;

/// <summary>The earlier checks of a claim as the workbench and the review page show them, and the import panel's report.</summary>
public class EarlierCheckListTests : WorkbenchTestContext
{
    private static readonly EarlierCheck Imported = new(EarlierCheckOrigin.ClaimReview, 7, "The harbour bridge will be shut for a whole year.", "False",
        "Harbour Checkers", "Tom Reyes", new DateOnly(2025, 11, 2), "https://checkers.example/bridge", 0.8312, 0.7, 0.86);

    private static readonly EarlierCheck Ours = new(EarlierCheckOrigin.OwnVerdict, 12, "The crossing closes for a year.", "Mostly true",
        null, null, new DateOnly(2026, 1, 5), "/fact-checks/crossing#claim-12", 0.61, 0.4, 0.66);

    private IRenderedComponent<EarlierCheckList> List(IReadOnlyList<EarlierCheck>? checks, Action<ComponentParameterCollectionBuilder<EarlierCheckList>>? more = null) =>
        Render<EarlierCheckList>(p =>
        {
            p.Add(x => x.Checks, checks).Add(x => x.SiteRoot, "https://desk.example/").Add(x => x.OurName, "Desk News");
            more?.Invoke(p);
        });

    [Fact]
    public void No_match_says_so_and_points_to_the_fact_checks_page()
    {
        var cut = List([]);

        var empty = cut.Find("[data-testid=earlier-checks-empty]");
        Assert.Equal("No earlier fact-checks match this claim. Import ClaimReviews on the Fact-checks page.", empty.TextContent.Trim());
        Assert.Equal("/earlier-checks", empty.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void While_searching_it_shows_progress()
    {
        var cut = List(null, p => p.Add(x => x.Loading, true));

        Assert.Equal("true", cut.Find("[data-testid=earlier-checks]").GetAttribute("aria-busy"));
        Assert.Contains("Looking for earlier fact-checks", cut.Find("[data-testid=earlier-checks-loading]").TextContent);
    }

    [Fact]
    public void Each_check_shows_claim_rating_checker_date_link_and_similarity_and_one_click_cites_it()
    {
        EarlierCheck? cited = null;
        var cut = List([Imported, Ours], p => p.Add(x => x.OnCite, c => cited = c));

        var items = cut.FindAll("[data-testid=earlier-check]");
        Assert.Equal(2, items.Count);
        Assert.Contains("“The harbour bridge will be shut for a whole year.”", items[0].TextContent);
        Assert.Equal("False", items[0].QuerySelector("[data-testid=earlier-check-rating]")!.TextContent);
        Assert.Contains("checked by Harbour Checkers", items[0].TextContent);
        Assert.Contains("2 November 2025", items[0].TextContent);
        Assert.Contains("claim by Tom Reyes", items[0].TextContent);
        Assert.Contains("similarity 83%", items[0].QuerySelector("[data-testid=earlier-check-similarity]")!.TextContent);
        Assert.Equal("https://checkers.example/bridge", items[0].QuerySelector("[data-testid=earlier-check-link]")!.GetAttribute("href"));
        // Our own verdicts link to their public page on this site, and can lend their sources.
        Assert.Equal("https://desk.example/fact-checks/crossing#claim-12", items[1].QuerySelector("[data-testid=earlier-check-link]")!.GetAttribute("href"));
        Assert.Contains("checked by us (Desk News)", items[1].TextContent);
        Assert.NotNull(items[1].QuerySelector("[data-testid=copy-earlier-sources]"));
        Assert.Null(items[0].QuerySelector("[data-testid=copy-earlier-sources]"));

        items[0].QuerySelector("[data-testid=cite-earlier-check]")!.Click();
        Assert.Equal(Imported, cited);
    }

    [Fact]
    public void A_link_that_is_not_http_is_not_rendered_and_cannot_be_cited_and_a_cited_check_says_so()
    {
        var hostile = Imported with { Url = "javascript:alert(1)" };
        var cut = List([hostile, Ours], p => p.Add(x => x.CitedUrls, new HashSet<string> { "https://desk.example/fact-checks/crossing#claim-12" }));

        var items = cut.FindAll("[data-testid=earlier-check]");
        Assert.Null(items[0].QuerySelector("a"));
        Assert.DoesNotContain("javascript:", cut.Markup);
        Assert.True(items[0].QuerySelector("[data-testid=cite-earlier-check]")!.HasAttribute("disabled"));
        Assert.Equal("Cited as a source", items[1].QuerySelector("[data-testid=earlier-check-cited]")!.TextContent);
    }

    [Fact]
    public void A_locked_claim_cannot_cite()
    {
        var cut = List([Imported], p => p.Add(x => x.Locked, "The verdict is approved."));

        Assert.True(cut.Find("[data-testid=cite-earlier-check]").HasAttribute("disabled"));
    }

    [Fact]
    public void The_import_panel_lists_each_refused_record_with_its_reason()
    {
        var result = new ClaimReviewImport(3, 1, [1, 2, 3], [
            new ClaimReviewRefusal("$[1]", null, "no \"url\": the address of the fact-check identifies it"),
            new ClaimReviewRefusal("$[4]", "https://x.example/b", "\"datePublished\" 'last Tuesday' is not a date (use YYYY-MM-DD)"),
        ], PendingEmbeddings: 0);
        var cut = Render<ClaimReviewImportPanel>(p => p.Add(x => x.Result, result).Add(x => x.MaxFileBytes, 16L * 1024 * 1024));

        Assert.Contains("3 new, 1 updated (already held), 2 not imported", cut.Find("[data-testid=claimreview-import-result]").TextContent);
        var rows = cut.FindAll("[data-testid=claimreview-refusal]");
        Assert.Equal(2, rows.Count);
        Assert.Contains("no \"url\"", rows[0].TextContent);
        Assert.Contains("https://x.example/b", rows[1].TextContent);
        Assert.Contains("is not a date", rows[1].TextContent);
    }
}
