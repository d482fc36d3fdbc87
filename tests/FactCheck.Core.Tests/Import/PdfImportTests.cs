using FactCheck.Core.Import;
using static FactCheck.Core.Tests.Import.TestDocuments;

namespace FactCheck.Core.Tests.Import;

public sealed class PdfImportTests
{
    [Fact]
    public void Pdf_text_keeps_its_lines_and_separates_pages()
    {
        var pdf = Pdf("Floods swamp city",
            ["Floods swamp city", "At least 1,204 homes were", "flooded on Thursday."],
            ["Page two text."]);

        var result = Upload("story.pdf", pdf);

        Assert.True(result.Ok, result.Error);
        Assert.Equal(ImportFormat.Pdf, result.Format);
        Assert.Equal("Floods swamp city\nAt least 1,204 homes were\nflooded on Thursday.\n\nPage two text.", result.Text);
        Assert.Equal("Floods swamp city", result.DetectedTitle);
    }

    [Fact]
    public void A_pdf_without_text_is_explained_as_probably_scanned()
    {
        var result = Upload("scan.pdf", Pdf(null, []));

        Assert.False(result.Ok);
        Assert.Equal("'scan.pdf' has no text layer to read; it is probably a scanned image. Run it through OCR first, or paste the text.", result.Error);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    public void A_corrupt_pdf_is_explained(string kind)
    {
        var bytes = kind == "garbage" ? "%PDF-1.7\nnot really a pdf"u8.ToArray() : Pdf(null, ["Some text."])[..120];

        var result = Upload("broken.pdf", bytes);

        Assert.False(result.Ok);
        Assert.Equal("'broken.pdf' could not be read as a PDF: it is damaged or not really a PDF. Open it and export it as PDF again, or paste the text.", result.Error);
    }
}
