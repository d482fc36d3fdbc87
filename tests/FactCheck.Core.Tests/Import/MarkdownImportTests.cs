using FactCheck.Core.Import;
using static FactCheck.Core.Tests.Import.TestDocuments;

namespace FactCheck.Core.Tests.Import;

public sealed class MarkdownImportTests
{
    [Fact]
    public void Markdown_becomes_plain_paragraphs_with_the_first_h1_as_headline()
    {
        const string markdown = """
            Intro line before the heading.

            # Floods *swamp* the city

            The river rose **two meters**, said
            the [mayor](https://example.org/mayor) on `Thursday`.
            ![a photo](photo.jpg)

            > “We have never seen this,” she said.

            ## Aftermath

            - 46 people rescued
            - 2 missing

            ---
            <div>raw html block</div>

            Last paragraph.
            """;

        var result = Upload("story.md", markdown);

        Assert.True(result.Ok, result.Error);
        Assert.Equal(ImportFormat.Markdown, result.Format);
        Assert.Equal("Floods swamp the city", result.DetectedTitle);
        Assert.Equal(
            "Intro line before the heading.\n\nFloods swamp the city\n\nThe river rose two meters, said\nthe mayor on Thursday.\n\n" +
            "“We have never seen this,” she said.\n\nAftermath\n\n- 46 people rescued\n\n- 2 missing\n\nLast paragraph.",
            result.Text);
    }

    [Fact]
    public void Front_matter_gives_metadata_and_stays_out_of_the_text()
    {
        const string markdown = """
            ---
            title: "River hits record"
            author: Helena Prado
            date: 2026-03-12
            url: https://news.example/flood
            ---
            # Heading in body

            Body text.
            """;

        var result = Upload("story.markdown", markdown);

        Assert.True(result.Ok, result.Error);
        Assert.Equal("Heading in body\n\nBody text.", result.Text);
        Assert.Equal("River hits record", result.DetectedTitle);
        Assert.Equal("Helena Prado", result.DetectedAuthor);
        Assert.Equal(new DateOnly(2026, 3, 12), result.DetectedPublished);
        Assert.Equal("https://news.example/flood", result.DetectedUrl);
    }

    [Fact]
    public void Markdown_without_a_heading_has_no_title()
    {
        var result = Upload("note.md", "Just a paragraph\nwrapped.");

        Assert.True(result.Ok, result.Error);
        Assert.Null(result.DetectedTitle);
        Assert.Equal("Just a paragraph\nwrapped.", result.Text);
    }
}
