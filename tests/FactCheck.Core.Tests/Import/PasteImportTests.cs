using FactCheck.Core.Import;

namespace FactCheck.Core.Tests.Import;

public sealed class PasteImportTests
{
    [Fact]
    public void Pasted_text_is_kept_apart_from_line_endings_and_trailing_whitespace()
    {
        var result = ArticleImporter.ImportText("\uFEFFHeadline\r\nBy Ana\r\n\r\n“Quote,” she said.  \r\n\r\n", ImportLimits.Default);

        Assert.True(result.Ok, result.Error);
        Assert.Equal("Headline\nBy Ana\n\n“Quote,” she said.", result.Text);
        Assert.Equal(ImportFormat.Pasted, result.Format);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    public void An_empty_paste_is_refused(string pasted)
    {
        var result = ArticleImporter.ImportText(pasted, ImportLimits.Default);

        Assert.False(result.Ok);
        Assert.Equal("The pasted text is empty or only whitespace. Paste the article's text.", result.Error);
    }

    [Fact]
    public void A_20_megabyte_paste_names_the_limit()
    {
        var result = ArticleImporter.ImportText(new string('x', 20_000_000), new ImportLimits());

        Assert.False(result.Ok);
        Assert.Equal(
            "The pasted text is 20,000,000 characters long, which is over the limit of 2,000,000 characters. Split the article and check it in parts.",
            result.Error);
    }

    [Fact]
    public void Limits_default_to_10_MB_and_2_million_characters()
    {
        var limits = new ImportLimits();

        Assert.Equal(10L * 1024 * 1024, limits.MaxFileBytes);
        Assert.Equal(2_000_000, limits.MaxTextChars);
    }
}
