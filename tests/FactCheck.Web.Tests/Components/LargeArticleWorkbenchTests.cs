using System.Text;
using Bunit;
using FactCheck.Core.Extraction;
using FactCheck.Core.Reviews;
using FactCheck.Core.Text;
using FactCheck.Web.Components.Pages.Workbench;
using MudBlazor;

namespace FactCheck.Web.Tests.Components;

/// <summary>
/// Issue 13, item 11: a 2 MB article with 5,000 claims (the cap) once took 73 s to pre-render 17 MB of HTML. The workbench
/// now renders one part of the text and the rows of the claim list in view, so its first render is bounded.
/// </summary>
public class LargeArticleWorkbenchTests : WorkbenchTestContext
{
    private const int Chars = 2_000_000;
    private const int ClaimCount = 5_000;

    /// <summary>2,000,000 characters in paragraphs of about 400, with 5,000 claims of 120 characters spread through them.</summary>
    private long ImportLarge()
    {
        var sb = new StringBuilder(Chars + 500);
        var n = 0;
        while (sb.Length < Chars)
        {
            sb.Append($"At least {100 + n % 900} homes were flooded in district {n}, the civil defence agency said on Thursday. ");
            if (++n % 4 == 0) sb.Append("\n\n");
        }
        var text = sb.ToString(0, Chars);
        var step = Chars / ClaimCount;
        var claims = Enumerable.Range(0, ClaimCount).Select(i => new ExtractedClaim
        {
            Id = $"c{i}", Kind = (ClaimKind)(i % 3), Span = new TextSpan(i * step, i * step + 120),
            Statement = text.Substring(i * step, 120).Trim(), CheckWorthiness = 0.5,
        }).ToList();
        return Articles.Create(new ArticleDraft { Text = text, Outlet = "Meridian News" }, "A very long article",
            new ExtractionResult("A very long article", null, null, TextHighlighter.BlocksOf(new Article { Title = "", Text = text }), claims));
    }

    private IRenderedComponent<WorkbenchPage> Open(long id)
    {
        Render<MudPopoverProvider>();
        return Settled(Render<WorkbenchPage>(p => p.Add(x => x.Id, id)));
    }

    [Fact]
    public void The_first_render_of_a_2_MB_article_with_5000_claims_is_bounded()
    {
        var id = ImportLarge();

        var cut = Open(id);

        var html = cut.Markup.Length;
        Assert.True(html < 400_000, $"The workbench rendered {html:N0} characters of HTML for a 2 MB article.");
        Assert.InRange(cut.FindAll("#article-text mark.hl").Count, 1, 200);
        Assert.InRange(cut.FindAll("[data-testid=claim-item]").Count, 1, 60);
        Assert.Contains($"0 of {ClaimCount} claims have a verdict", cut.Find("[data-testid=progress-summary]").TextContent);
        Assert.Contains("Part 1 of", cut.Find("[data-testid=part-nav-top] [data-testid=part-position]").TextContent);
        // At the cap: the page says so, and where the claims end.
        Assert.Contains("the most one article holds", cut.Find("[data-testid=claims-full]").TextContent);
    }

    [Fact]
    public async Task Moving_to_the_next_part_and_selecting_a_claim_elsewhere_shows_its_part()
    {
        var id = ImportLarge();
        var cut = Open(id);
        var claims = Claims.ListByArticle(id);

        cut.Find("[data-testid=part-nav-top] [data-testid=next-part]").Click();
        Assert.Equal("1", cut.Find("#article-text").GetAttribute("data-part"));
        Assert.Contains("Part 2 of", cut.Find("[data-testid=part-position]").TextContent);

        // j from the first claim selects the second, which is in the first part: the text goes back to show it.
        await cut.InvokeAsync(() => cut.Instance.OnShortcut("j"));
        cut.WaitForAssertion(() => Assert.Equal("0", cut.Find("#article-text").GetAttribute("data-part")), TimeSpan.FromSeconds(15));
        Assert.NotNull(cut.Find($"#article-text mark.selected[data-claim='{claims[1].Id}']"));
        Settled(cut); // the second claim's earlier checks are searched now: let them land before clicking on

        // Clicking a highlight in another part selects its claim.
        cut.Find("[data-testid=part-nav-bottom] [data-testid=next-part]").Click();
        var mark = cut.Find("#article-text mark.hl");
        var clicked = long.Parse(mark.GetAttribute("data-claim")!, System.Globalization.CultureInfo.InvariantCulture);
        cut.Find("#article-text").TriggerEvent("onclaimclick", new ClaimClickEventArgs { ClaimId = clicked });
        cut.WaitForAssertion(() => Assert.Equal(claims.Single(c => c.Id == clicked).Span.Slice(Articles.Get(id)!.Text), cut.Find("[data-testid=claim-quote]").TextContent), TimeSpan.FromSeconds(15));
        Assert.Equal("1", cut.Find("#article-text").GetAttribute("data-part"));
    }

    [Fact]
    public void A_short_article_is_shown_whole_without_part_navigation()
    {
        var cut = Open(ImportStory());
        Assert.Empty(cut.FindAll("[data-testid=part-nav-top]"));
        Assert.Empty(cut.FindAll("[data-testid=claims-full]"));
        Assert.Contains("Harbor Bridge", cut.Find("#article-text").TextContent);
    }
}
