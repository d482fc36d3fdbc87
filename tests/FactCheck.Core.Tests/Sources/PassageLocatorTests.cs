using System.Text;
using FactCheck.Core.Sources;

namespace FactCheck.Core.Tests.Sources;

public class PassageLocatorTests
{
    private const string Snapshot = "Mayor Ana Ruiz said the “flood-\nwaters had reached the old bridge” before midnight.\n\n" +
        "The agency’s count — 1,204 homes — was   revised on  Friday.\r\nSome said «enough» and LEFT.";

    [Theory]
    [InlineData("the \"floodwaters had reached the old bridge\"", "the “flood-\nwaters had reached the old bridge”")]
    [InlineData("flood-waters had reached", "flood-\nwaters had reached")]
    [InlineData("FLOODWATERS HAD REACHED", "flood-\nwaters had reached")]
    [InlineData("The agency's count - 1,204 homes - was revised on Friday.", "The agency’s count — 1,204 homes — was   revised on  Friday.")]
    [InlineData("was revised\non Friday. Some said", "was   revised on  Friday.\r\nSome said")]
    [InlineData("said \"enough\" and left", "said «enough» and LEFT")]
    [InlineData("  midnight.  ", "midnight.")]
    public void Finds_passages_despite_copying_differences(string passage, string expectedExact)
    {
        var location = PassageLocator.Locate(Snapshot, passage);
        Assert.True(location.Found, $"not found: {passage}");
        var position = location.Position!.Value;
        Assert.Equal(expectedExact, Snapshot[position.Start..position.End]);
        Assert.Equal(expectedExact, location.Quote!.Exact);
        Assert.Equal(Snapshot[Math.Max(0, position.Start - 32)..position.Start], location.Quote.Prefix);
        Assert.Equal(Snapshot[position.End..Math.Min(Snapshot.Length, position.End + 32)], location.Quote.Suffix);
    }

    [Theory]
    [InlineData("1,240 homes")]
    [InlineData("the floodwaters reached the new bridge")]
    [InlineData("   ")]
    public void Reports_passages_that_are_not_there(string passage)
    {
        var location = PassageLocator.Locate(Snapshot, passage);
        Assert.False(location.Found);
        Assert.Null(location.Position);
        Assert.Null(location.Quote);
    }

    [Fact]
    public void Counts_repeated_passages_and_anchors_the_first()
    {
        var location = PassageLocator.Locate("Rain fell. Rain fell again.", "rain fell");
        Assert.Equal(2, location.Occurrences);
        Assert.Equal(new TextPositionSelector(0, 9), location.Position);
    }

    internal static string BigSnapshot(int size)
    {
        var sb = new StringBuilder(size + 200);
        var i = 0;
        while (sb.Length < size)
            sb.Append("Paragraph ").Append(i++).Append(" reports that the   council met on Tuesday and rain fell across\nthe north-\neast of the province.\n\n");
        sb.Append("The “final” paragraph names 7,777 homes.");
        return sb.ToString();
    }
}
