using FactCheck.Core.Extraction;
using FactCheck.Core.Extraction.Figures;
using FactCheck.Core.Text;
using static FactCheck.Core.Tests.Figures.FigureTestHelpers;

namespace FactCheck.Core.Tests.Figures;

public class QualifierKindTests
{
    [Theory]
    [InlineData("The canal is 12 km long.", QualifierKind.None)]
    [InlineData("At least 300 boats joined.", QualifierKind.LowerBound)]
    [InlineData("More than 300 boats joined.", QualifierKind.LowerBound)]
    [InlineData("Over 300 boats joined.", QualifierKind.LowerBound)]
    [InlineData("The gauge showed ≥ 300 kPa.", QualifierKind.LowerBound)]
    [InlineData("The gauge showed > 300 kPa.", QualifierKind.LowerBound)]
    [InlineData("Flights of 3 hours or more were refunded.", QualifierKind.LowerBound)]
    [InlineData("Up to 300 boats joined.", QualifierKind.UpperBound)]
    [InlineData("Less than 300 boats joined.", QualifierKind.UpperBound)]
    [InlineData("Under 300 boats joined.", QualifierKind.UpperBound)]
    [InlineData("At most 300 boats joined.", QualifierKind.UpperBound)]
    [InlineData("The gauge showed ≤ 300 kPa.", QualifierKind.UpperBound)]
    [InlineData("Nearly 300 boats joined.", QualifierKind.Approximate)]
    [InlineData("Almost 300 boats joined.", QualifierKind.Approximate)]
    [InlineData("About 300 boats joined.", QualifierKind.Approximate)]
    [InlineData("The gauge showed ~300 kPa.", QualifierKind.Approximate)]
    [InlineData("Between 300 and 400 boats joined.", QualifierKind.Range)]
    [InlineData("The gauge showed 300–400 kPa.", QualifierKind.Range)]
    [InlineData("Fares went from 5 to 7 euros.", QualifierKind.Range)]
    [InlineData("The tremor lasted about 10 to 15 seconds.", QualifierKind.Range | QualifierKind.Approximate)]
    [InlineData("The gauge showed ≳ 300 kPa.", QualifierKind.LowerBound | QualifierKind.Approximate)]
    [InlineData("Children diagnosed before 6 months of age were excluded.", QualifierKind.UpperBound)]
    [InlineData("The samples were weighed after 8 days.", QualifierKind.None)]
    [InlineData("She told a rally of several thousand supporters.", QualifierKind.Approximate)]
    [InlineData("A few hundred people waited.", QualifierKind.Approximate)]
    [InlineData("Dockers who retire before the age of 60 lose the bonus.", QualifierKind.UpperBound)]
    [InlineData("Screening starts after the age of 50 years.", QualifierKind.LowerBound)]
    [InlineData("The old pier was built circa July 1902.", QualifierKind.Approximate)]
    [InlineData("The swell peaked near the 4 metre mark.", QualifierKind.Approximate)]
    [InlineData("The sensor read θ ≈ − 10 mdeg at noon.", QualifierKind.Approximate)]
    [InlineData("The strike lasted over two years.", QualifierKind.LowerBound)]
    public void Figures_carry_their_qualifier_kind(string sentence, QualifierKind kind)
    {
        var figure = Single(sentence);
        Assert.Equal(kind, figure.QualifierKind);
        Assert.Equal(kind, QualifierReader.KindOf(figure));
    }

    [Theory]
    // "over" after a change names the period it took, not a bound on it ("lasted over two years" is one, above).
    [InlineData("The union wants a 9% pay rise over two years.", "two years")]
    [InlineData("Exports fell 18% over five years.", "five years")]
    public void Over_after_a_change_is_the_period_not_a_bound(string sentence, string period)
    {
        var figure = Assert.Single(FigureFinder.Find(sentence, new TextSpan(0, sentence.Length), null), f => f.Text == period);
        Assert.Equal(QualifierKind.None, figure.QualifierKind);
        Assert.Null(figure.Qualifier);
    }

    [Fact]
    public void Stacked_qualifiers_are_one()
    {
        var figure = Single("The crust stayed above ∼500 K for an hour.");
        Assert.Equal("above ∼500 K", figure.Text);
        Assert.Equal("above ∼", figure.Qualifier);
        Assert.Equal(QualifierKind.LowerBound | QualifierKind.Approximate, figure.QualifierKind);

        var capped = Single("The ions stay neutral up to at least 3 km.");
        Assert.Equal("up to at least 3 km", capped.Text);
        Assert.Equal(QualifierKind.UpperBound, capped.QualifierKind);
    }

    [Fact]
    public void The_second_end_of_a_range_can_be_approximate()
    {
        var figure = Single("The dose ranged from 50 mg to around 80 mg.");
        Assert.Equal("from 50 mg to around 80 mg", figure.Text);
        Assert.Equal(QualifierKind.Range | QualifierKind.Approximate, figure.QualifierKind);
    }

    [Theory]
    [InlineData("Cases doubled in the past 14 days.", "past 14 days")]
    [InlineData("Rainfall fell over the last 200 years.", "last 200 years")]
    [InlineData("Carbon built up in the top 10 cm of soil.", "top 10 cm")]
    public void Windows_are_ranges(string sentence, string text)
    {
        var figure = Single(sentence);
        Assert.Equal(text, figure.Text);
        Assert.Equal(QualifierKind.Range, figure.QualifierKind);
    }

    [Fact]
    public void A_past_week_without_a_number_is_still_a_date()
    {
        var figure = Single("Talks stalled in the past week.", Article);
        Assert.Equal(QualifierKind.None, figure.QualifierKind);
        Assert.NotNull(figure.Date);
    }

    [Fact]
    public void A_bound_named_before_the_figure_stays_outside_it()
    {
        var figure = Single("The model gives an upper limit of 8000 K for the gas.");
        Assert.Equal("8000 K", figure.Text);
        Assert.Equal(QualifierKind.UpperBound, figure.QualifierKind);

        var fine = Single("Offenders face a maximum of 20 years in prison.");
        Assert.Equal("20 years", fine.Text);
        Assert.Equal(QualifierKind.UpperBound, fine.QualifierKind);
    }

    [Fact]
    public void Since_opens_a_period()
    {
        var figures = Find("The club has grown since 2004 and since July 2010.", Article);
        Assert.Equal(["since 2004", "since July 2010"], figures.Select(f => f.Text));
        Assert.All(figures, f => Assert.Equal(QualifierKind.LowerBound, f.QualifierKind));
        Assert.Equal(new DateOnly(2010, 7, 1), figures[1].Date);
    }

    [Fact]
    public void Qualifiers_do_not_reach_into_the_sentence_before()
    {
        const string text = "The talks ran over. 40 delegates left early.";
        var start = text.IndexOf("40", StringComparison.Ordinal);
        var figure = Assert.Single(FigureFinder.Find(text, new TextSpan(start, text.Length), null));
        Assert.Equal("40", figure.Text);
        Assert.Null(figure.Qualifier);
    }

    [Theory]
    [InlineData("at least", QualifierKind.LowerBound)]
    [InlineData("up to", QualifierKind.UpperBound)]
    [InlineData("nearly", QualifierKind.Approximate)]
    [InlineData("about, between", QualifierKind.Range | QualifierKind.Approximate)]
    [InlineData("above ∼", QualifierKind.LowerBound | QualifierKind.Approximate)]
    [InlineData("past", QualifierKind.Range)]
    [InlineData("since", QualifierKind.LowerBound)]
    [InlineData(">=", QualifierKind.LowerBound)]
    [InlineData(null, QualifierKind.None)]
    public void Hand_made_figures_get_their_kind_from_the_words(string? qualifier, QualifierKind kind)
    {
        var figure = new Figure("x", new TextSpan(0, 1), 1, null, qualifier, null, null);
        Assert.Equal(kind, QualifierReader.KindOf(figure));
    }

    [Theory]
    [InlineData(QualifierKind.None, "exact")]
    [InlineData(QualifierKind.Approximate, "approximate")]
    [InlineData(QualifierKind.LowerBound, "lowerBound")]
    [InlineData(QualifierKind.UpperBound, "upperBound")]
    [InlineData(QualifierKind.Range, "range")]
    [InlineData(QualifierKind.Range | QualifierKind.Approximate, "range")]
    [InlineData(QualifierKind.LowerBound | QualifierKind.Approximate, "lowerBound")]
    public void Json_names_one_kind(QualifierKind kind, string name) =>
        Assert.Equal(name, ExtractionJson.KindName(kind));

    [Fact]
    public void Json_writes_the_kind_beside_the_qualifier()
    {
        var result = new ClaimExtractor().Extract("At least 1,204 homes were flooded in the valley.", new DateOnly(2026, 3, 12));
        var json = ExtractionJson.Serialize(result);
        Assert.Contains("\"qualifier\":\"at least\",\"qualifierKind\":\"lowerBound\"", json);
    }
}
