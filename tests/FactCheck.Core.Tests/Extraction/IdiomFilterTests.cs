using FactCheck.Core.Extraction;

namespace FactCheck.Core.Tests.Extraction;

/// <summary>Cue words used in idioms, asides and measures carry no attribution.</summary>
public class IdiomFilterTests
{
    private static List<ExtractedClaim> Attributions(string sentence) =>
        new ClaimExtractor().Extract("Headline\n\n" + sentence, cancellationToken: TestContext.Current.CancellationToken).Claims.Where(c => c.Kind == ClaimKind.Attribution).ToList();

    [Theory]
    [InlineData("The harbour board searched the files as it saw fit.")]
    [InlineData("Sell the rumor, buy the fact, as the old saw goes.")]
    [InlineData("Ferry traffic between the two towns declined 40 percent in the first half of the year.")]
    [InlineData("People tend to trust those they know or are acquainted with.")]
    [InlineData("And he refused, generally, to the end.")]
    [InlineData("A year later, Mayor Okafor called Lena Brink.")]
    [InlineData("Others did not return calls and emails seeking comment.")]
    [InlineData("The council must find another way of doing what the tolls are supposed to do.")]
    public void No_attribution(string sentence) => Assert.Empty(Attributions(sentence));

    [Fact]
    public void Saw_that_is_still_a_belief()
    {
        Assert.Single(Attributions("All of a sudden, voters in Harlow saw that Okafor could actually win."));
    }

    [Fact]
    public void According_to_after_a_frame_adds_no_second_attribution()
    {
        var list = Attributions("\"Is this a priority because it is an election year?\" Okafor said at a press conference, according to the Harlow Sun.");
        Assert.Equal("Okafor", Assert.Single(list).Speaker!.Name);
    }
}
