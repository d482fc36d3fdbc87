using Bunit;
using FactCheck.Core.Extraction;
using FactCheck.Core.Reviews;
using FactCheck.Web.Components.Pages.Workbench;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace FactCheck.Web.Tests.Components;

/// <summary>
/// An attribution's editor asks apart whether the quote is accurate and correctly attributed; the choice is saved at once
/// with a new version and the verdict is headed as a rating of what was said. Other claims have no such field.
/// </summary>
public class AttributionCheckEditorTests : WorkbenchTestContext
{
    private IRenderedComponent<MudPopoverProvider> popovers = default!;

    private IRenderedComponent<WorkbenchPage> Open(long id, long claimId)
    {
        popovers = Render<MudPopoverProvider>();
        var nav = Services.GetRequiredService<NavigationManager>();
        nav.NavigateTo(nav.GetUriWithQueryParameter("claim", claimId));
        return Settled(Render<WorkbenchPage>(p => p.Add(x => x.Id, id)));
    }

    [Fact]
    public void Choosing_a_quote_finding_for_an_attribution_saves_it_and_the_verdict_rates_what_was_said()
    {
        var id = ImportStory();
        var claim = Claims.ListByArticle(id).First(c => c.Kind == ClaimKind.Attribution);
        var cut = Open(id, claim.Id);

        Assert.Contains("Verdict on what was said", cut.Find("[data-testid=claim-editor]").TextContent);
        Assert.Equal("Not checked", cut.Find("input#attribution-check").GetAttribute("value"));
        cut.Find(".mud-select.attribution-check").MouseDown();
        // The list opens in the popover provider, MudBlazor's layer above the page.
        popovers.WaitForAssertion(() => Assert.Equal(5, popovers.FindAll(".mud-list-item").Count));
        popovers.FindAll(".mud-list-item").Single(i => i.TextContent.Trim() == "Misquoted").Click();

        cut.WaitForAssertion(() =>
        {
            var stored = Claims.Get(claim.Id)!;
            Assert.Equal(AttributionCheck.Misquoted, stored.AttributionCheck);
            Assert.Equal(claim.Version + 1, stored.Version);
        });
        cut.WaitForAssertion(() => Assert.Equal("Misquoted", cut.Find("input#attribution-check").GetAttribute("value")));
    }

    [Fact]
    public void A_claim_that_is_not_an_attribution_has_no_quote_field()
    {
        var id = ImportStory();
        var text = Articles.Get(id)!.Text;
        var at = text.IndexOf("at least 14 weeks", StringComparison.Ordinal);
        var claim = Claims.AddManual(id, new FactCheck.Core.Text.TextSpan(at, at + 17), ClaimKind.Figure, "The Harbor Bridge will close for at least 14 weeks.");
        var cut = Open(id, claim.Id);

        Assert.Empty(cut.FindAll("#attribution-check"));
        Assert.DoesNotContain("on what was said", cut.Find("[data-testid=claim-editor]").TextContent);
    }

    [Fact]
    public void The_editor_review_card_shows_the_quote_finding_beside_the_verdict()
    {
        var id = ImportStory();
        var claim = Claims.ListByArticle(id).First(c => c.Kind == ClaimKind.Attribution);
        Assert.True(Claims.SetVerdict(claim.Id, claim.Version, "False", "It costs less.", "rita", AttributionCheck.WronglyAttributed).Saved);

        var cut = Render<FactCheck.Web.Components.Pages.Review.ReviewPage>(p => p.Add(x => x.Id, id));

        var card = cut.Find($"[data-testid=review-item][data-claim='{claim.Id}']");
        Assert.Equal("Quote: Wrongly attributed · the verdict rates what was said", card.QuerySelector("[data-testid=review-quote-check]")!.TextContent.Trim());
    }
}
