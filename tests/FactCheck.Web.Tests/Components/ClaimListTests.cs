using Bunit;
using FactCheck.Core.Extraction;
using FactCheck.Core.Reviews;
using FactCheck.Core.Text;
using FactCheck.Web.Components.Pages.Workbench;
using MudBlazor;

namespace FactCheck.Web.Tests.Components;

public class ClaimListTests : WorkbenchTestContext
{
    private static readonly List<ClaimSummary> Sample =
    [
        new() { Id = 1, Kind = ClaimKind.Attribution, Statement = "Dana Okafor said repairs would cost about $48 million.", SpeakerName = "Dana Okafor",
                FigureTexts = ["about $48 million"], Status = ClaimStatus.Proposed, Verdict = "Mostly true" },
        new() { Id = 2, Kind = ClaimKind.Figure, Statement = "The bridge will close for at least 14 weeks.", Status = ClaimStatus.Open },
        new() { Id = 3, Kind = ClaimKind.Fact, Statement = "The bridge is in Port Lyall.", Status = ClaimStatus.Open },
    ];

    [Fact]
    public void Lists_kind_statement_speaker_figures_status_and_verdict_and_selects_on_click()
    {
        Render<MudPopoverProvider>();
        long? selected = null;
        var cut = Render<ClaimList>(p => p
            .Add(x => x.AllClaims, Sample)
            .Add(x => x.Visible, Sample)
            .Add(x => x.Scale, VerdictScale.Default)
            .Add(x => x.SelectedId, 2L)
            .Add(x => x.OnSelect, id => selected = id));

        var items = cut.FindAll("[data-testid=claim-item]");
        Assert.Equal(3, items.Count);
        Assert.Contains("Dana Okafor said repairs", items[0].TextContent);
        Assert.Contains("about $48 million", items[0].TextContent);
        Assert.Contains("Proposed", items[0].TextContent); // the list uses the short label; the full one is its tooltip
        Assert.NotNull(items[0].QuerySelector("[title=\"Verdict proposed\"]"));
        Assert.Equal("Mostly true", items[0].QuerySelector("[data-testid=claim-verdict]")!.TextContent);
        Assert.Contains("kind-figure", items[1].ClassName);
        Assert.Equal("true", items[1].GetAttribute("aria-selected"));
        Assert.Contains("Attributions (1)", cut.Find("[data-testid=claim-filters]").TextContent);

        items[2].Click();
        Assert.Equal(3, selected);
    }

    [Fact]
    public void Explains_an_empty_list_and_a_filter_that_matches_nothing()
    {
        Render<MudPopoverProvider>();
        var none = Render<ClaimList>(p => p.Add(x => x.AllClaims, []).Add(x => x.Visible, []).Add(x => x.Scale, VerdictScale.Default));
        Assert.Contains("No claims yet", none.Find("[data-testid=claim-list]").TextContent);

        var filtered = Render<ClaimList>(p => p.Add(x => x.AllClaims, Sample).Add(x => x.Visible, []).Add(x => x.Scale, VerdictScale.Default));
        Assert.Contains("No claim matches these filters", filtered.Find("[data-testid=claim-list]").TextContent);
    }
}
