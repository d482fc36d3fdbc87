using FactCheck.Core.Extraction.Figures;
using FactCheck.Core.Sources;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Sources;

public class PassageSuggesterTests
{
    private const string Report = """
        Civil Defence Agency — Situation report 4.

        The River Sereno rose 3.2 metres overnight. Rain is expected to ease by Sunday.

        In Campo Sereno, 1204 homes were flooded and 3,400 residents spent the night in municipal shelters. Dr. Ana Ruiz, the mayor, thanked volunteers.

        Schools in the northern district will remain closed. Bus routes 4 and 7 are suspended.

        Damage to farmland is estimated at 2 million pesos; the agency will publish a full assessment in April.
        """;

    [Fact]
    public void Best_passage_shares_names_numbers_and_words()
    {
        const string claim = "Ana Ruiz said 1,204 homes were flooded in Campo Sereno.";
        var figures = FigureFinder.Find(claim, new TextSpan(0, claim.Length), null);
        var suggestions = PassageSuggester.Suggest(claim, figures, Report);

        Assert.Equal(3, suggestions.Count);
        var top = suggestions[0];
        Assert.StartsWith("In Campo Sereno, 1204 homes were flooded", top.Text);
        Assert.Equal(top.Text, Report[top.Span.Start..top.Span.End]);
        Assert.Contains("1,204", top.SharedNumbers);
        Assert.Contains("Campo", top.SharedNames);
        Assert.Contains("homes", top.SharedWords);
        Assert.Contains("flooded", top.SharedWords);
        Assert.True(suggestions[0].Score >= suggestions[1].Score && suggestions[1].Score >= suggestions[2].Score);
    }

    [Fact]
    public void Titles_do_not_end_a_sentence()
    {
        var suggestions = PassageSuggester.Suggest("Dr. Ruiz thanked the volunteers.", [], Report, count: 1);
        Assert.Equal("Dr. Ana Ruiz, the mayor, thanked volunteers.", suggestions[0].Text);
    }

    [Fact]
    public void Numbers_written_with_a_multiplier_match_their_value()
    {
        const string claim = "Farm damage came to 2,000,000 pesos.";
        var suggestions = PassageSuggester.Suggest(claim, FigureFinder.Find(claim, new TextSpan(0, claim.Length), null), Report, count: 1);
        Assert.StartsWith("Damage to farmland is estimated at 2 million pesos", suggestions[0].Text);
        Assert.NotEmpty(suggestions[0].SharedNumbers);
    }

    [Fact]
    public void Nothing_in_common_suggests_nothing() =>
        Assert.Empty(PassageSuggester.Suggest("Volcanic ash grounded flights.", [], Report));
}
