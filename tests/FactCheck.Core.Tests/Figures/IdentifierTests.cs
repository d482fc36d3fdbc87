using static FactCheck.Core.Tests.Figures.FigureTestHelpers;

namespace FactCheck.Core.Tests.Figures;

public class IdentifierTests
{
    [Theory]
    [InlineData("Cases of COVID-19 fell sharply.")]
    [InlineData("See Fig. 3 for the map.")]
    [InlineData("As shown in Table 2, the gap widened.")]
    [InlineData("The Boeing 737 was grounded.")]
    [InlineData("Traffic on Route 66 slowed.")]
    [InlineData("Earlier work [12] disagreed.")]
    [InlineData("Earlier work (Smith, 2009) disagreed.")]
    [InlineData("Call the desk on 555-0100 for tickets.")]
    [InlineData("The meeting started at 10:30 sharp.")]
    [InlineData("The meeting started at 9 a.m. sharp.")]
    [InlineData("Levels of CO2 and H2O were logged.")]
    [InlineData("Voting in phases 3, 5 and 7 was slow.")]
    public void Names_labels_and_times_are_not_figures(string sentence) =>
        Assert.Empty(Find(sentence));

    [Fact]
    public void Labelled_numbers_do_not_hide_real_figures()
    {
        var figure = Single("In Fig. 3 the wall is 4 m tall.");
        Assert.Equal("4 m", figure.Text);
    }
}
