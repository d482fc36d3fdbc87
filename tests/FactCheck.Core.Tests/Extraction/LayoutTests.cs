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
    public void A_dateline_without_a_year_does_not_take_a_historic_year_from_the_body()
    {
        // "since 1998" is history; the story is this year's news, and its "Sunday" is this year's too.
        const string text = "Title\n\nVELDHAVEN, March 3 (Northwire) - The river rose 4.5 metres, the fastest rise recorded since 1998.";
        var result = new ClaimExtractor().Extract(text, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(new DateOnly(DateTime.UtcNow.Year, 3, 3), result.Published);
    }

    [Fact]
    public void A_dateline_without_a_year_takes_a_year_written_above_it()
    {
        const string text = "Title\n\nBy Mara Lind, May 12, 2024\n\nVELDHAVEN, March 3 (Northwire) - The river rose 4.5 metres in 2023.";
        var result = new ClaimExtractor().Extract(text, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(2024, result.Published!.Value.Year);
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

    private const string FiveLineHeadline = """
        Ceasefire talks resume in Port Maren as
        Unity leader vows to keep pressure on
        government; at least 14 killed in
        weekend clashes, hospital officials
        say
        """;

    private const string WholeHeadline =
        "Ceasefire talks resume in Port Maren as Unity leader vows to keep pressure on government; at least 14 killed in weekend clashes, hospital officials say";

    [Theory]
    [InlineData("\n\n", "\n\n")]
    [InlineData("\n", "\n")]
    [InlineData("\n\n", "\n")]
    public void A_headline_wrapped_over_five_lines_is_one_block_and_the_whole_title(string afterHeadline, string afterByline)
    {
        var text = FiveLineHeadline.TrimEnd() + afterHeadline + "By Tomas Okoro" + afterByline
            + "PORT MAREN, Oct 12 (Harbor Wire)--At least 14 people were killed and 60 wounded in\nclashes over the weekend.";
        var layout = LayoutAnalyzer.Analyze(text, null);
        Assert.Equal(WholeHeadline, layout.Title);
        Assert.Equal([BlockKind.Headline, BlockKind.Byline, BlockKind.Dateline, BlockKind.Paragraph], layout.Blocks.Select(b => b.Kind));
        Assert.Equal("At least 14 people were killed and 60 wounded in\nclashes over the weekend.", layout.Blocks[3].Span.Slice(text));
    }

    [Fact]
    public void Without_blank_lines_a_line_ending_in_a_word_that_cannot_end_a_sentence_is_wrapped()
    {
        const string text = "The state governor declared an emergency for\nCampo Sereno on Thursday.\nThe army sent boats to the\nValley district.\nWhat comes next\nThe council meets on Monday.";
        var paragraphs = LayoutAnalyzer.SplitParagraphs(text).Select(p => p.Slice(text)).ToList();
        Assert.Equal(["The state governor declared an emergency for\nCampo Sereno on Thursday.", "The army sent boats to the\nValley district.", "What comes next",
            "The council meets on Monday."], paragraphs);
    }

    [Fact]
    public void A_long_headline_is_stored_whole_by_the_intake()
    {
        using var temp = new TempDatabase();
        var articles = new FactCheck.Core.Data.ArticleStore(temp.Db, TimeProvider.System);
        var intake = new FactCheck.Core.Reviews.ArticleIntake(articles, new ClaimExtractor());
        var id = intake.Import(new FactCheck.Core.Reviews.ArticleDraft { Text = FiveLineHeadline + "\nPORT MAREN, Oct 12 (Harbor Wire)--Talks resumed on Monday." });
        Assert.Equal(WholeHeadline, articles.Get(id)!.Title);

        var untitled = intake.Import(new FactCheck.Core.Reviews.ArticleDraft { Text = "The river rose two meters overnight in the southern valley, flooding more than a thousand homes, officials said on Thursday. Rescue boats were sent." });
        Assert.Equal("The river rose two meters overnight in the southern valley, flooding more than a thousand homes, officials said on Thursday.", articles.Get(untitled)!.Title);
    }
}
