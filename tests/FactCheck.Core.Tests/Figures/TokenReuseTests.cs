using FactCheck.Core.Extraction;
using FactCheck.Core.Extraction.Figures;
using FactCheck.Core.Text;
using static FactCheck.Core.Tests.Figures.FigureTestHelpers;

namespace FactCheck.Core.Tests.Figures;

/// <summary>The extractor reuses one token buffer and word pool for every sentence: nothing may carry over from one to the next.</summary>
public class TokenReuseTests
{
    private static readonly string[] Sentences =
    [
        "At least 1,204 homes were flooded on Thursday and another 310 were destroyed.",
        "Nearly 40% of the city was without power.",
        "The Governor freed about $4.5bn in aid last October.",
        "Rain.",
        "He said 2,500 people were evacuated over three days, up from 1,900 the week before.",
    ];

    [Fact]
    public void A_reused_token_buffer_finds_what_a_fresh_one_finds()
    {
        var text = string.Join(' ', Sentences);
        var tokens = new Tokens(new WordPool());
        var scratch = new List<Figure>();
        // Long sentence, then short ones: stale tokens past the new end must not be read.
        foreach (var sentence in Sentences.Concat(Sentences.Reverse()))
        {
            var at = text.IndexOf(sentence, StringComparison.Ordinal);
            var range = new TextSpan(at, at + sentence.Length);
            var fresh = FigureFinder.Find(text, range, Article);
            var reused = FigureFinder.Find(text, range, Article, tokens, scratch);
            Assert.Equal(fresh, reused);
        }
    }

    [Fact]
    public void Words_and_lower_case_forms_are_those_of_the_current_text()
    {
        var tokens = new Tokens(new WordPool());
        tokens.Load("Thursday Homes", 0, 14);
        Assert.Equal("thursday", tokens.Lower(0));
        Assert.Equal("homes", tokens.Lower(1));
        tokens.Load("Friday", 0, 6);
        Assert.Equal(1, tokens.Count);
        Assert.Equal("Friday", tokens.Str(0));
        Assert.Equal("friday", tokens.Lower(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => tokens.Str(1));
    }
}
