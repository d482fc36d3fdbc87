using Bunit;
using FactCheck.Core.Reviews;
using FactCheck.Web.Components.Pages.Reports;
using FactCheck.Web.Components.Pages.Workbench;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace FactCheck.Web.Tests.Components;

/// <summary>
/// An explanation of 200 nested block quotes used to throw inside every component that shows it: the workbench of
/// everyone who had the article open, the report page, and the session of the reviewer typing it.
/// </summary>
public class HostileExplanationTests : WorkbenchTestContext
{
    private static readonly string DeepQuote = new string('>', 200) + " deep";

    private IRenderedComponent<WorkbenchPage> OpenWorkbench(long id)
    {
        Render<MudPopoverProvider>();
        return Settled(Render<WorkbenchPage>(p => p.Add(x => x.Id, id)));
    }

    [Fact]
    public void The_workbench_opens_on_a_claim_whose_stored_explanation_is_200_quotes_deep()
    {
        var id = ImportStory();
        var claim = Claims.ListByArticle(id)[0];
        Claims.SetVerdict(claim.Id, claim.Version, "False", DeepQuote);

        var cut = OpenWorkbench(id);

        var preview = cut.Find("[data-testid=explanation-preview]");
        Assert.Contains("deep", preview.TextContent);
        Assert.NotEmpty(preview.QuerySelectorAll("blockquote"));
    }

    [Fact]
    public void An_open_workbench_survives_another_reviewers_deep_explanation_arriving_live()
    {
        var id = ImportStory();
        var claim = Claims.ListByArticle(id)[0];
        var cut = OpenWorkbench(id);

        var saved = Claims.SetVerdict(claim.Id, claim.Version, "False", DeepQuote, "someone-else");
        Assert.True(saved.Saved);
        Services.GetRequiredService<ChangeHub>().Publish(new ArticleChange(id, claim.Id, "claim", null));

        cut.WaitForAssertion(() => Assert.Contains("deep", cut.Find("[data-testid=explanation-preview]").TextContent), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Typing_a_deep_explanation_is_saved_and_previewed_in_the_typists_own_session()
    {
        var id = ImportStory();
        var claim = Claims.ListByArticle(id)[0];
        var cut = OpenWorkbench(id);

        cut.Find("[data-testid=verdict-picker] button[data-verdict='False']").Click();
        cut.Find("#claim-explanation").Input(DeepQuote);

        cut.WaitForAssertion(() => Assert.Equal(DeepQuote, Claims.Get(claim.Id)!.Explanation), TimeSpan.FromSeconds(5));
        cut.WaitForAssertion(() => Assert.Contains("deep", cut.Find("[data-testid=explanation-preview]").TextContent));
    }

    [Fact]
    public void The_report_page_shows_the_deep_explanation()
    {
        var id = ImportStory();
        var claim = Claims.ListByArticle(id)[0];
        Claims.SetVerdict(claim.Id, claim.Version, "False", DeepQuote);
        Render<MudPopoverProvider>();

        var cut = Render<ReportPage>(p => p.Add(x => x.Id, id));

        Assert.Contains("deep", cut.Find("[data-testid=report-html]").TextContent);
    }
}
