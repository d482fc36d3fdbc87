using FactCheck.Core.Search;

namespace FactCheck.Core.Tests.Search;

/// <summary>What people type becomes terms, never engine syntax; snippets are escaped with only our marks.</summary>
public class SearchQueryTests
{
    [Theory]
    [InlineData("flooded homes", "\"flooded\" \"homes\"", "('flooded') & ('homes')")]
    [InlineData("\"river peaked\" flood*", "\"river peaked\" \"flood\"*", "('river' <-> 'peaked') & ('flood':*)")]
    [InlineData("NEAR(flood homes, 2)", "\"NEAR\" \"flood\" \"homes\" \"2\"", "('NEAR') & ('flood') & ('homes') & ('2')")]
    [InlineData("co-op 1,204", "\"co op\" \"1 204\"", "('co' <-> 'op') & ('1' <-> '204')")]
    [InlineData("statement:flood OR -x", "\"statement flood\" \"OR\" \"x\"", "('statement' <-> 'flood') & ('OR') & ('x')")]
    [InlineData("' OR 1=1 --", "\"OR\" \"1\"", "('OR') & ('1')")]
    public void Terms_are_written_as_quoted_words_for_each_engine(string typed, string fts5, string tsquery)
    {
        var q = SearchQuery.Parse(typed);
        Assert.Equal(fts5, q.ToFts5());
        Assert.Equal(tsquery, q.ToTsQuery());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🌊🏠")]
    [InlineData("* ( ) \" ' - : ^ { }")]
    [InlineData("\u0301\u0301")]
    public void Text_without_words_is_an_empty_query(string typed) => Assert.True(SearchQuery.Parse(typed).IsEmpty);

    [Fact]
    public void Long_text_is_read_up_to_a_bound()
    {
        var q = SearchQuery.Parse(string.Join(' ', Enumerable.Range(0, 5000).Select(i => "w" + i)) + new string('x', 100_000));
        Assert.Equal(SearchQuery.MaxTerms, q.Terms.Count);
        Assert.All(q.Terms.SelectMany(t => t.Words), w => Assert.True(w.Length <= SearchQuery.MaxWordLength));
        Assert.True(SearchQuery.Parse(new string('y', 100_000)).Terms.Single().Words.Single().Length <= SearchQuery.MaxWordLength);
    }

    [Fact]
    public void Right_to_left_and_accented_words_are_kept()
    {
        Assert.Equal("\"فيضانات\" \"المدينة\"", SearchQuery.Parse("فيضانات المدينة").ToFts5());
        Assert.Equal("\"café\"", SearchQuery.Parse("\u202Ecafé\u202C").ToFts5());
    }

    [Fact]
    public void Snippet_html_escapes_everything_but_balanced_marks()
    {
        Assert.Equal("&lt;b&gt;a&lt;/b&gt; <mark>flood</mark> &amp; &quot;x&quot;", SearchSnippet.ToHtml("<b>a</b> \u0002flood\u0003 & \"x\""));
        Assert.Equal("<mark>open</mark>", SearchSnippet.ToHtml("\u0002open"));
        Assert.Equal("stray", SearchSnippet.ToHtml("\u0003stray\u0003"));
        Assert.Equal("<mark>a</mark>", SearchSnippet.ToHtml("\u0002\u0002a\u0003"));
    }

    [Fact]
    public void A_long_text_is_cut_around_its_first_match_with_the_matching_words_marked()
    {
        var text = string.Concat(Enumerable.Repeat("Calm weather for days. ", 200)) + "Then the river Flooded the <b>town</b>; floods again.";
        var html = SearchSnippet.ToHtml(SearchSnippet.MarkAround(text, SearchQuery.Parse("flood")));
        Assert.StartsWith("…", html);
        Assert.Contains("<mark>Flooded</mark> the &lt;b&gt;town&lt;/b&gt;; <mark>floods</mark>", html);
        Assert.Contains("<mark>Calm</mark>", SearchSnippet.ToHtml(SearchSnippet.MarkAround(text, SearchQuery.Parse("cal*"))));
        Assert.StartsWith("Calm weather", SearchSnippet.MarkAround(text, SearchQuery.Parse("volcano")));
    }
}
