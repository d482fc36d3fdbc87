using FactCheck.Core.Extraction;

namespace FactCheck.Core.Tests.Extraction;

public class StatementBufferTests
{
    [Fact]
    public void Edits_in_place_give_the_same_text_as_string_edits()
    {
        var b = StatementBuffer.Rent().Append("The river rose on Friday.");
        b.Insert(24, ", 13 March 2026");
        b.Replace(0, 3, "A");
        b[0] = 'a';
        b.TrimEnd(". ");
        Assert.Equal("a river rose on Friday, 13 March 2026", b.ToString());
        Assert.Equal("river", b.ToStringAndReturn(2, 5));
    }

    [Fact]
    public void Grows_past_its_first_capacity()
    {
        var b = StatementBuffer.Rent();
        var word = new string('x', 1000);
        for (var i = 0; i < 20; i++) b.Append(word).Append(' ');
        b.TrimEnd();
        Assert.Equal(20 * 1001 - 1, b.Length);
        b.Insert(0, "start ");
        Assert.StartsWith("start xxx", b.ToString(), StringComparison.Ordinal);
        b.Return();
        Assert.Equal(0, StatementBuffer.Rent().Length);
    }
}
