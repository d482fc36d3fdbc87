using FactCheck.Core.Extraction;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Extraction;

public class LayoutTests
{
    [Fact]
    public void Finds_wrapped_headline_byline_dateline_caption_and_paragraphs()
    {
        var layout = LayoutAnalyzer.Analyze(SampleArticles.Floods, null);

        Assert.Equal("Floods Leave Thousands Homeless in Southern Chile", layout.Title);
        var kinds = layout.Blocks.Select(b => b.Kind).ToList();
        Assert.Equal([BlockKind.Headline, BlockKind.Byline, BlockKind.Dateline, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Caption, BlockKind.Paragraph, BlockKind.Paragraph], kinds);
        Assert.Equal("SANTIAGO, March 4 (Reuters) -", layout.Dateline!.Span.Slice(SampleArticles.Floods));
        Assert.StartsWith("Chile", layout.Blocks[3].Span.Slice(SampleArticles.Floods), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WASHINGTON, Sept. 12 (AP)--The Senate voted.", "WASHINGTON", 9, 12, "AP")]
    [InlineData("NAIROBI (Reuters) - Kenya's central bank held rates.", "NAIROBI", null, null, "Reuters")]
    [InlineData("LIMA, Peru, March 3 \u2014 Voters went to the polls.", "LIMA, Peru", 3, 3, null)]
    [InlineData("DES MOINES - The caucuses began.", "DES MOINES", null, null, null)]
    public void Parses_dateline_variants(string paragraph, string place, int? month, int? day, string? agency)
    {
        var text = "Headline\n\n" + paragraph;
        var layout = LayoutAnalyzer.Analyze(text, new DateOnly(2025, 1, 1));
        var d = layout.Dateline;
        Assert.NotNull(d);
        Assert.Equal(place, d.Place);
        Assert.Equal(agency, d.Agency);
        Assert.Equal(month is null ? null : new DateOnly(2025, month.Value, day!.Value), d.Date);
    }

    [Fact]
    public void Article_date_comes_from_the_dateline_when_not_given()
    {
        var result = new ClaimExtractor().Extract("Title\n\nLONDON, June 2, 2024 (Reuters) - The mayor said the bridge would reopen.", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(new DateOnly(2024, 6, 2), result.Published);
        Assert.Equal("Title", result.Title);
    }

    [Fact]
    public void A_sentence_with_a_dash_is_not_a_dateline()
    {
        var layout = LayoutAnalyzer.Analyze("Title\n\nThe plan - critics say - is late.", null);
        Assert.Null(layout.Dateline);
    }

    [Fact]
    public void Single_line_breaks_separate_paragraphs_when_the_text_has_no_blank_lines()
    {
        const string text = "The council met on Monday and approved the budget after a long debate.\nThe mayor said the vote was fair.";
        var paragraphs = LayoutAnalyzer.SplitParagraphs(text);
        Assert.Equal(2, paragraphs.Count);
    }
}
