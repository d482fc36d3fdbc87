using static FactCheck.Core.Tests.Figures.FigureTestHelpers;

namespace FactCheck.Core.Tests.Figures;

public class ListTests
{
    [Theory]
    [InlineData("Each vial held 2, 5 and 10 µg of the dye.", "2, 5 and 10 µg", "µg")]
    [InlineData("The crates weighed 6 and 13 kg.", "6 and 13 kg", "kg")]
    [InlineData("Beds of 4.5 kg, 6 kg and 13 kg were tried.", "4.5 kg, 6 kg and 13 kg", "kg")]
    [InlineData("Gravel of 1.5 mm and the 8.5 mm grade was laid.", "1.5 mm and the 8.5 mm", "mm")]
    [InlineData("Pipes of 60 or 63 mm were fitted.", "60 or 63 mm", "mm")]
    [InlineData("The dam was inspected in 1997, 2003, and 2008 by the board.", "1997, 2003, and 2008", null)]
    [InlineData("Readings fell to −2, −5 and −7 °C overnight.", "−2, −5 and −7 °C", "°C")]
    public void A_list_sharing_its_unit_is_one_figure(string sentence, string text, string? unit)
    {
        var figure = Single(sentence);
        Assert.Equal(text, figure.Text);
        Assert.Equal(unit, figure.Unit);
    }

    [Fact]
    public void A_list_takes_its_first_value_and_a_shared_counted_noun()
    {
        var figure = Single("The kits test for 9 and 21 trace metals.");
        Assert.Equal("9 and 21", figure.Text);
        Assert.Equal(9, figure.Value);
        Assert.Equal("metals", figure.Unit);
    }

    [Fact]
    public void A_list_of_years_is_dated_by_its_first()
    {
        var figure = Single("The river flooded in 2019 and 2021.");
        Assert.Equal("2019 and 2021", figure.Text);
        Assert.Equal(new DateOnly(2019, 1, 1), figure.Date);
    }

    [Theory]
    [InlineData("Turnout was 61% and 58%, respectively.", "61%", "58%")]
    [InlineData("The plant employs 320 men and 140 women.", "320", "140")]
    [InlineData("Of the 12, 7 were women.", "12", "7")]
    [InlineData("Support stood at 54% vs. 31% a year ago.", "54%", "31%")]
    [InlineData("The levy rose 5% in 2019 and 40% later.", "5%", "2019")]
    [InlineData("The fire destroyed 12 and damaged 40 homes.", "12", "40")]
    public void Values_that_belong_apart_stay_apart(string sentence, string first, string second)
    {
        var texts = Find(sentence).Select(f => f.Text).ToList();
        Assert.Contains(first, texts);
        Assert.Contains(second, texts);
    }

    [Fact]
    public void A_day_after_and_keeps_its_date()
    {
        var figures = Find("Ferries stopped on 3 and 4 March.", Article);
        Assert.Contains(figures, f => f.Text == "4 March" && f.Date == new DateOnly(2026, 3, 4));
    }

    [Theory]
    [InlineData("The sensor sees through a 3 × 3 mm window.", "3 × 3 mm", "mm")]
    [InlineData("Test bars of 60 × 10 × 3 mm were cut.", "60 × 10 × 3 mm", "mm")]
    [InlineData("The plots measured 5 m × 8 m each.", "5 m × 8 m", "m")]
    [InlineData("A 2x4 m tarpaulin covered the hole.", "2x4 m", "m")]
    [InlineData("The 3×3×3 cm cube was weighed.", "3×3×3 cm", "cm")]
    public void Dimensions_are_one_figure(string sentence, string text, string unit)
    {
        var figure = Single(sentence);
        Assert.Equal(text, figure.Text);
        Assert.Equal(unit, figure.Unit);
    }

    [Fact]
    public void A_range_of_flattened_powers_with_an_en_dash_is_no_phone_number()
    {
        var figure = Single("Loss rates of 109–1010 kg s−1 were modelled.");
        Assert.Equal("109–1010 kg s−1", figure.Text);
    }

    [Fact]
    public void Powers_of_ten_still_multiply()
    {
        var figure = Single("The count reached 6 × 10^6 cells.");
        Assert.Equal(6e6, figure.Value!.Value, 3);
    }
}
