using static FactCheck.Core.Tests.Figures.FigureTestHelpers;

namespace FactCheck.Core.Tests.Figures;

public class UnitAndMeasureTests
{
    [Fact]
    public void News_sentence_gives_two_figures_with_measures()
    {
        var figures = Find("At least 1,204 homes were flooded in the valley and another 310 were destroyed, officials said.");
        Assert.Equal(2, figures.Count);

        Assert.Equal("At least 1,204", figures[0].Text);
        Assert.Equal("at least", figures[0].Qualifier);
        Assert.Equal(1204, figures[0].Value);
        Assert.Equal("homes", figures[0].Unit);
        Assert.Equal("homes flooded", figures[0].Measure);

        Assert.Equal("310", figures[1].Text);
        Assert.Null(figures[1].Qualifier);
        Assert.Equal("destroyed", figures[1].Measure);
    }

    [Theory]
    [InlineData("Nearly 40,000 households without power waited for crews.", "households without power")]
    [InlineData("About 900 people evacuated from the coast returned on foot.", "people evacuated")]
    [InlineData("Officials said 45% of voters backed the plan.", "voters")]
    [InlineData("The well reached a depth of 120 m last week.", "depth")]
    [InlineData("Some 12,000 households remained without water on Sunday.", "households without water")]
    [InlineData("Rescuers evacuated more than 800 tourists by boat.", "tourists evacuated")]
    [InlineData("The agency pledged $30m in aid.", "aid")]
    [InlineData("Inflation in the eurozone fell to 2.1% in May.", "Inflation in the eurozone")]
    public void Reads_what_a_figure_measures(string sentence, string measure)
    {
        var figure = Find(sentence).First(f => f.Value is not null);
        Assert.Equal(measure, figure.Measure);
    }

    [Theory]
    [InlineData("The cable runs 12 km under the bay.", "12 km", "km")]
    [InlineData("The cable runs 12km under the bay.", "12km", "km")]
    [InlineData("Water at 34 °C was pumped in.", "34 °C", "°C")]
    [InlineData("Winds of 126 km/h hit the pier.", "126 km/h", "km/h")]
    [InlineData("The jet flew at 2.6 km s−1 above the cloud.", "2.6 km s−1", "km s−1")]
    [InlineData("The strike lasted 18 months in all.", "18 months", "months")]
    [InlineData("An eight-year study followed them.", "eight-year", "years")]
    [InlineData("A 30-minute delay followed.", "30-minute", "minutes")]
    [InlineData("The lake level rose by 3 metres overnight.", "3 metres", "m")]
    public void Reads_measurement_units_into_the_span(string sentence, string text, string unit)
    {
        var figure = One(sentence, text);
        Assert.Equal(unit, figure.Unit);
    }

    [Fact]
    public void Counted_nouns_are_the_unit_but_not_in_the_span()
    {
        var figure = Single("The survey reached 5,318 teachers across the region.");
        Assert.Equal("5,318", figure.Text);
        Assert.Equal("teachers", figure.Unit);
    }

    [Fact]
    public void Tolerance_stays_with_its_figure()
    {
        var figure = Single("The beams held 3.19 ± 0.10 GPa before failing.");
        Assert.Equal("3.19 ± 0.10 GPa", figure.Text);
        Assert.Equal("GPa", figure.Unit);
    }

    [Fact]
    public void Measures_are_not_read_across_the_previous_figure()
    {
        var figures = Find("Pay rose by £2m last October.", Article);
        Assert.Equal(2, figures.Count);
        Assert.Equal("Pay", figures[0].Measure);
        Assert.Null(figures[1].Measure); // not "m", the tail of "£2m"
    }
}
