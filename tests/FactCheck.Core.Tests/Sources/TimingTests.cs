using FactCheck.Core.Extraction.Figures;
using FactCheck.Core.Sources;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Sources;

/// <summary>The time budgets of PRODUCT's source checks on a one-megabyte snapshot (Debug build, shared cores).</summary>
[Collection(nameof(Timing))]
public class TimingTests
{
    private const string Last = "The water authority said the “final” count was 7,777 homes in the north-\neast with no supply.";
    private static readonly string Varied = Timing.VariedSnapshot(1 << 20, Last);

    [Fact]
    public void Locating_a_passage_takes_under_50_ms()
    {
        var text = PassageLocatorTests.BigSnapshot(1 << 20);
        PassageLocation location = PassageLocation.NotFound;
        var best = Timing.Best(() => location = PassageLocator.Locate(text, "the \"final\" paragraph names 7,777 homes"));
        Assert.True(location.Found);
        Assert.True(best < TimeSpan.FromMilliseconds(50), $"took {best.TotalMilliseconds:0.0} ms");
    }

    [Fact]
    public void Suggesting_passages_takes_under_50_ms()
    {
        const string claim = "The water authority says 7,777 homes lost their water supply in the north-east.";
        var figures = FigureFinder.Find(claim, new TextSpan(0, claim.Length), null);
        IReadOnlyList<SuggestedPassage> suggestions = [];
        var best = Timing.Best(() => suggestions = PassageSuggester.Suggest(claim, figures, Varied));
        Assert.Equal(Last, suggestions[0].Text);
        Assert.True(best < TimeSpan.FromMilliseconds(50), $"took {best.TotalMilliseconds:0.0} ms");
    }

    [Fact]
    public void Comparing_a_quotation_stays_bounded()
    {
        QuoteComparison result = null!;
        var best = Timing.Best(() => result = QuoteCheck.Compare("the \"final\" count was 7,777 homes in the north-east", Varied));
        Assert.Equal(1.0, result.Fidelity);
        Assert.Equal("the “final” count was 7,777 homes in the north-\neast", Varied[result.SourceSpan!.Value.Start..result.SourceSpan.Value.End]);
        Assert.True(best < TimeSpan.FromMilliseconds(500), $"took {best.TotalMilliseconds:0.0} ms");
    }

    [Fact]
    public void Checking_a_figure_reads_only_the_sentences_near_the_claim()
    {
        // The varied report holds about 18,000 figures, more than FigureFinder reads in one go.
        const string claim = "The water authority says 7,700 homes lost supply.";
        var figure = FigureFinder.Find(claim, new TextSpan(0, claim.Length), null).Single(f => f.Value == 7700);
        FigureComparison result = null!;
        var best = Timing.Best(() => result = FigureCheck.Compare(figure, Varied, claim));
        Assert.Equal(FigureOutcome.Differs, result.Outcome);
        Assert.Equal("source says 7,777 — differs by 1.0%", result.Message);
        Assert.True(best < TimeSpan.FromMilliseconds(200), $"took {best.TotalMilliseconds:0.0} ms");
    }
}
