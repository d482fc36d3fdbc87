using System.Text.RegularExpressions;
using FactCheck.Core.Import;

namespace FactCheck.Core.Tests.Import;

public sealed class SampleArticlesTests
{
    private static readonly SampleArticle Flood = SampleArticles.Flood;

    private static string[] Lines => Flood.Text.Split('\n');

    [Fact]
    public void The_flood_sample_loads_with_its_metadata()
    {
        Assert.Equal("Meridian News", Flood.Outlet);
        Assert.Equal("Helena Prado Vasconcelos", Flood.Author);
        Assert.Equal(new DateOnly(2026, 3, 12), Flood.Published);
        Assert.Equal(Flood.Title, string.Join(' ', Lines[0], Lines[1]));
        Assert.InRange(Regex.Matches(Flood.Text, @"\S+").Count, 600, 900);
    }

    [Fact]
    public void The_sample_is_exactly_what_importing_it_would_produce()
    {
        var imported = ArticleImporter.ImportText(Flood.Text, ImportLimits.Default);

        Assert.True(imported.Ok, imported.Error);
        Assert.Equal(Flood.Text, imported.Text);
        Assert.DoesNotContain('\r', Flood.Text);
    }

    [Fact]
    public void The_sample_has_the_layout_mess_of_real_input()
    {
        Assert.Equal("", Lines[2]);
        Assert.Equal("By " + Flood.Author, Lines[3]);
        Assert.Contains("CAMPO SERENO, Brazil, March 12 (Meridian News)--", Flood.Text);
        Assert.Contains(Lines, l => l.EndsWith("Meridian News/Tiago Brandão", StringComparison.Ordinal));
        // A hard-wrapped paragraph: consecutive non-empty lines that do not end a sentence.
        Assert.Contains(Lines.Zip(Lines.Skip(1)), pair => pair.First.Length > 0 && pair.Second.Length > 0 && !".\"”".Contains(pair.First[^1]));
        Assert.Contains('\u00a0', Flood.Text);
        Assert.Contains('“', Flood.Text);
        Assert.Contains('"', Flood.Text);
    }

    [Theory]
    [InlineData("told reporters")]
    [InlineData("according to")]
    [InlineData("He added")]
    [InlineData("warned")]
    [InlineData("denied")]
    [InlineData("She said")]
    [InlineData("The veteran hydrologist")]
    [InlineData("called the evacuation plan \"a disaster waiting to happen\"")]
    [InlineData("At least 1,204 homes were flooded")]
    [InlineData("another 310 were destroyed")]
    [InlineData("Nearly 40%")]
    [InlineData("more than 2 million")]
    [InlineData("about $35\u00a0million")]
    [InlineData("Up to 150\u00a0mm")]
    [InlineData("on Thursday")]
    [InlineData("last October")]
    public void The_sample_has_the_features_extraction_is_tested_on(string feature)
    {
        Assert.Contains(feature, Flood.Text);
    }

    [Fact]
    public void A_quote_runs_over_two_paragraphs()
    {
        // Wire style: the first paragraph has no closing mark, the next reopens the quote.
        var paragraphs = Flood.Text.Split("\n\n");
        Assert.Contains(paragraphs.Zip(paragraphs.Skip(1)), pair =>
            pair.First.StartsWith('“') && !pair.First.EndsWith('”') && pair.Second.StartsWith('“'));
    }
}
