using FactCheck.Core.Extraction;

namespace FactCheck.Core.Tests.Extraction;

/// <summary>A cue inside reported content that repeats almost all of it ("said he didn't think X") is one claim, not two.</summary>
public class NestedEchoTests
{
    private static List<ExtractedClaim> Attributions(string text) =>
        new ClaimExtractor().Extract(text, cancellationToken: TestContext.Current.CancellationToken).Claims.Where(c => c.Kind == ClaimKind.Attribution).ToList();

    [Fact]
    public void Said_he_did_not_think_keeps_only_the_outer_attribution()
    {
        var claim = Assert.Single(Attributions("Headline\n\nMayor Ines Okafor said she didn't think the harbour accord went far enough to protect the fishing fleet."));
        Assert.Equal("Ines Okafor", claim.Speaker!.Name);
        Assert.Contains("she didn't think", claim.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void Declined_to_say_whether_keeps_only_the_outer_attribution()
    {
        var claim = Assert.Single(Attributions("Headline\n\nThe spokesman, Tomas Brink, declined to say whether the ferry contract broke the county's rules."));
        Assert.Equal("Tomas Brink", claim.Speaker!.Name);
    }

    [Fact]
    public void A_nested_report_with_its_own_short_content_stays()
    {
        var list = Attributions("Headline\n\nOkafor said that at the meeting on the new harbour wall, which lasted for more than four hours, the engineer told her it was safe.");
        Assert.Equal(2, list.Count);
    }
}
