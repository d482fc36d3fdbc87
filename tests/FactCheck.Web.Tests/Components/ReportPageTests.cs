using Bunit;
using FactCheck.Core.Reviews;
using FactCheck.Web.Components.Pages.Reports;
using MudBlazor;

namespace FactCheck.Web.Tests.Components;

public class ReportPageTests : WorkbenchTestContext
{
    [Fact]
    public void Renders_the_report_with_summary_table_verdicts_and_sources_and_offers_the_download()
    {
        var id = ImportStory();
        var claim = Claims.ListByArticle(id)[0];
        Claims.SetVerdict(claim.Id, claim.Version, "False", "Closed for *ten* weeks, not 14.");
        Evidence.Add(claim.Id, new EvidenceDraft { Url = "https://transport.example.gov/n/77", Title = "Notice 77", Passage = "closed for ten weeks" });
        Render<MudPopoverProvider>();

        var cut = Render<ReportPage>(p => p.Add(x => x.Id, id));

        var html = cut.Find("[data-testid=report-html]");
        Assert.NotNull(html.QuerySelector("table"));
        Assert.Contains("False", html.QuerySelectorAll("table")[1].TextContent);
        Assert.Contains("<em>ten</em>", html.InnerHtml);
        Assert.Equal("https://transport.example.gov/n/77", html.QuerySelector("a[href^='https://transport']")!.GetAttribute("href"));
        Assert.Contains("Draft — not approved", html.TextContent);
        Assert.Equal($"/articles/{id}/report.md?includeUnchecked=true", cut.Find("[data-testid=download-md]").GetAttribute("href"));
    }

    [Fact]
    public void Hostile_explanation_is_rendered_inert()
    {
        var id = ImportStory();
        var claim = Claims.ListByArticle(id)[0];
        Claims.SetVerdict(claim.Id, claim.Version, "False", "<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>");
        Render<MudPopoverProvider>();

        var cut = Render<ReportPage>(p => p.Add(x => x.Id, id));

        var html = cut.Find("[data-testid=report-html]");
        Assert.Empty(html.QuerySelectorAll("script, img"));
        Assert.DoesNotContain(html.QuerySelectorAll("a"), a => !(a.GetAttribute("href") ?? "https:").StartsWith("http", StringComparison.Ordinal));
    }
}
