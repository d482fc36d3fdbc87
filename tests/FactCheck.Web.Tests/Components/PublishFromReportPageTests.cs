using Bunit;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Reviews;
using FactCheck.Core.Sources;
using FactCheck.Web.Components.Pages.Reports;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace FactCheck.Web.Tests.Components;

/// <summary>Publishing from the report page asks first and says what becomes public; afterwards the page offers the published version and the draft apart.</summary>
public class PublishFromReportPageTests : WorkbenchTestContext
{
    /// <summary>The story with its first claim checked, sourced from a pasted copy, approved, and a methodology note.</summary>
    private long ReadyToPublish()
    {
        var id = ImportStory();
        var claim = Claims.ListByArticle(id)[0];
        var e = Evidence.Add(claim.Id, new EvidenceDraft { Url = "https://transport.example.gov/n/77", Title = "Notice 77", Passage = "closed for ten weeks" });
        Services.GetRequiredService<SnapshotStore>().Add(e.SourceId, SnapshotDraft.FromPastedText("Closed for ten weeks.", DateTimeOffset.UtcNow));
        claim = Claims.SetVerdict(claim.Id, claim.Version, "False", "Ten weeks.", "reviewer").Value!;
        Assert.True(Claims.Approve(claim.Id, claim.Version, "editor").Saved);
        Articles.UpdateMethodology(id, "Checked against notices.");
        return id;
    }

    [Fact]
    public void Publishing_asks_first_saying_where_and_what_becomes_public_and_cancel_publishes_nothing()
    {
        var id = ReadyToPublish();
        var dialogs = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var cut = Render<ReportPage>(p => p.Add(x => x.Id, id));

        cut.Find("[data-testid=publish]").Click();
        dialogs.WaitForAssertion(() => Assert.NotNull(dialogs.Find("[data-testid=publish-confirm-url]")));
        Assert.Equal("/fact-checks/harbor-bridge-to-close-for-repairs", dialogs.Find("[data-testid=publish-confirm-url]").TextContent);
        var items = dialogs.Find("[data-testid=publish-confirm-items]").TextContent;
        Assert.Contains("1 verdict with their explanations", items);
        Assert.Contains("1 source", items);
        Assert.Empty(Services.GetRequiredService<ReportVersionStore>().List(id)); // nothing published while asking

        dialogs.Find("[data-testid=publish-cancel]").Click();
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=publish-confirm]")));
        Assert.Empty(Services.GetRequiredService<ReportVersionStore>().List(id));

        cut.Find("[data-testid=publish]").Click();
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=publish-confirmed]").Click());
        cut.WaitForAssertion(() => Assert.Single(Services.GetRequiredService<ReportVersionStore>().List(id)));
    }

    [Fact]
    public void Once_published_the_page_shows_and_downloads_the_published_version_and_offers_the_working_draft_apart()
    {
        var id = ReadyToPublish();
        Assert.True(Services.GetRequiredService<FactCheck.Core.Reports.ReportPublisher>().Publish(id, "editor", null).Published);
        // A claim goes back for a correction: the working draft differs from what was published.
        var claim = Claims.ListByArticle(id).First(c => c.Status == ClaimStatus.Published);
        Assert.True(Claims.ReopenForCorrection(claim.Id, claim.Version, "Check the revised notice.", "editor").Saved);
        Render<MudPopoverProvider>();

        var cut = Render<ReportPage>(p => p.Add(x => x.Id, id));

        Assert.Equal($"/articles/{id}/report.md", cut.Find("[data-testid=download-md]").GetAttribute("href"));
        Assert.Contains("published version 1", cut.Find("[data-testid=download-md]").TextContent);
        Assert.Equal($"/articles/{id}/report.md?draft=true&includeUnchecked=true", cut.Find("[data-testid=download-draft-md]").GetAttribute("href"));
        Assert.DoesNotContain("Draft — not approved", cut.Find("[data-testid=report-html]").TextContent);
        Assert.Contains("Published version 1", cut.Find("[data-testid=report-showing]").TextContent);
        Assert.Equal("/fact-checks/harbor-bridge-to-close-for-repairs", cut.Find("[data-testid=public-page]").GetAttribute("href"));

        cut.Find("[data-testid=view-draft]").Click();
        Assert.Contains("Draft — not approved", cut.Find("[data-testid=report-html]").TextContent);
        Assert.Contains("Working draft: not published", cut.Find("[data-testid=report-showing]").TextContent);
        Assert.Equal($"/articles/{id}/report.md", cut.Find("[data-testid=download-md]").GetAttribute("href")); // the default stays the published one
    }

    [Fact]
    public void An_editor_moves_a_claim_up_and_the_order_is_saved_for_the_report()
    {
        var id = ImportStory();
        var claims = Claims.ListByArticle(id).Take(2).ToList();
        foreach (var c in claims) Claims.SetVerdict(c.Id, c.Version, "Unverifiable", "No record.", "reviewer");
        Render<MudPopoverProvider>();
        var cut = Render<ReportPage>(p => p.Add(x => x.Id, id));
        var before = cut.FindAll("[data-testid=claim-order-item]").Select(li => long.Parse(li.GetAttribute("data-claim-id")!)).ToList();
        Assert.Equal(2, before.Count);

        cut.FindAll("[data-testid=claim-order-item]")[1].QuerySelector("[data-testid=move-up]")!.Click();

        var after = cut.FindAll("[data-testid=claim-order-item]").Select(li => long.Parse(li.GetAttribute("data-claim-id")!)).ToList();
        Assert.Equal([before[1], before[0]], after);
        Assert.Equal([before[1], before[0]], Articles.Get(id)!.ClaimOrder);
        Assert.StartsWith("1. " + Claims.Get(before[1])!.Statement[..20], cut.Find("[data-testid=report-html] h3").TextContent);
    }

    [Fact]
    public void A_reviewer_sees_the_order_and_summary_but_cannot_change_them()
    {
        var id = ImportStory();
        var c = Claims.ListByArticle(id)[0];
        Claims.SetVerdict(c.Id, c.Version, "Unverifiable", "No record.", "reviewer");
        SignIn("reviewer", Role.Reviewer);
        Render<MudPopoverProvider>();
        var cut = Render<ReportPage>(p => p.Add(x => x.Id, id));
        Assert.Single(cut.FindAll("[data-testid=claim-order-item]"));
        Assert.Empty(cut.FindAll("[data-testid=move-up]"));
        Assert.True(cut.Find("#report-summary").HasAttribute("disabled"));
    }
}
