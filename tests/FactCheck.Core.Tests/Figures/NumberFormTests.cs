using static FactCheck.Core.Tests.Figures.FigureTestHelpers;

namespace FactCheck.Core.Tests.Figures;

public class NumberFormTests
{
    [Theory]
    [InlineData("The council counted 1,204 complaints last spring.", "1,204", 1204)]
    [InlineData("The bridge cost 1.7 million to repair.", "1.7 million", 1_700_000)]
    [InlineData("Nine lorries were stuck on the pass.", "Nine", 9)]
    [InlineData("Twenty-three schools stayed shut.", "Twenty-three", 23)]
    [InlineData("The club sold a dozen boats.", "a dozen", 12)]
    [InlineData("She planted one hundred and five trees.", "one hundred and five", 105)]
    [InlineData("Rents rose in two million flats.", "two million", 2_000_000)]
    [InlineData("The trial found p < .05 for the main effect.", "< .05", 0.05)]
    [InlineData("La ville compte 10\u00A0000 habitants.", "10\u00A0000", 10_000)]
    [InlineData("The state spent Rs 500 crore on roads.", "Rs 500 crore", 5e9)]
    public void Reads_number_forms(string sentence, string text, double value)
    {
        var figure = One(sentence, text);
        Assert.Equal(value, figure.Value!.Value, 6);
    }

    [Fact]
    public void Reads_money_with_symbol_and_scale()
    {
        var figure = Single("The ministry pledged $4.5bn for the dams.");
        Assert.Equal("$4.5bn", figure.Text);
        Assert.Equal(4.5e9, figure.Value);
        Assert.Equal("USD", figure.Unit);
    }

    [Theory]
    [InlineData("Tickets cost €30 each.", "€30", "EUR")]
    [InlineData("The fine was £2m in total.", "£2m", "GBP")]
    [InlineData("They raised 500 dollars at the fair.", "500 dollars", "USD")]
    [InlineData("The loan was USD 40 million.", "USD 40 million", "USD")]
    public void Reads_currencies(string sentence, string text, string unit)
    {
        var figure = One(sentence, text);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("Turnout fell to 41% this time.", "41%", 41)]
    [InlineData("Turnout fell to 41 percent this time.", "41 percent", 41)]
    [InlineData("Turnout fell by 3 percentage points.", "3 percentage points", 3)]
    public void Reads_percentages(string sentence, string text, double value)
    {
        var figure = One(sentence, text);
        Assert.Equal(value, figure.Value);
        Assert.StartsWith(text.EndsWith("points") ? "percentage" : "%", figure.Unit);
    }

    [Theory]
    [InlineData("Half of the wells ran dry.", "Half", 0.5)]
    [InlineData("A third of the staff left.", "A third", 1.0 / 3)]
    [InlineData("Two-thirds of voters agreed.", "Two-thirds", 2.0 / 3)]
    public void Reads_fractions(string sentence, string text, double value)
    {
        var figure = One(sentence, text);
        Assert.Equal(value, figure.Value!.Value, 6);
    }

    [Fact]
    public void Vague_magnitudes_have_no_value_but_a_measure()
    {
        var figure = One("Hundreds of people gathered outside the hall.", "Hundreds");
        Assert.Null(figure.Value);
        Assert.Contains("people", figure.Measure);
    }

    [Theory]
    [InlineData("The rocket lifted off for the third time.", "third")]
    [InlineData("It was the second consecutive year of drought.", "second")]
    public void Ordinals_that_count_are_figures(string sentence, string text)
    {
        var figure = One(sentence, text);
        Assert.NotNull(figure.Value);
    }

    [Theory]
    [InlineData("No one was hurt when the shed collapsed.")]
    [InlineData("The first speaker praised the volunteers.")]
    [InlineData("She was one of the founders.", "one")]
    public void Pronoun_one_and_plain_ordinals_are_not_figures(string sentence, string? allowed = null)
    {
        var figures = Find(sentence);
        Assert.All(figures, f => Assert.Equal(allowed, f.Text));
    }
}
