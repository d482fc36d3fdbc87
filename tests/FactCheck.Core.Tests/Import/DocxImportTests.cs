using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using FactCheck.Core.Import;
using static FactCheck.Core.Tests.Import.TestDocuments;

namespace FactCheck.Core.Tests.Import;

public sealed class DocxImportTests
{
    [Fact]
    public void Paragraphs_become_blank_line_separated_text_and_the_heading_is_the_title()
    {
        var docx = Docx(null,
            Para("Floods swamp city", "berschrift1"),
            Para(""),
            Para("By Helena Prado"),
            new Paragraph(new Run(new WordText("First line"), new Break(), new WordText("second line"))),
            new Paragraph(new Run(new WordText("Kept ")), new DeletedRun(new Run(new DeletedText("deleted "))), new Run(new WordText("text."))));

        var result = Upload("story.docx", docx);

        Assert.True(result.Ok, result.Error);
        Assert.Equal(ImportFormat.Docx, result.Format);
        Assert.Equal("Floods swamp city\n\nBy Helena Prado\n\nFirst line\nsecond line\n\nKept text.", result.Text);
        Assert.Equal("Floods swamp city", result.DetectedTitle);
    }

    [Fact]
    public void The_core_property_title_wins_over_a_styled_paragraph()
    {
        var result = Upload("story.docx", Docx("Core title", Para("Styled title", "Title"), Para("Body.")));

        Assert.True(result.Ok, result.Error);
        Assert.Equal("Core title", result.DetectedTitle);
    }

    [Fact]
    public void Paragraphs_inside_tables_are_read()
    {
        var table = new Table(new TableRow(new TableCell(Para("Cell text."))));
        var docx = Docx(null, Para("Before."));
        using (var stream = new MemoryStream())
        {
            stream.Write(docx);
            using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, true))
                document.MainDocumentPart!.Document!.Body!.AppendChild(table);
            docx = stream.ToArray();
        }

        var result = Upload("table.docx", docx);

        Assert.True(result.Ok, result.Error);
        Assert.Equal("Before.\n\nCell text.", result.Text);
    }

    [Fact]
    public void A_docx_with_no_text_is_refused()
    {
        var result = Upload("blank.docx", Docx(null, Para(""), Para("   ")));

        Assert.False(result.Ok);
        Assert.Contains("'blank.docx' holds no text", result.Error);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    [InlineData("zip-without-document")]
    public void A_corrupt_docx_is_explained(string kind)
    {
        var bytes = kind switch
        {
            "garbage" => "this is not a zip at all"u8.ToArray(),
            "truncated" => Docx(null, Para("Body."))[..200],
            _ => Zip(),
        };

        var result = Upload("broken.docx", bytes);

        Assert.False(result.Ok);
        Assert.Equal(
            "'broken.docx' could not be read as a Word document: it is damaged, password-protected, or not really a .docx. Open it in Word and save it again as .docx, or paste the text.",
            result.Error);
    }
}
