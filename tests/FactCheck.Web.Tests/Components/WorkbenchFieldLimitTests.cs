using Bunit;
using FactCheck.Core.Reviews;
using FactCheck.Web.Components.Pages.Workbench;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace FactCheck.Web.Tests.Components;

/// <summary>Issue item 12: every input is bounded (FieldLimits); a longer value that arrives anyway is refused with the store's message.</summary>
public class WorkbenchFieldLimitTests : WorkbenchTestContext
{
    private IRenderedComponent<WorkbenchPage> Open(long id)
    {
        Render<MudPopoverProvider>();
        return Settled(Render<WorkbenchPage>(p => p.Add(x => x.Id, id)));
    }

    private List<string> Messages => Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? "").ToList();

    [Fact]
    public void The_inputs_carry_their_limits()
    {
        var cut = Open(ImportStory());
        cut.Find("button[data-testid=show-evidence-form]").Click();

        Assert.Equal(FieldLimits.Statement.ToString(), cut.Find("#claim-statement").GetAttribute("maxlength"));
        Assert.Equal(FieldLimits.Speaker.ToString(), cut.Find("#claim-speaker").GetAttribute("maxlength"));
        Assert.Equal(FieldLimits.Explanation.ToString(), cut.Find("#claim-explanation").GetAttribute("maxlength"));
        Assert.Equal(FieldLimits.Passage.ToString(), cut.Find("#evidence-passage").GetAttribute("maxlength"));
        Assert.Equal(FieldLimits.SourceTitle.ToString(), cut.Find("#evidence-title").GetAttribute("maxlength"));
        Assert.Equal(FieldLimits.SourcePublisher.ToString(), cut.Find("#evidence-publisher").GetAttribute("maxlength"));
    }

    [Fact]
    public void A_20_MB_explanation_is_refused_with_the_message_nothing_is_saved_and_the_page_stays_small_and_usable()
    {
        var id = ImportStory();
        var cut = Open(id);
        var claim = Claims.ListByArticle(id)[0];

        cut.Find("#claim-explanation").Input(new string('x', 20_000_000));

        cut.WaitForAssertion(() => Assert.Contains(Messages, m => m.StartsWith("The explanation is 20,000,000 characters long; the limit is 20,000.", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(10));
        var stored = Claims.Get(claim.Id)!;
        Assert.Null(stored.Explanation);
        Assert.Equal(claim.Version, stored.Version);
        Assert.True(cut.Markup.Length < 100_000, $"The page holds {cut.Markup.Length:N0} characters of HTML.");
        Assert.Equal("", cut.Find("#claim-explanation").GetAttribute("value") ?? cut.Find("#claim-explanation").TextContent);

        // Still usable: a normal explanation and a verdict are saved.
        cut.Find("#claim-explanation").Input("The notice says ten weeks.");
        cut.Find("[data-testid=verdict-picker] button[data-verdict='False']").Click();
        cut.WaitForAssertion(() =>
        {
            var now = Claims.Get(claim.Id)!;
            Assert.Equal("False", now.Verdict);
            Assert.Equal("The notice says ten weeks.", now.Explanation);
        }, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void A_statement_or_passage_over_the_limit_is_refused_with_the_store_message()
    {
        var id = ImportStory();
        var cut = Open(id);
        var claim = Claims.ListByArticle(id)[0];

        cut.Find("#claim-statement").Change(new string('s', FieldLimits.Statement + 1));
        Assert.Contains(Messages, m => m.StartsWith("The statement is 2,001 characters long; the limit is 2,000.", StringComparison.Ordinal));
        Assert.Equal(claim.Statement, Claims.Get(claim.Id)!.Statement);
        Assert.Equal(claim.Statement, cut.Find("#claim-statement").GetAttribute("value") ?? cut.Find("#claim-statement").TextContent);

        cut.Find("button[data-testid=show-evidence-form]").Click();
        cut.Find("#evidence-url").Change("https://transport.example.gov/notices/77");
        cut.Find("#evidence-passage").Change(new string('p', FieldLimits.Passage + 1));
        cut.Find("button[data-testid=add-evidence]").Click();
        Assert.Contains(Messages, m => m.StartsWith("The quoted passage is 5,001 characters long; the limit is 5,000.", StringComparison.Ordinal));
        Assert.Empty(Evidence.ListByClaim(claim.Id));
    }
}
