using FactCheck.Core.Extraction;
using FactCheck.Core.Extraction.Figures;
using FactCheck.Core.Text;
using static FactCheck.Core.Tests.Figures.FigureTestHelpers;

namespace FactCheck.Core.Tests.Figures;

public class NotFigureTests
{
    [Theory]
    [InlineData("The blade of turbine 3 cracked in the gale.")]
    [InlineData("The nurse checked patient 12 twice.")]
    [InlineData("Atoms on the (1/2, 0, 0) site relax first.")]
    [InlineData("The lattice point [1, 0, 1] is empty.")]
    [InlineData("The variant is listed as OMIM: 600123 in the catalogue.")]
    [InlineData("Section 2.3 gives the method.")]
    [InlineData("This is one of the issues the council raised.")]
    [InlineData("The drag follows Eq. (4) exactly.")]
    [InlineData("The answers were coded 0 = never, 1 = sometimes, 2 = often.")]
    [InlineData("The fit gave F(3, 8.9) for the model.")]
    [InlineData("The probe passed between 05:28 UT and 05:47 UT.")]
    [InlineData("The rocket lifted off for the first time.")]
    [InlineData("The width of the 001 peak was logged.")]
    [InlineData("The cliff was mapped (Ward 1998, Fig. 2) last century.")]
    [InlineData("The tin alloy (80/20) was cast.", "80")]
    public void Labels_references_and_pronouns_are_not_figures(string sentence, string? allowed = null) =>
        Assert.All(Find(sentence), f => Assert.Equal(allowed, f.Text));

    [Fact]
    public void A_reference_split_from_its_abbreviation_is_still_a_reference()
    {
        // The sentence splitter may cut after "Figs." or "p."; the finder still sees the label before the range.
        const string text = "The maps are in Figs. 5 and 6 of the report. More on p. 301 of the annex.";
        foreach (var cut in new[] { "5 and 6", "301" })
        {
            var start = text.IndexOf(cut, StringComparison.Ordinal);
            Assert.Empty(FigureFinder.Find(text, new TextSpan(start, text.Length), null));
        }
    }

    [Theory]
    [InlineData("The rocket lifted off for the third time.", "third")]
    [InlineData("The crew checked the turbine 3 times.", "3 times")]
    [InlineData("The river rose to 3 m near turbine 4.", "3 m")]
    [InlineData("Police said a staggering 40 were arrested.", "40")]
    [InlineData("The clinic saw 12 patients on ward 6.", "12")]
    [InlineData("Officials said the toll could rise above 100.", "above 100")]
    public void Counts_near_labels_are_still_figures(string sentence, string text) =>
        One(sentence, text);

    [Theory]
    [InlineData("The solvent was a 93:7 mixture of water and ethanol.", "93:7")]
    [InlineData("The beach had a slope of 1:10 at the toe.", "1:10")]
    [InlineData("The panel backed it by a 2:1 margin.", "2:1")]
    public void Ratios_are_one_figure(string sentence, string text)
    {
        var figure = One(sentence, text);
        Assert.Equal("ratio", figure.Unit);
    }

    [Fact]
    public void Clock_times_are_not_ratios() =>
        Assert.DoesNotContain(Find("The session opened at 10:30 in the hall."), f => f.Text.Contains(':'));
}
