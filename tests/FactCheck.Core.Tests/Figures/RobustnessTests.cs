using System.Diagnostics;
using FactCheck.Core.Extraction.Figures;
using FactCheck.Core.Text;
using static FactCheck.Core.Tests.Figures.FigureTestHelpers;

namespace FactCheck.Core.Tests.Figures;

[Collection(HostileInputCollection.Name)]
public class RobustnessTests
{
    public static TheoryData<string, string> HostileInputs() => new()
    {
        { "digits", new string('7', 5_000_000) },
        { "digits with commas", string.Concat(Enumerable.Repeat("1,", 1_000_000)) },
        { "emoji", string.Concat(Enumerable.Repeat("😀 12 🎉", 300_000)) },
        { "rtl", string.Concat(Enumerable.Repeat("مرحبا ١٢٣ שלום 45 ", 150_000)) },
        { "dashes", string.Concat(Enumerable.Repeat("1-2-3-", 500_000)) },
        { "qualifiers", string.Concat(Enumerable.Repeat("more than about nearly ", 200_000)) },
        { "lone surrogates", new string('\uD800', 100_000) + "5 km" + new string('\uDC00', 100_000) },
        { "lists", string.Concat(Enumerable.Repeat("1, 2 and ", 100_000)) },
        { "comma lists", string.Concat(Enumerable.Repeat("4.5 kg, ", 100_000)) },
        { "dimensions", string.Concat(Enumerable.Repeat("3 × ", 100_000)) },
        { "ratios and fractions", string.Concat(Enumerable.Repeat("1:2/3:", 100_000)) },
        { "brackets", string.Concat(Enumerable.Repeat("(1, 0, ", 100_000)) },
        { "labels", string.Concat(Enumerable.Repeat("of turbine 3 ", 100_000)) },
        { "stacked qualifiers", string.Concat(Enumerable.Repeat("up to at least ~ ", 100_000)) },
        { "respectively", string.Concat(Enumerable.Repeat("5 and 7 respectively ", 100_000)) },
    };

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Hostile_input_is_quick_and_never_throws(string name, string text)
    {
        var watch = Stopwatch.StartNew();
        var figures = FigureFinder.Find(text, new TextSpan(0, text.Length), Article);
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{name} took {watch.Elapsed}");
        Assert.All(figures, f => Assert.True(f.Span.Start >= 0 && f.Span.End <= text.Length && f.Text == f.Span.Slice(text)));
    }

    [Fact]
    public void Long_runs_of_digits_are_not_figures() =>
        Assert.Empty(Find(new string('9', 100)));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("%%% $$$ ~~~ ±±± °°°")]
    public void Degenerate_text_gives_nothing(string text) => Assert.Empty(Find(text));

    [Fact]
    public void Spans_stay_inside_the_range_and_point_into_the_text()
    {
        const string text = "Before 12 km. Inside 30 homes were lost. After 7 km.";
        var start = text.IndexOf("Inside", StringComparison.Ordinal);
        var end = text.IndexOf("After", StringComparison.Ordinal);
        var figures = FigureFinder.Find(text, new TextSpan(start, end), null);
        var figure = Assert.Single(figures);
        Assert.Equal("30", figure.Text);
        Assert.Equal("30", text[figure.Span.Start..figure.Span.End]);
    }

    [Fact]
    public void Out_of_bounds_range_is_clamped() =>
        Assert.Single(FigureFinder.Find("It weighs 5 kg.", new TextSpan(-10, 1000), null));
}
