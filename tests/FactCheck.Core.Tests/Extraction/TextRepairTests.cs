using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Extraction;

public class TextRepairTests
{
    [Fact]
    public void Normalises_quotes_spaces_wraps_and_hyphenation_but_maps_back_to_the_original()
    {
        const string original = "\u201CWe won,\u201D she\u00A0said of the elec-\ntion\nresult. ''Fine.''";
        var repaired = TextRepairer.Repair(original);

        Assert.Equal("\"We won,\" she said of the election result. \"Fine.\"", repaired.Analysis);
        var at = repaired.Analysis.IndexOf("election", StringComparison.Ordinal);
        var span = repaired.ToOriginal(at, at + "election".Length);
        Assert.Equal("elec-\ntion", span.Slice(original));
        var quote = repaired.Analysis.IndexOf("\"Fine.\"", StringComparison.Ordinal);
        Assert.Equal("''Fine.''", repaired.ToOriginal(quote, quote + 7).Slice(original));
    }

    [Fact]
    public void ToAnalysis_inverts_ToOriginal()
    {
        const string original = "A\u00A0\u00A0b  c\r\nd";
        var repaired = TextRepairer.Repair(original);
        Assert.Equal("A b c d", repaired.Analysis);
        var d = repaired.Analysis.IndexOf('d');
        Assert.Equal(d, repaired.ToAnalysis(repaired.ToOriginal(d, d + 1).Start));
    }

    [Fact]
    public void Every_claim_span_slices_the_original_text()
    {
        var result = new FactCheck.Core.Extraction.ClaimExtractor().Extract(SampleArticles.Floods, cancellationToken: TestContext.Current.CancellationToken);
        Assert.NotEmpty(result.Claims);
        foreach (var c in result.Claims)
        {
            Assert.InRange(c.Span.Start, 0, SampleArticles.Floods.Length);
            Assert.InRange(c.Span.End, c.Span.Start, SampleArticles.Floods.Length);
            foreach (var s in c.Content ?? []) Assert.True(s.Start >= c.Span.Start && s.End <= c.Span.End, $"content {s} outside claim {c.Span}");
            if (c.Speaker is { } speaker) Assert.Equal(speaker.Mention, speaker.Span.Slice(SampleArticles.Floods));
            if (c.Cue is { } cue) Assert.Equal(cue.Text, cue.Span.Slice(SampleArticles.Floods));
        }
    }
}
