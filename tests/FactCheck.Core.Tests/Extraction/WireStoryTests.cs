using System.Text.RegularExpressions;
using FactCheck.Core.Extraction;

namespace FactCheck.Core.Tests.Extraction;

/// <summary>
/// The acceptance story of the language layer: a wire story (made up for the test) with a headline wrapped over five
/// lines, a byline, a dateline, a photo caption, hard line wraps inside sentences, a speaker named once and later called
/// by role, by description and by pronoun, and casualty figures in the outlet's own voice.
/// </summary>
public class WireStoryTests
{
    private const string Story = """
        Ceasefire talks resume in Port Maren as
        Unity leader vows to keep pressure on
        government; at least 14 killed in
        weekend clashes, hospital officials
        say

        By Tomas Okoro

        PORT MAREN, Oct 12 (Harbor Wire)--At least 14 people were killed and 60 wounded in
        clashes between police and protesters in the capital over the weekend, the worst
        violence since the unrest began on October 7th.

        Police fired tear gas at crowds that had gathered outside the parliament building
        on Saturday evening. Three ambulances were damaged and a clinic in the Old Quarter
        was set on fire overnight.

        Unity leader Ana Ruiz said on Sunday that her movement would not call off the
        protests until the government released the 200 activists detained last week.

        "We did not start this violence and we will not be frightened into silence," Ruiz
        told a rally of several thousand supporters in Liberty Square.

        A protester waves a flag in Liberty Square in Port Maren, October 11, 2026. Harbor Wire/Lena Ivers

        Foreign Minister Karel Dvorak, who arrived in Port Maren on Saturday to mediate,
        met both sides on Sunday. The top diplomat urged the government and the opposition
        to resume direct talks within a week and offered to host them in his country.

        The movement's leader later thanked the volunteer crews sent by the city council
        to clear the streets. She said the crews had worked through the night.

        Interior Minister Paul Brandt blamed "foreign-funded agitators" for the unrest.
        He said 35 police officers had been injured and that 120 people had been arrested
        since Saturday.

        The government imposed a curfew from 9 p.m. to 5 a.m. in three districts on Sunday.
        Schools in the capital will stay closed until Wednesday, the education ministry
        said in a statement.
        """;

    private static readonly ExtractionResult Result =
        new ClaimExtractor().Extract(Story, new DateOnly(2026, 10, 12));

    private static IEnumerable<ExtractedClaim> Attributions => Result.Claims.Where(c => c.Kind == ClaimKind.Attribution);

    [Fact]
    public void The_whole_headline_is_the_title()
    {
        Assert.Equal("Ceasefire talks resume in Port Maren as Unity leader vows to keep pressure on government; "
            + "at least 14 killed in weekend clashes, hospital officials say", Result.Title);
    }

    [Theory]
    [InlineData("vows", "Ana Ruiz")]                 // the headline's "Unity leader", named only in the body
    [InlineData("told", "Ana Ruiz")]                 // "Ruiz told a rally"
    [InlineData("urged", "Karel Dvorak")]            // "The top diplomat urged"
    [InlineData("offered", "Karel Dvorak")]          // coordinated with "urged"
    [InlineData("thanked", "Ana Ruiz")]              // "The movement's leader later thanked"
    [InlineData("blamed", "Paul Brandt")]
    public void Every_attribution_names_the_person(string cue, string speaker)
    {
        var claim = Assert.Single(Attributions, c => c.Cue?.Text == cue);
        Assert.Equal(speaker, claim.Speaker?.Name);
        Assert.StartsWith(speaker + " ", claim.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void Pronouns_name_the_person_they_stand_for()
    {
        var said = Attributions.Where(c => c.Cue?.Text == "said").ToList();
        Assert.Contains(said, c => c.Speaker?.Name == "Ana Ruiz" && c.Statement.StartsWith("Ana Ruiz said the crews had worked through the night", StringComparison.Ordinal));
        Assert.Contains(said, c => c.Speaker?.Name == "Paul Brandt" && c.Statement.Contains("35 police officers had been injured", StringComparison.Ordinal));
        Assert.All(Attributions, c => Assert.NotNull(c.Speaker));
        Assert.DoesNotContain(Attributions, c => c.Speaker!.Name is "She" or "He" or "The top diplomat" or "The movement's leader" or "Unity leader");
    }

    [Fact]
    public void No_statement_drops_words_or_starts_mid_sentence()
    {
        foreach (var c in Attributions)
        {
            // Every word of what was said is in the statement, in order (a first word may lose its capital when the frame
            // comes first); only a relative date may give way to its date.
            var statement = Words(c.Statement.ToLowerInvariant());
            var dateWords = c.Figures.Where(f => f.Date is not null).SelectMany(f => Words(f.Text)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var at = 0;
            foreach (var span in c.Content!)
                foreach (var w in Words(Story[span.Start..span.End].ToLowerInvariant()))
                {
                    var found = statement.IndexOf(w, at);
                    if (found >= 0) at = found + 1;
                    else Assert.True(dateWords.Contains(w), $"'{w}' dropped from: {c.Statement}");
                }
        }
        foreach (var c in Result.Claims)
        {
            Assert.True(char.IsUpper(c.Statement[0]), c.Statement);
            Assert.DoesNotContain('\n', c.Statement);
            Assert.DoesNotContain("Harbor Wire", c.Statement, StringComparison.Ordinal);
            Assert.DoesNotContain("Tomas Okoro", c.Statement, StringComparison.Ordinal);
            Assert.DoesNotContain("waves a flag", c.Statement, StringComparison.Ordinal); // the photo caption
        }
    }

    [Theory]
    [InlineData("At least 14 people were killed and 60 wounded in clashes between police and protesters in the capital")]
    [InlineData("Police fired tear gas at crowds that had gathered outside the parliament building")]
    // Two checkable units, each a whole clause with its own subject.
    [InlineData("Three ambulances were damaged.")]
    [InlineData("A clinic in the Old Quarter was set on fire overnight.")]
    [InlineData("The government imposed a curfew from 9 p.m. to 5 a.m. in three districts")]
    public void The_outlets_own_assertions_are_claims(string start)
    {
        var claim = Assert.Single(Result.Claims, c => c.Statement.StartsWith(start, StringComparison.Ordinal));
        Assert.NotEqual(ClaimKind.Attribution, claim.Kind);
        Assert.False(claim.Sourced);
    }

    [Fact]
    public void The_casualty_figures_are_unsourced_figures()
    {
        var claim = Assert.Single(Result.Claims, c => c.Statement.StartsWith("At least 14 people were killed", StringComparison.Ordinal));
        Assert.Equal(ClaimKind.Figure, claim.Kind);
        Assert.Contains(claim.Figures, f => f.Text == "At least 14" && f.Value == 14);
        Assert.Contains(claim.Figures, f => f.Text == "60");
    }

    [Fact]
    public void A_crowd_of_several_thousand_is_one_approximate_figure()
    {
        var told = Assert.Single(Attributions, c => c.Cue?.Text == "told");
        var figure = Assert.Single(told.Figures);
        Assert.Equal("several thousand", figure.Text);
        Assert.Equal(FactCheck.Core.Extraction.Figures.QualifierKind.Approximate, figure.QualifierKind);
    }

    [Fact]
    public void October_7th_resolves_to_a_date()
    {
        var claim = Result.Claims.Single(c => c.Figures.Any(f => f.Text == "October 7th"));
        Assert.Equal(new DateOnly(2026, 10, 7), claim.Figures.Single(f => f.Text == "October 7th").Date);
        // The statement gives the day its year, as a reader of the claim alone needs it.
        Assert.EndsWith("since the unrest began on October 7th, 2026.", claim.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void The_dateline_is_read_and_left_out_of_the_claims()
    {
        Assert.NotNull(Result.Dateline);
        Assert.DoesNotContain(Result.Claims, c => c.Statement.Contains("PORT MAREN", StringComparison.Ordinal));
    }

    private static List<string> Words(string text) =>
        Regex.Matches(text, @"[\p{L}\p{N}]+(?:['’][\p{L}]+)?").Select(m => m.Value).ToList();
}
