using FactCheck.Core.Extraction.Figures;
using static FactCheck.Core.Tests.Figures.FigureTestHelpers;

namespace FactCheck.Core.Tests.Figures;

public class QualifierTests
{
    [Theory]
    [InlineData("at least")]
    [InlineData("more than")]
    [InlineData("over")]
    [InlineData("nearly")]
    [InlineData("almost")]
    [InlineData("up to")]
    [InlineData("about")]
    [InlineData("around")]
    [InlineData("approximately")]
    [InlineData("roughly")]
    [InlineData("some")]
    [InlineData("fewer than")]
    [InlineData("less than")]
    [InlineData("as many as")]
    public void Qualifier_word_is_read_and_inside_the_span(string qualifier)
    {
        var figure = Single($"The storm left {qualifier} 40 villages cut off.");
        Assert.Equal(qualifier, figure.Qualifier);
        Assert.Equal($"{qualifier} 40", figure.Text);
        Assert.Equal(40, figure.Value);
        Assert.Equal("villages", figure.Unit);
    }

    [Theory]
    [InlineData("~", "~12 km")]
    [InlineData(">", ">12 km")]
    [InlineData("<", "<12 km")]
    public void Symbol_qualifiers(string symbol, string text)
    {
        var figure = Single($"The plume reached {text} high.");
        Assert.Equal(text, figure.Text);
        Assert.Equal(symbol, figure.Qualifier);
    }

    [Fact]
    public void Capitalised_qualifier_at_sentence_start_is_lower_cased()
    {
        var figure = Single("More than 20 m of the sea wall gave way.");
        Assert.Equal("More than 20 m", figure.Text);
        Assert.Equal("more than", figure.Qualifier);
        Assert.Equal("m", figure.Unit);
    }

    [Theory]
    [InlineData("at least", QualifierKind.Range)]
    [InlineData("More than", QualifierKind.Range)]
    [InlineData("between", QualifierKind.Range)]
    [InlineData("≥", QualifierKind.Range)]
    [InlineData("nearly", QualifierKind.Approximate)]
    [InlineData("~", QualifierKind.Approximate)]
    [InlineData("about, between", QualifierKind.Range | QualifierKind.Approximate)]
    [InlineData(null, QualifierKind.None)]
    [InlineData("exactly-ish", QualifierKind.None)]
    public void Classifies_qualifiers(string? qualifier, QualifierKind kind) =>
        Assert.Equal(kind, QualifierReader.Classify(qualifier));

    [Fact]
    public void Trailing_or_more_is_a_qualifier()
    {
        var figure = Single("Flights delayed 3 hours or more were refunded.");
        Assert.Equal("3 hours or more", figure.Text);
        Assert.Equal("or more", figure.Qualifier);
    }

    [Fact]
    public void Some_is_a_word_unless_a_number_follows()
    {
        var figure = Single("Some residents said some 300 homes lost power.");
        Assert.Equal("some 300", figure.Text);
    }
}
