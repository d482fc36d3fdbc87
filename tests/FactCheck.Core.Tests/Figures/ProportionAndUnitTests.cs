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

    [Theory]
    [InlineData("The cores held approximately 13 layers per mm near the base.", "approximately 13 layers per mm")]
    [InlineData("Stands of greater than 1000 stems/ha were thinned.", "greater than 1000 stems/ha")]
    [InlineData("Rings formed at 1 to 25 per mm in the wet years.", "1 to 25 per mm")]
    [InlineData("The enzyme was dosed at 10,000 U/ml.", "10,000 U/ml")]
    [InlineData("The oven heated at 4 °C/min to the target.", "4 °C/min")]
    [InlineData("Yields reached up to 11.25 Mg ha−1 year−1 on the best plots.", "up to 11.25 Mg ha−1 year−1")]
    public void Rates_keep_their_unit_in_the_span(string sentence, string text) =>
        Assert.Equal(text, Single(sentence).Text);

    [Fact]
    public void A_count_a_year_is_still_counted()
    {
        var figure = Single("The report counted 4,000 to 5,000 deaths a year.");
        Assert.Equal("deaths", figure.Unit);
    }

    [Theory]
    [InlineData("Half the catch, 1/2 of it, was sold.", "1/2", 0.5)]
    [InlineData("Each slide used 1/100th of the sample.", "1/100th", 0.01)]
    public void Fractions_are_one_figure(string sentence, string text, double value) =>
        Assert.Equal(value, One(sentence, text).Value!.Value, 6);

    [Theory]
    [InlineData("The wreck dates to AD 1850.", "AD 1850", "1850-01-01")]
    [InlineData("The wall was built in 300 BC by the first settlers.", "300 BC", null)]
    public void Years_keep_their_era(string sentence, string text, string? date)
    {
        var figure = One(sentence, text);
        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), figure.Date);
    }

    [Theory]
    [InlineData("Sales fell 3.5 per cent to $1.2 billion.", "3.5 per cent", "$1.2 billion")]
    [InlineData("The shares dropped 8% to 4.25 euros.", "8%", "4.25 euros")]
    [InlineData("Rates rose by 0.25 percentage points to 4.5%.", "0.25 percentage points", "4.5%")]
    public void A_change_and_a_level_are_not_a_range(string sentence, string change, string level)
    {
        var texts = Find(sentence).Select(f => f.Text).ToList();
        Assert.Equal([change, level], texts);
    }
}
