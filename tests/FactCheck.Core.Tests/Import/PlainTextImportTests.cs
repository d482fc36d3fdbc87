using System.Text;
using FactCheck.Core.Import;
using static FactCheck.Core.Tests.Import.TestDocuments;

namespace FactCheck.Core.Tests.Import;

public sealed class PlainTextImportTests
{
    [Fact]
    public void Utf8_text_is_kept_as_given_except_line_endings_bom_and_trailing_whitespace()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("  Headline\r\nover two lines\r\n\r\nBody “quoted”\u00a0text\rlast line \n\n  \t")).ToArray();

        var result = Upload("story.txt", bytes);

        Assert.True(result.Ok, result.Error);
        Assert.Equal("  Headline\nover two lines\n\nBody “quoted”\u00a0text\nlast line", result.Text);
        Assert.Equal(ImportFormat.PlainText, result.Format);
        Assert.Null(result.DetectedTitle);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void Text_with_a_unicode_bom_is_decoded(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("São Paulo — “quote”\r\nnext")).ToArray();

        var result = Upload("story.TXT", bytes);

        Assert.True(result.Ok, result.Error);
        Assert.Equal("São Paulo — “quote”\nnext", result.Text);
    }

    [Fact]
    public void Text_without_sentence_punctuation_is_accepted()
    {
        var result = Upload("notes.txt", "flood warning issued\nriver rising");

        Assert.True(result.Ok, result.Error);
        Assert.Equal("flood warning issued\nriver rising", result.Text);
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_the_byte_and_position_rather_than_decoded_as_mojibake()
    {
        // Valid UTF-8 "é" proves the file is UTF-8, so the stray 0xFF cannot be read as Windows-1252.
        var bytes = Encoding.UTF8.GetBytes("Café opens. ").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes(" More.")).ToArray();

        var result = Upload("cafe.txt", bytes);

        Assert.False(result.Ok);
        Assert.Contains("'cafe.txt' is not valid UTF-8", result.Error);
        Assert.Contains("0xFF at position 13", result.Error);
        Assert.Contains("Save it as UTF-8", result.Error);
    }

    [Fact]
    public void A_truncated_utf8_sequence_is_refused()
    {
        var result = Upload("cut.txt", [.. Encoding.UTF8.GetBytes("Ação "), 0xE2, 0x80]);

        Assert.False(result.Ok);
        Assert.Contains("not valid UTF-8", result.Error);
    }

    [Fact]
    public void Clearly_windows_1252_text_is_decoded_as_1252()
    {
        // "Café “quoted” – ok" as Windows-1252: E9 é, 93/94 curly quotes, 96 en dash; no UTF-8 sequence anywhere.
        byte[] bytes = [.. "Caf"u8, 0xE9, (byte)' ', 0x93, .. "quoted"u8, 0x94, (byte)' ', 0x96, .. " ok"u8];

        var result = Upload("ansi.txt", bytes);

        Assert.True(result.Ok, result.Error);
        Assert.Equal("Café “quoted” – ok", result.Text);
    }

    [Fact]
    public void Utf8_with_bom_but_broken_bytes_is_refused()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "abc"u8, 0xC3];

        var result = Upload("bom.txt", bytes);

        Assert.False(result.Ok);
        Assert.Contains("not valid UTF-8", result.Error);
    }
}
