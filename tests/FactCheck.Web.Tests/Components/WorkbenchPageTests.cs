using Bunit;
using FactCheck.Core.Reviews;
using FactCheck.Web.Components.Pages.Workbench;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace FactCheck.Web.Tests.Components;

/// <summary>The workbench page with the claim editor and verdict picker, saving to a real database.</summary>
public class WorkbenchPageTests : WorkbenchTestContext
{
    private IRenderedComponent<WorkbenchPage> Open(long id)
    {
        Render<MudPopoverProvider>();
        return Settled(Render<WorkbenchPage>(p => p.Add(x => x.Id, id)));
    }

    [Fact]
    public void Shows_the_article_text_with_highlights_and_selects_the_first_claim()
    {
        var id = ImportStory();
        var cut = Open(id);

        Assert.Contains("Harbor Bridge", cut.Find("[data-testid=article-text]").TextContent);
        Assert.NotEmpty(cut.FindAll("#article-text mark.hl"));
        var first = Claims.ListByArticle(id)[0];
        Assert.Equal(first.Span.Slice(Articles.Get(id)!.Text), cut.Find("[data-testid=claim-quote]").TextContent);
    }

    [Fact]
    public void Clicking_a_highlight_selects_its_claim()
    {
        var id = ImportStory();
        var cut = Open(id);
        var last = Claims.ListByArticle(id)[^1];

        Assert.NotNull(cut.Find($"#article-text mark[data-claim='{last.Id}']"));
        cut.Find("#article-text").TriggerEvent("onclaimclick", new ClaimClickEventArgs { ClaimId = last.Id });

        Assert.Equal(last.Span.Slice(Articles.Get(id)!.Text), cut.Find("[data-testid=claim-quote]").TextContent);
    }

    [Fact]
    public async Task Opening_another_claim_before_the_first_search_lands_shows_the_finished_search_of_the_claim_now_open()
    {
        var id = ImportStory();
        Render<MudPopoverProvider>();
        var cut = Render<WorkbenchPage>(p => p.Add(x => x.Id, id)); // not settled: the first claim's search may still run
        var last = Claims.ListByArticle(id)[^1];

        await cut.Find("#article-text").TriggerEventAsync("onclaimclick", new ClaimClickEventArgs { ClaimId = last.Id });
        Settled(cut);

        var panel = cut.Find("[data-testid=earlier-checks]");
        Assert.Equal(last.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), panel.GetAttribute("data-claim"));
        Assert.Equal(panel.GetAttribute("data-claim"), panel.GetAttribute("data-searched"));
        Assert.Equal("false", panel.GetAttribute("aria-busy"));
    }

    [Fact]
    public void Choosing_a_verdict_and_writing_an_explanation_are_saved_at_once()
    {
        var id = ImportStory();
        var cut = Open(id);
        var claim = Claims.ListByArticle(id)[0];

        cut.Find("[data-testid=verdict-picker] button[data-verdict='Mostly false']").Click();
        cut.Find("#claim-explanation").Input("The department's notice says **10 weeks**.");

        cut.WaitForAssertion(() =>
        {
            var stored = Claims.Get(claim.Id)!;
            Assert.Equal("Mostly false", stored.Verdict);
            Assert.Equal("The department's notice says **10 weeks**.", stored.Explanation);
            Assert.Equal(ClaimStatus.Proposed, stored.Status);
        }, TimeSpan.FromSeconds(5));
        cut.WaitForAssertion(() => Assert.Contains("<strong>10 weeks</strong>", cut.Find("[data-testid=explanation-preview]").InnerHtml));
        Assert.Contains("needs at least one source", cut.Find("[data-testid=needs-source]").TextContent);
    }

    [Fact]
    public void Adding_a_source_with_a_passage_stores_it_and_lists_it()
    {
        var id = ImportStory();
        var cut = Open(id);
        var claim = Claims.ListByArticle(id)[0];

        cut.Find("[data-testid=show-evidence-form] button, button[data-testid=show-evidence-form]").Click();
        cut.Find("#evidence-url").Change("https://transport.example.gov/notices/77");
        cut.Find("#evidence-title").Change("Closure notice 77");
        cut.Find("#evidence-passage").Change("The bridge will be closed for ten weeks.");
        cut.Find("button[data-testid=add-evidence]").Click();

        var stored = Assert.Single(Evidence.ListByClaim(claim.Id));
        Assert.Equal("Closure notice 77", stored.Source.Title);
        Assert.Equal(Stance.Supports, stored.Stance);
        Assert.Contains("Closure notice 77", cut.Find("[data-testid=evidence-list]").TextContent);
    }

    [Fact]
    public void A_source_with_an_unsafe_url_is_refused_in_the_form()
    {
        var id = ImportStory();
        var cut = Open(id);

        cut.Find("button[data-testid=show-evidence-form]").Click();
        cut.Find("#evidence-url").Change("javascript:alert(1)");
        cut.Find("#evidence-passage").Change("x");
        cut.Find("button[data-testid=add-evidence]").Click();

        Assert.Contains("Only http and https", cut.Find("[data-testid=evidence-error]").TextContent);
        Assert.Empty(Evidence.ListByArticle(id));
    }

    [Fact]
    public void Editing_the_statement_saves_it()
    {
        var id = ImportStory();
        var cut = Open(id);
        var claim = Claims.ListByArticle(id)[0];

        cut.Find("#claim-statement").Change("The Harbor Bridge in Port Lyall will close on 4 May 2026.");

        Assert.Equal("The Harbor Bridge in Port Lyall will close on 4 May 2026.", Claims.Get(claim.Id)!.Statement);
    }

    [Fact]
    public void Unknown_article_hands_over_to_the_routers_not_found_page()
    {
        var notFound = 0;
        Services.GetRequiredService<NavigationManager>().OnNotFound += (_, _) => notFound++;
        var cut = Open(12345);
        Assert.Equal(1, notFound);
        Assert.Empty(cut.FindAll("[data-testid=empty-state], [data-testid=article-text]"));
    }
}
