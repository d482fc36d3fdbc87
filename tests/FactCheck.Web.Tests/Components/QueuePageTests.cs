using Bunit;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Reviews;
using FactCheck.Web.Components.Pages.Queue;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Components;

/// <summary>My queue groups claims under their article, once, with filters.</summary>
public class QueuePageTests : WorkbenchTestContext
{
    [Fact]
    public void Each_article_title_appears_once_with_its_claims_under_it_and_the_status_filter_narrows_them()
    {
        var me = SignIn("rita", Role.Reviewer);
        var first = ImportStory();
        var second = ImportStory();
        Claims.AssignArticle(first, me.Id, "eddie");
        Claims.AssignArticle(second, me.Id, "eddie");
        var claim = Claims.ListByArticle(second)[0];
        var proposed = Claims.SetVerdict(claim.Id, claim.Version, "False", "No.", "rita").Value!;
        var editor = SignInAs("eddie", Role.Editor);
        Services.GetRequiredService<ReviewWorkflow>().SendBack(editor, proposed.Id, proposed.Version, "Add a source.");
        SignIn("rita", Role.Reviewer);

        var cut = Render<QueuePage>();
        var groups = cut.FindAll("[data-testid=queue-group]");
        Assert.Equal(2, groups.Count);
        var total = Claims.AssignedTo(me.Id).Count;
        Assert.Equal(total, cut.FindAll("[data-testid=queue-item]").Count);
        // Two articles (with the same title here), each title shown once however many claims it has.
        Assert.Equal(2, cut.Markup.Split("Harbor bridge to close for repairs").Length - 1);
        Assert.True(total > 2);
        Assert.Equal(2, cut.FindAll("[data-testid=queue-group-title]").Count);
        // The article with a sent-back verdict comes first.
        Assert.Contains("sent back", groups[0].TextContent, StringComparison.Ordinal);

        cut.Find("[data-testid=queue-filter-SentBack]").Click();
        Assert.Single(cut.FindAll("[data-testid=queue-item]"));
        Assert.Single(cut.FindAll("[data-testid=queue-group]"));

        cut.Find("[data-testid=queue-filter-all]").Click();
        cut.Find("#queue-search").Input("cannot keep patching");
        cut.WaitForAssertion(() => Assert.All(cut.FindAll("[data-testid=queue-item]"), i => Assert.Contains("patching", i.TextContent, StringComparison.OrdinalIgnoreCase)));
    }

    private User SignInAs(string name, Role role) => SignIn(name, role);
}
