using Bunit;
using FactCheck.Web.Components.Pages.Search;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Components;

/// <summary>The search page reads its search from the address, shows escaped, highlighted hits, and says when there are none.</summary>
public class SearchPageTests : WorkbenchTestContext
{
    public SearchPageTests() => Render<MudBlazor.MudPopoverProvider>();

    private IRenderedComponent<SearchPage> Open(string query)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/search" + query);
        return Render<SearchPage>();
    }

    [Fact]
    public void Without_a_search_it_says_what_can_be_searched()
    {
        var cut = Open("");
        Assert.Contains("Search everything the newsroom has recorded", cut.Find("[data-testid=empty-state]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=search-hit]"));
    }

    [Fact]
    public void Hits_are_highlighted_escaped_and_link_to_their_claim()
    {
        var id = ImportStory();
        var claim = Claims.ListByArticle(id).First(c => c.Statement.Contains("patching", StringComparison.Ordinal));
        Claims.SetVerdict(claim.Id, claim.Version, "False", "<script>alert(1)</script> the patching log says otherwise.");

        var cut = Open("?q=patching&kind=claim");
        var hit = Assert.Single(cut.FindAll("[data-testid=search-hit]"));
        Assert.Equal("patching", hit.QuerySelector("[data-testid=hit-snippet] mark")!.TextContent);
        Assert.Null(hit.QuerySelector("script"));
        Assert.Equal($"/articles/{id}?claim={claim.Id}", hit.QuerySelector(".hit-title")!.GetAttribute("href"));
        Assert.Contains("1 result", cut.Find("[data-testid=search-count]").TextContent);
    }

    [Fact]
    public void No_hits_and_bad_filters_say_so()
    {
        ImportStory();
        Assert.Contains("Nothing found for “patching”", Open("?q=patching&verdict=True").Find("[data-testid=empty-state]").TextContent);
        Assert.Contains("YYYY-MM-DD", Open("?q=patching&from=soon").Find("[data-testid=search-error]").TextContent);
    }
}
