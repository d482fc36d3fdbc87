using FactCheck.Core.Extraction;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Extraction;

public class SentenceSplitterTests
{
    private static List<string> Split(string text) =>
        SentenceSplitter.Split(text, new TextSpan(0, text.Length)).Select(s => s.Slice(text)).ToList();

    [Fact]
    public void Keeps_abbreviations_initials_and_decimals_inside_sentences()
    {
        var sentences = Split("Mr. Smith met Dr. J. R. Ortiz of Acme Inc. in the U.S. capital on Sept. 5 at No. 10. Growth was 3.5 percent. Sen. Alvarez agreed.");
        Assert.Equal(
        [
            "Mr. Smith met Dr. J. R. Ortiz of Acme Inc. in the U.S. capital on Sept. 5 at No. 10.",
            "Growth was 3.5 percent.",
            "Sen. Alvarez agreed.",
        ], sentences);
    }

    [Fact]
    public void Splits_after_quotes_that_end_sentences_but_not_before_the_attribution()
    {
        var sentences = Split("\"We are ready,\" she said. \"Are you?\" he asked. \"Yes.\" The talks ended... Then it rained.");
        Assert.Equal(["\"We are ready,\" she said.", "\"Are you?\" he asked.", "\"Yes.\"", "The talks ended...", "Then it rained."], sentences);
    }

    [Fact]
    public void Ends_a_sentence_after_US_when_a_new_sentence_starts()
    {
        Assert.Equal(["He moved to the U.S.", "The move paid off."], Split("He moved to the U.S. The move paid off."));
    }

    [Fact]
    public void Caps_very_long_sentences()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 2000));
        var sentences = SentenceSplitter.Split(text, new TextSpan(0, text.Length));
        Assert.True(sentences.Count > 1);
        Assert.All(sentences, s => Assert.True(s.Length <= SentenceSplitter.MaxSentenceLength * 2));
    }
}
