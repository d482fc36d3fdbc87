using FactCheck.Core.Extraction;

namespace FactCheck.Core.Tests.Extraction;

public class SpeakerResolverTests
{
    [Fact]
    public void A_subject_that_starts_with_a_quoted_capitalised_word_is_read_without_an_error()
    {
        // "“Crooked” Hillary Clinton said ...": the parse gives the subject from the quoted nickname on.
        const string text = "“Crooked” Hillary Clinton";
        var tokens = Tokenizer.Tokenize(text, new Text.TextSpan(0, text.Length), [new Quotation(0, 9, false)]);
        var from = tokens.FindIndex(t => t.Text == "Crooked");
        Assert.True(tokens[from].InQuote);
        var speaker = new SpeakerResolver().Resolve(tokens, from, tokens.Count);
        Assert.NotNull(speaker);
        Assert.Equal("Hillary Clinton", speaker.Name);
    }

    [Fact]
    public void A_subject_whose_first_token_is_a_quoted_capitalised_word_does_not_fail()
    {
        // It read the token before the first one (an index out of range) and stopped the whole extraction.
        var tokens = new List<Token> { new(0, 7, "Crooked", true, true), new(8, 13, "crowd", true, false) };
        var error = Record.Exception(() => new SpeakerResolver().Resolve(tokens, 0, 2));
        Assert.Null(error);
    }
}
