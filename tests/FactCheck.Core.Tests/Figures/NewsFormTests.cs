using FactCheck.Core.Extraction.Figures;
using static FactCheck.Core.Tests.Figures.FigureTestHelpers;

namespace FactCheck.Core.Tests.Figures;

/// <summary>Forms news copy uses that scientific prose does not: tallies, bare temperatures, American dates.</summary>
public class NewsFormTests
{
    [Theory]
    [InlineData("The bill passed 219-212 in the assembly.", "219-212")]
    [InlineData("The home side won 3-1 after extra time.", "3-1")]
    [InlineData("The sides drew 2-2 in the rain.", "2-2")]
    [InlineData("The panel voted 7 to 2 to approve the plan.", "7 to 2")]
    public void A_tally_is_one_figure_but_no_range(string sentence, string text)
    {
        var figure = Single(sentence);
        Assert.Equal(text, figure.Text);
        Assert.Equal(QualifierKind.None, figure.QualifierKind);
        Assert.Null(figure.Qualifier);
    }

    [Theory]
    [InlineData("Voters aged 18-24 were the least likely to vote.", "18-24")]
    [InlineData("Prices fell from 12 to 9 dollars.", "from 12 to 9 dollars")]
    [InlineData("The 2020-21 season was cut short.", "2020-21")]
    public void Ascending_pairs_and_spans_of_years_stay_ranges(string sentence, string text)
    {
        var figure = Single(sentence);
        Assert.Equal(text, figure.Text);
        Assert.Equal(QualifierKind.Range, figure.QualifierKind);
    }

    [Fact]
    public void A_season_keeps_its_year()
    {
        var figure = Single("The 2020-21 season was cut short.");
        Assert.Equal(new DateOnly(2020, 1, 1), figure.Date);
    }

    [Fact]
    public void A_full_stop_after_a_month_is_not_an_abbreviation()
    {
        var figure = Single("The index fell in May.", Article);
        Assert.Equal("May", figure.Text);
    }

    [Theory]
    [InlineData("Temperatures hit 45C in the capital.", "45C", "°C")]
    [InlineData("The forecast high is 104F on Sunday.", "104F", "°F")]
    public void Bare_temperatures_have_a_unit(string sentence, string text, string unit) =>
        Assert.Equal(unit, One(sentence, text).Unit);

    [Theory]
    [InlineData("Form 3C sat the exam early.")]
    [InlineData("Schools reopened on 9/11 after the storm.")]
    public void Labels_and_days_are_not_figures(string sentence) =>
        Assert.Empty(Find(sentence));

    [Theory]
    [InlineData("The pier could handle 280 more passengers a day.", "passengers")]
    [InlineData("The clinic saw 40 fewer patients this week.", "patients")]
    public void A_count_after_more_or_fewer_keeps_its_noun(string sentence, string unit)
    {
        var figure = One(sentence, sentence.Split(' ').First(w => char.IsDigit(w[0])));
        Assert.Equal(unit, figure.Unit);
    }
}
