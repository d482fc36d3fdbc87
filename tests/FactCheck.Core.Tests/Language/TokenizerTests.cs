using FactCheck.Core.Language;

namespace FactCheck.Core.Tests.Language;

public class TokenizerTests
{
    private static string[] Tokens(string text) => [.. Tokenizer.Tokenize(text, 0, text.Length).Select(t => text[t.Start..t.End])];

    [Theory]
    [InlineData("Mayor Ana Ruiz said the council had approved $35 million.", "Mayor|Ana|Ruiz|said|the|council|had|approved|$|35|million|.")]
    [InlineData("“We won’t back down,” she told reporters on Thursday.", "“|We|wo|n’t|back|down|,|”|she|told|reporters|on|Thursday|.")]
    [InlineData("\"We don't know,\" Ruiz's aide said.", "\"|We|do|n't|know|,|\"|Ruiz|'s|aide|said|.")]
    [InlineData("we're sure it's Dr. Lee's e-mail", "we|'re|sure|it|'s|Dr.|Lee|'s|e-mail")]
    [InlineData("The U.S. paid 3.5% on 1,204 loans.", "The|U.S.|paid|3.5|%|on|1,204|loans|.")]
    [InlineData("I can't, and I cannot (really).", "I|ca|n't|,|and|I|can|not|(|really|)|.")]
    [InlineData("a 35-year-old man—a teacher—was hurt...", "a|35-year-old|man|—|a|teacher|—|was|hurt|...")]
    [InlineData("Write to info@example.org or see https://example.org/a.", "Write|to|info@example.org|or|see|https://example.org/a|.")]
    [InlineData("He moved to the U.S.", "He|moved|to|the|U.S.")]
    [InlineData("The players' union met at 10:30 a.m. on Monday.", "The|players|'|union|met|at|10:30|a.m.|on|Monday|.")]
    public void Splits_the_way_UD_English_EWT_does(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Fact]
    public void Offsets_point_into_the_original_text()
    {
        const string text = "Headline\n\nMayor Ana Ruiz said it.  Next sentence.";
        var start = text.IndexOf("Mayor", StringComparison.Ordinal);
        var end = text.IndexOf("Next", StringComparison.Ordinal) - 2;
        var tokens = Tokenizer.Tokenize(text, start, end);
        Assert.Equal(["Mayor", "Ana", "Ruiz", "said", "it", "."], tokens.Select(t => text[t.Start..t.End]));
        Assert.Equal(start, tokens[0].Start);
        Assert.Equal(end, tokens[^1].End);
    }

    [Fact]
    public void A_range_outside_the_text_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Tokenizer.Tokenize("short", 2, 99));
}
