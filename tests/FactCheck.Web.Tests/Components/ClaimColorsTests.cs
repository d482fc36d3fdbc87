using FactCheck.Core.Reviews;
using FactCheck.Web.Components.Shared;

namespace FactCheck.Web.Tests.Components;

/// <summary>Verdict colours are the administrator's choice: the text drawn on them and in them must still read (WCAG AA, 4.5:1).</summary>
public class ClaimColorsTests
{
    public static TheoryData<string> Colours()
    {
        var data = new TheoryData<string>();
        foreach (var v in VerdictScale.Default.Verdicts) data.Add(v.Color);
        // The corners and the middle of the cube, where neither black nor white is an easy win.
        foreach (var c in new[] { "#ffffff", "#000000", "#808080", "#777777", "#ff0000", "#00ff00", "#0000ff", "#ffff00", "#e64a19", "#607d8b" }) data.Add(c);
        return data;
    }

    [Theory]
    [MemberData(nameof(Colours))]
    public void Text_on_a_verdict_colour_and_text_in_it_reach_AA(string colour)
    {
        var background = ClaimColors.Luminance(colour)!.Value;
        var text = ClaimColors.Luminance(ClaimColors.TextOn(colour))!.Value;
        Assert.True(Ratio(background, text) >= 4.5, $"{ClaimColors.TextOn(colour)} on {colour}: {Ratio(background, text):F2}:1");

        var ink = ClaimColors.InkOnWhite(colour);
        Assert.True(Ratio(1.0, ClaimColors.Luminance(ink)!.Value) >= 5.0, $"{ink} on white");
    }

    [Fact]
    public void A_colour_that_already_reads_on_white_is_kept()
    {
        Assert.Equal("#2e7d32", ClaimColors.InkOnWhite("#2e7d32"));
        Assert.Equal("#ffffff", ClaimColors.TextOn("#2e7d32"));
        Assert.Equal("#000000", ClaimColors.TextOn("#f9a825"));
    }

    [Fact]
    public void Anything_but_a_hex_colour_gets_plain_dark_text() =>
        Assert.Equal("#000000", ClaimColors.TextOn("red"));

    private static double Ratio(double a, double b) => ClaimColors.Contrast(Math.Max(a, b), Math.Min(a, b));
}
