using FactCheck.Core.Extraction;
using FactCheck.Core.Extraction.Figures;
using FactCheck.Core.Sources;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Sources;

public class FigureCheckTests
{
    private const string Source = """
        The agency counted 1,150 homes flooded across the valley by Friday morning.
        About 43% of households had no electricity on Thursday.
        Some 1.8 million people live in the affected provinces.
        Up to 12 schools may stay closed, officials said.
        The reservoir held 2,300 cubic metres less than last year.
        """;

    private static Figure ClaimFigure(string claim, string figureText)
    {
        var figures = FigureFinder.Find(claim, new TextSpan(0, claim.Length), null);
        var figure = figures.FirstOrDefault(f => f.Text == figureText);
        Assert.True(figure is not null, $"no \"{figureText}\" in \"{claim}\": {string.Join(" | ", figures.Select(f => f.Text))}");
        return figure;
    }

    private static FigureComparison Check(string claim, string figureText, string source = Source) =>
        FigureCheck.Compare(ClaimFigure(claim, figureText), source, claim);

    [Fact]
    public void Same_number_matches()
    {
        var result = Check("The storm flooded 1,204 homes.", "1,204", "Officials confirmed that 1,204 homes were flooded.");
        Assert.Equal(FigureOutcome.Matches, result.Outcome);
        Assert.Equal("source says 1,204 — matches", result.Message);
        Assert.Equal(0, result.DifferencePercent);
    }

    [Fact]
    public void Different_number_differs_by_a_percentage_of_the_claim()
    {
        var result = Check("The storm flooded 1,204 homes.", "1,204");
        Assert.Equal(FigureOutcome.Differs, result.Outcome);
        Assert.Equal("1,150", result.SourceFigure!.Text);
        Assert.Equal(-4.5, result.DifferencePercent);
        Assert.Equal("source says 1,150 — differs by 4.5%", result.Message);
    }

    [Theory]
    [InlineData("At least 40% of households lost power.", "At least 40%", FigureOutcome.Consistent)]
    [InlineData("At least 45% of households lost power.", "At least 45%", FigureOutcome.Differs)]
    [InlineData("More than 40% of households lost power.", "More than 40%", FigureOutcome.Consistent)]
    [InlineData("Less than 40% of households lost power.", "Less than 40%", FigureOutcome.Differs)]
    [InlineData("About 42% of households lost power.", "About 42%", FigureOutcome.Consistent)]
    [InlineData("About 43% of households lost power.", "About 43%", FigureOutcome.Matches)]
    [InlineData("About 50% of households lost power.", "About 50%", FigureOutcome.Differs)]
    [InlineData("Nearly 44% of households lost power.", "Nearly 44%", FigureOutcome.Consistent)]
    [InlineData("Nearly 42% of households lost power.", "Nearly 42%", FigureOutcome.Differs)]
    [InlineData("43% of households lost power.", "43%", FigureOutcome.QualifierDiffers)]
    [InlineData("Between 40 and 45 percent of households lost power.", "Between 40 and 45 percent", FigureOutcome.Consistent)]
    public void Percentages_respect_the_qualifier(string claim, string figure, FigureOutcome expected)
    {
        var result = Check(claim, figure);
        Assert.Equal(expected, result.Outcome);
        Assert.Equal("About 43%", result.SourceFigure!.Text);
    }

    [Theory]
    [InlineData("More than 2 million people live in the provinces.", "More than 2 million", FigureOutcome.Differs)]
    [InlineData("Nearly 2 million people live in the provinces.", "Nearly 2 million", FigureOutcome.Differs)]
    [InlineData("Almost 1.85 million people live in the provinces.", "Almost 1.85 million", FigureOutcome.Consistent)]
    [InlineData("Almost 1.9 million people live in the provinces.", "Almost 1.9 million", FigureOutcome.Differs)]
    [InlineData("2 million people live in the provinces.", "2 million", FigureOutcome.Differs)]
    [InlineData("Fewer than 2 million people live in the provinces.", "Fewer than 2 million", FigureOutcome.Consistent)]
    public void Millions_respect_the_qualifier(string claim, string figure, FigureOutcome expected)
    {
        var result = Check(claim, figure);
        Assert.Equal(expected, result.Outcome);
        Assert.StartsWith("source says", result.Message);
    }

    [Fact]
    public void More_than_says_why_it_is_not_consistent()
    {
        var result = Check("More than 2 million people live in the provinces.", "More than 2 million");
        Assert.Contains("not consistent with \"More than 2 million\"", result.Message);
        Assert.Equal(-10, result.DifferencePercent);
    }

    [Theory]
    [InlineData("Up to 15 schools will stay closed.", "Up to 15", FigureOutcome.Consistent)]
    [InlineData("Up to 12 schools will stay closed.", "Up to 12", FigureOutcome.Matches)]
    [InlineData("Up to 10 schools will stay closed.", "Up to 10", FigureOutcome.Differs)]
    public void Up_to_allows_anything_not_above(string claim, string figure, FigureOutcome expected) =>
        Assert.Equal(expected, Check(claim, figure).Outcome);

    [Fact]
    public void Rounded_claims_match_the_precise_source()
    {
        var result = Check("The storm flooded 1.2 thousand homes.", "1.2 thousand", "Officials confirmed that 1,204 homes were flooded.");
        Assert.Equal(FigureOutcome.Matches, result.Outcome);
        Assert.Contains("as rounded", result.Message);
    }

    [Theory]
    [InlineData("More than 2.3 million people lack clean water.", "More than 2.3 million", "More than 2.3 million people in the region lack clean water, the agency said.")]
    [InlineData("Nearly 4,120 homes were damaged.", "Nearly 4,120", "Inspectors recorded nearly 4,120 damaged homes.")]
    [InlineData("Fewer than 40% of households lost power.", "Fewer than 40%", "Less than 40% of households lost power on Thursday.")]
    public void The_same_value_with_the_same_qualifier_matches(string claim, string figure, string source)
    {
        var result = Check(claim, figure, source);
        Assert.Equal(FigureOutcome.Matches, result.Outcome);
        Assert.Equal($"source says {result.SourceFigure!.Text} — matches", result.Message);
        Assert.Equal(0, result.DifferencePercent);
    }

    [Theory]
    [InlineData("An estimated 2.3 million people lack clean water.", "An estimated 2.3 million",
        "More than 2.3 million people lack clean water, the agency said.",
        "same value, 2.3 million, but the claim says \"an estimated\" and the source says \"more than\"")]
    [InlineData("More than 2.3 million people lack clean water.", "More than 2.3 million",
        "An estimated 2.3 million people lack clean water, the agency said.",
        "same value, 2.3 million, but the claim says \"more than\" and the source says \"an estimated\"")]
    [InlineData("At least 4,120 homes were damaged.", "At least 4,120",
        "Inspectors recorded more than 4,120 damaged homes.",
        "same value, 4,120, but the claim says \"at least\" and the source says \"more than\"")]
    public void The_same_value_with_another_qualifier_says_which_qualifiers_differ(string claim, string figure, string source, string message)
    {
        var result = Check(claim, figure, source);
        Assert.Equal(FigureOutcome.QualifierDiffers, result.Outcome);
        Assert.Equal(message, result.Message);
        Assert.Equal(0, result.DifferencePercent);
    }

    [Theory]
    [InlineData("At least 4,120 homes were damaged.", "At least 4,120", "Inspectors recorded 4,120 damaged homes.",
        "same value, 4,120, but the claim says \"at least\" and the source gives just the number")]
    [InlineData("4,120 homes were damaged.", "4,120", "Inspectors recorded 4,120 or more damaged homes.",
        "same value, 4,120, but the claim gives just the number and the source says \"or more\"")]
    [InlineData("1.8 million people live in the provinces.", "1.8 million", Source,
        "same value, 1.8 million, but the claim gives just the number and the source says \"some\"")]
    public void A_qualifier_on_one_side_only_is_named(string claim, string figure, string source, string message)
    {
        var result = Check(claim, figure, source);
        Assert.Equal(FigureOutcome.QualifierDiffers, result.Outcome);
        Assert.Equal(message, result.Message);
    }

    [Fact]
    public void The_same_value_under_other_words_is_found_whatever_its_qualifier()
    {
        var result = Check("At least 4,120, officials said.", "At least 4,120", "The count stood at 4,120 on Monday.");
        Assert.Equal(FigureOutcome.QualifierDiffers, result.Outcome);
        Assert.Equal("4,120", result.SourceFigure!.Text);
        Assert.Equal("same value, 4,120, but the claim says \"at least\" and the source gives just the number", result.Message);
    }

    [Fact]
    public void A_small_number_under_other_words_is_not_taken_for_the_claimed_one()
    {
        // "12" recurs by chance far more often than "4,120": without shared words it is not evidence.
        var result = Check("At least 12, officials said.", "At least 12", "The count stood at 12 on Monday.");
        Assert.Equal(FigureOutcome.NotFound, result.Outcome);
    }

    [Theory]
    [InlineData("An estimated 2.5 million people lack clean water.", "An estimated 2.5 million",
        "More than 2.3 million people lack clean water, the agency said.",
        FigureOutcome.Differs, "source says More than 2.3 million — not consistent with \"An estimated 2.5 million\" (differs by 8.0%)")]
    [InlineData("More than 2.2 million people lack clean water.", "More than 2.2 million",
        "An estimated 2.3 million people lack clean water, the agency said.",
        FigureOutcome.Consistent, "source says An estimated 2.3 million — consistent with \"More than 2.2 million\"")]
    public void A_different_value_says_by_how_much_or_that_the_qualifier_allows_it(string claim, string figure, string source, FigureOutcome outcome, string message)
    {
        var result = Check(claim, figure, source);
        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(message, result.Message);
    }

    [Fact]
    public void Unrelated_numbers_are_not_found()
    {
        var result = Check("Wind gusts reached 140 km/h.", "140 km/h");
        Assert.Equal(FigureOutcome.NotFound, result.Outcome);
        Assert.Null(result.SourceFigure);
        Assert.StartsWith("Not found", result.Message);
    }

    [Fact]
    public void Percent_is_never_compared_with_a_count()
    {
        var result = Check("12% of schools will stay closed.", "12%");
        Assert.NotEqual(FigureOutcome.Matches, result.Outcome);
    }

    [Fact]
    public void Different_counted_nouns_for_the_same_people_are_compared()
    {
        var result = Check("About 3,400 people spent the night in shelters.", "About 3,400",
            "The agency said 3,400 residents spent the night in municipal shelters and 120 in hotels.");
        Assert.Equal(FigureOutcome.QualifierDiffers, result.Outcome);
        Assert.Equal("3,400", result.SourceFigure!.Text);
    }

    [Fact]
    public void Measurement_units_must_agree()
    {
        var result = Check("The river rose 3.2 metres overnight.", "3.2 metres", "The river rose 3.2 feet overnight, the gauge showed.");
        Assert.Equal(FigureOutcome.NotFound, result.Outcome);
    }

    [Fact]
    public void Each_figure_of_a_two_figure_statement_is_matched_with_its_own_measure_and_shares_only_with_shares()
    {
        const string claim = "At least 1,204 homes were flooded and another 310 were destroyed, in the region's worst flooding in more than half a century.";
        const string source = "The agency counted 1,190 homes flooded by Thursday evening, and 310 homes destroyed.";
        var figures = FigureFinder.Find(claim, new TextSpan(0, claim.Length), null);

        var flooded = FigureCheck.Compare(figures.Single(f => f.Value == 1204), source, claim);
        Assert.Equal(1190, flooded.SourceFigure!.Value);
        Assert.Equal(FigureOutcome.Differs, flooded.Outcome);

        var destroyed = FigureCheck.Compare(figures.Single(f => f.Value == 310), source, claim);
        Assert.Equal(FigureOutcome.Matches, destroyed.Outcome);

        var half = figures.SingleOrDefault(f => f.Text.Contains("half"));
        if (half is not null) Assert.Equal(FigureOutcome.NotFound, FigureCheck.Compare(half, source, claim).Outcome);
    }
}
