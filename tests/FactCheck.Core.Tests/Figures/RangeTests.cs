using static FactCheck.Core.Tests.Figures.FigureTestHelpers;

namespace FactCheck.Core.Tests.Figures;

public class RangeTests
{
    [Theory]
    [InlineData("Prices rose between 10 and 20 percent in a year.", "between 10 and 20 percent", "between")]
    [InlineData("Queues of 10-20 cars formed at the border.", "10-20", "between")]
    [InlineData("Queues of 10–20 minutes formed at the border.", "10–20 minutes", "between")]
    [InlineData("Fares went from 5 to 7 euros.", "from 5 to 7 euros", "from")]
    [InlineData("The tremor lasted about 10 to 15 seconds.", "about 10 to 15 seconds", "about, between")]
    public void Ranges_are_one_figure(string sentence, string text, string qualifier)
    {
        var figure = Single(sentence);
        Assert.Equal(text, figure.Text);
        Assert.Equal(qualifier, figure.Qualifier);
    }

    [Fact]
    public void Range_value_is_its_lower_bound()
    {
        var figure = Single("Between 200 and 300 firefighters were deployed.");
        Assert.Equal(200, figure.Value);
        Assert.Equal("firefighters", figure.Unit);
    }

    [Fact]
    public void From_without_a_range_is_no_qualifier()
    {
        var figure = Single("Donations came from 40 countries.");
        Assert.Equal("40", figure.Text);
        Assert.Null(figure.Qualifier);
    }

    [Fact]
    public void Negative_ranges()
    {
        var figure = Single("Temperatures fell to between −2 and −7 °C overnight.");
        Assert.Equal("between −2 and −7 °C", figure.Text);
    }
}
