using static FactCheck.Core.Tests.Figures.FigureTestHelpers;

namespace FactCheck.Core.Tests.Figures;

public class ProportionAndUnitTests
{
    [Theory]
    [InlineData("The pump failed in four out of nine runs.", "four out of nine runs", 4, "runs")]
    [InlineData("The valve leaked in 3 out of 10 trials.", "3 out of 10 trials", 3, "trials")]
    [InlineData("One in five adults smokes.", "One in five adults", 1, "adults")]
    public void Proportions_keep_their_counted_noun(string sentence, string text, double value, string unit)
    {
        var figure = Single(sentence);
        Assert.Equal(text, figure.Text);
        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    [Fact]
    public void In_with_a_year_is_no_proportion()
    {
        var figures = Find("Sales rose 2 in 2019.");
        Assert.Contains(figures, f => f.Text == "2019");
    }

    [Theory]
    [InlineData("The complex weighs ~ 3 megadalton in solution.", "~ 3 megadalton", "megadalton")]
    [InlineData("Each bar holds 250 kilojoules of energy.", "250 kilojoules", "kilojoules")]
    [InlineData("The protein is 45 daltons heavier.", "45 daltons", "daltons")]
    [InlineData("The line ran at 40 millibars.", "40 millibars", "millibars")]
    public void Written_units_with_prefixes_stay_in_the_span(string sentence, string text, string unit)
    {
        var figure = Single(sentence);
        Assert.Equal(text, figure.Text);
        Assert.Equal(unit, figure.Unit);
    }

    [Fact]
    public void An_ambiguous_unit_word_without_prefix_is_counted()
    {
        var figure = Single("The shop sold 5 bars of soap.");
        Assert.Equal("5", figure.Text);
        Assert.Equal("bars", figure.Unit);
    }
}
