using FactCheck.Core.Extraction;

namespace FactCheck.Core.Tests.Extraction;

/// <summary>Two figures joined by "and" give two figure claims, each stated as its own clause.</summary>
public class FigureClauseTests
{
    private static readonly DateOnly Published = new(2026, 5, 4);

    private static List<(string Figure, string Statement)> FigureClaims(string body) =>
        new ClaimExtractor().Extract("Storm hits coast\n\n" + body, Published, cancellationToken: TestContext.Current.CancellationToken).Claims
            .Where(c => c.Kind == ClaimKind.Figure).Select(c => (c.Figures[0].Text, c.Statement)).ToList();

    [Fact]
    public void A_clause_led_by_its_verb_takes_the_shared_subject()
    {
        var claims = FigureClaims("The harbor board spent $2.5 million on dredging and hired 40 divers for the work.");
        Assert.Contains(("$2.5 million", "The harbor board spent $2.5 million on dredging."), claims);
        Assert.Contains(("40", "The harbor board hired 40 divers for the work."), claims);
    }

    [Fact]
    public void Two_clauses_with_their_own_subjects_are_stated_apart()
    {
        var claims = FigureClaims("At least 300 cabins were flooded and 45 campers were evacuated by boat.");
        Assert.Contains(("At least 300", "At least 300 cabins were flooded."), claims);
        Assert.Contains(("45", "45 campers were evacuated by boat."), claims);
    }

    [Theory]
    [InlineData("More than 1,200 volunteers from the northern valleys and 300 rangers reached the lake shore.")]
    [InlineData("Between 10 and 20 ferries were sent to the island.")]
    [InlineData("It cost the town $4 million and took 18 months to finish the sea wall.")]
    public void Without_two_clean_clauses_the_whole_sentence_stays(string sentence)
    {
        var claims = FigureClaims(sentence);
        Assert.NotEmpty(claims);
        Assert.Equal(sentence, claims[0].Statement);
    }
}
