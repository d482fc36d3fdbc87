using FactCheck.Core.Extraction.Figures;
using FactCheck.Core.Sources;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Sources;

/// <summary>The source checks on a one-megabyte snapshot give the right answers; their speed is measured in tests/FactCheck.Benchmarks (SourceBenchmarks).</summary>
public class LargeSnapshotTests
{
    private const string Last = "The water authority said the “final” count was 7,777 homes in the north-\neast with no supply.";
    private static readonly string Varied = LargeSnapshots.Varied(1 << 20, Last);

    [Fact]
    public void Locating_a_passage_in_a_megabyte_finds_it()
    {
        var text = PassageLocatorTests.BigSnapshot(1 << 20);
        PassageLocation location = PassageLocation.NotFound;
        location = PassageLocator.Locate(text, "the \"final\" paragraph names 7,777 homes");
        Assert.True(location.Found);
    }

    [Fact]
    public void Suggesting_passages_in_a_megabyte_finds_the_best_one()
    {
        const string claim = "The water authority says 7,777 homes lost their water supply in the north-east.";
        var figures = FigureFinder.Find(claim, new TextSpan(0, claim.Length), null);
        IReadOnlyList<SuggestedPassage> suggestions = [];
        suggestions = PassageSuggester.Suggest(claim, figures, Varied);
        Assert.Equal(Last, suggestions[0].Text);
    }

    [Fact]
    public void Comparing_a_quotation_in_a_megabyte_finds_it_exactly()
    {
        QuoteComparison result = null!;
        result = QuoteCheck.Compare("the \"final\" count was 7,777 homes in the north-east", Varied);
        Assert.Equal(1.0, result.Fidelity);
        Assert.Equal("the “final” count was 7,777 homes in the north-\neast", Varied[result.SourceSpan!.Value.Start..result.SourceSpan.Value.End]);
    }

    [Fact]
    public void Checking_a_figure_reads_only_the_sentences_near_the_claim()
    {
        // The varied report holds about 18,000 figures, more than FigureFinder reads in one go.
        const string claim = "The water authority says 7,700 homes lost supply.";
        var figure = FigureFinder.Find(claim, new TextSpan(0, claim.Length), null).Single(f => f.Value == 7700);
        FigureComparison result = null!;
        result = FigureCheck.Compare(figure, Varied, claim);
        Assert.Equal(FigureOutcome.Differs, result.Outcome);
        Assert.Equal("source says 7,777 — differs by 1.0%", result.Message);
    }
}
