using FactCheck.Core.Sources;

namespace FactCheck.Core.Tests.Sources;

public class QuoteCheckTests
{
    private const string Source = """
        Press conference, 12 March.

        Mayor Ana Ruiz said: “We will rebuild every home that the river took, and we will not leave anyone behind. The money is already in the budget, and the first crews start on Monday.”

        Asked about the dam, she said the inspection found “no structural damage at all.”
        """;

    [Fact]
    public void Exact_quotation_has_full_fidelity()
    {
        var result = QuoteCheck.Compare("We will rebuild every home that the river took", Source);
        Assert.True(result.Found);
        Assert.Equal(1.0, result.Fidelity);
        Assert.All(result.Diff, t => Assert.Equal(DiffKind.Equal, t.Kind));
        Assert.Equal("We will rebuild every home that the river took", Source[result.SourceSpan!.Value.Start..result.SourceSpan.Value.End]);
        Assert.Equal("The quotation matches the source word for word.", result.Message);
    }

    [Fact]
    public void Case_quotes_and_line_breaks_do_not_count()
    {
        var result = QuoteCheck.Compare("\"no structural\ndamage AT ALL\"", Source);
        Assert.Equal(1.0, result.Fidelity);
    }

    [Fact]
    public void Omitted_word_is_reported()
    {
        var result = QuoteCheck.Compare("We will rebuild every home the river took", Source);
        var omitted = Assert.Single(result.Diff, t => t.Kind == DiffKind.Omitted);
        Assert.Equal("that", omitted.SourceWord);
        Assert.False(omitted.ByEllipsis);
        Assert.Equal("that", Source[omitted.SourceSpan!.Value.Start..omitted.SourceSpan.Value.End]);
        Assert.True(result.Found);
        Assert.InRange(result.Fidelity, 0.85, 0.95);
    }

    [Fact]
    public void Changed_word_is_reported()
    {
        var result = QuoteCheck.Compare("We will rebuild every house that the river took", Source);
        var changed = Assert.Single(result.Diff, t => t.Kind == DiffKind.Changed);
        Assert.Equal(("house", "home"), (changed.QuoteWord, changed.SourceWord));
        Assert.Equal(0.889, result.Fidelity); // 8 of 9 words
        Assert.Contains("1 word(s) changed", result.Message);
    }

    [Fact]
    public void Added_word_is_reported()
    {
        var result = QuoteCheck.Compare("We will rebuild every single home that the river took", Source);
        var added = Assert.Single(result.Diff, t => t.Kind == DiffKind.Added);
        Assert.Equal("single", added.QuoteWord);
        Assert.Equal("single", "We will rebuild every single home that the river took"[added.QuoteSpan!.Value.Start..added.QuoteSpan.Value.End]);
        Assert.InRange(result.Fidelity, 0.85, 0.95);
    }

    [Theory]
    [InlineData("We will rebuild every home ... and the first crews start on Monday")]
    [InlineData("We will rebuild every home … and the first crews start on Monday")]
    [InlineData("We will rebuild every home [...] and the first crews start on Monday")]
    public void Words_cut_at_an_ellipsis_are_flagged_and_forgiven(string quotation)
    {
        var result = QuoteCheck.Compare(quotation, Source);
        Assert.True(result.UsesEllipsis);
        Assert.Equal(1.0, result.Fidelity);
        var cut = result.Diff.Where(t => t.ByEllipsis).Select(t => t.SourceWord).ToList();
        Assert.Equal("that the river took and we will not leave anyone behind The money is already in the budget".Split(' '), cut);
        Assert.All(result.Diff.Where(t => !t.ByEllipsis), t => Assert.Equal(DiffKind.Equal, t.Kind));
        Assert.Contains("cut where it shows an ellipsis", result.Message);
    }

    [Fact]
    public void Cut_without_an_ellipsis_costs_fidelity()
    {
        var result = QuoteCheck.Compare("We will rebuild every home and we will not leave anyone behind", Source);
        Assert.Equal(["that", "the", "river", "took"], result.Diff.Where(t => t.Kind == DiffKind.Omitted).Select(t => t.SourceWord));
        Assert.All(result.Diff, t => Assert.False(t.ByEllipsis));
        Assert.Equal(0.75, result.Fidelity); // 12 equal of 16 that count
        Assert.Contains("4 word(s) left out without an ellipsis", result.Message);
    }

    [Fact]
    public void Unrelated_quotation_is_not_found()
    {
        var result = QuoteCheck.Compare("Taxes will be cut for small farmers next year", Source);
        Assert.False(result.Found);
    }
}
