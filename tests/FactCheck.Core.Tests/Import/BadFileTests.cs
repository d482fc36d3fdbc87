using System.Text;
using FactCheck.Core.Import;
using static FactCheck.Core.Tests.Import.TestDocuments;

namespace FactCheck.Core.Tests.Import;

public sealed class BadFileTests
{
    [Fact]
    public void A_zip_renamed_txt_is_called_binary_and_named_as_a_zip()
    {
        var result = Upload("report.txt", Zip());

        Assert.False(result.Ok);
        Assert.Equal(
            "The file is not text: 'report.txt' looks like binary data (a ZIP archive?). Upload a .txt, .md, .html, .docx or .pdf file, or paste the text.",
            result.Error);
    }

    [Fact]
    public void A_pdf_renamed_txt_is_named_as_a_pdf()
    {
        var result = Upload("article.txt", Pdf(null, ["Hello"]));

        Assert.False(result.Ok);
        Assert.Contains("(a PDF document?)", result.Error);
    }

    [Fact]
    public void Bytes_with_nul_characters_are_binary()
    {
        var result = Upload("data.txt", [.. "text"u8, 0x00, 0x01, 0x02, .. "more"u8]);

        Assert.False(result.Ok);
        Assert.StartsWith("The file is not text: 'data.txt' looks like binary data.", result.Error);
    }

    [Fact]
    public void Text_dense_with_control_characters_is_binary_even_without_nul()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 + i % 20 : 'a' + i % 26)).ToArray();

        var result = Upload("noise.md", bytes);

        Assert.False(result.Ok);
        Assert.Contains("looks like binary data", result.Error);
    }

    [Fact]
    public void A_stray_form_feed_does_not_make_text_binary()
    {
        var result = Upload("page.txt", "Page one.\fPage two.");

        Assert.True(result.Ok, result.Error);
    }

    [Fact]
    public void Utf16_without_bom_is_recognised_and_explained()
    {
        var result = Upload("win.txt", Encoding.Unicode.GetBytes("Plain article text in UTF-16."));

        Assert.False(result.Ok);
        Assert.Contains("UTF-16 text without a byte-order mark", result.Error);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var result = Upload("empty.txt", Array.Empty<byte>());

        Assert.False(result.Ok);
        Assert.Equal("'empty.txt' is empty (0 bytes). Check that you chose the right file.", result.Error);
    }

    [Theory]
    [InlineData("blank.txt")]
    [InlineData("blank.md")]
    [InlineData("blank.html")]
    public void A_whitespace_only_file_is_refused(string fileName)
    {
        var result = Upload(fileName, " \r\n\t \n\u00a0 ");

        Assert.False(result.Ok);
        Assert.Equal($"'{fileName}' holds no text, only whitespace or markup. Check that you chose the right file.", result.Error);
    }

    [Fact]
    public void A_file_over_the_size_limit_says_its_size_and_the_limit()
    {
        var result = ArticleImporter.ImportFile("big.txt", new MemoryStream(new byte[20 * 1024 * 1024]), new ImportLimits());

        Assert.False(result.Ok);
        Assert.Contains("'big.txt' is 20.0 MB, which is over the 10 MB limit", result.Error);
    }

    [Fact]
    public void An_unseekable_stream_over_the_limit_is_stopped_at_the_limit()
    {
        var limits = new ImportLimits { MaxFileBytes = 1024 };
        using var stream = new UnseekableStream(new MemoryStream(new byte[5000]));

        var result = ArticleImporter.ImportFile("big.txt", stream, limits);

        Assert.False(result.Ok);
        Assert.Equal("'big.txt' is over the 1 KB limit. Split the article into parts, or paste only the article's text.", result.Error);
    }

    [Fact]
    public void A_file_exactly_at_the_limit_is_accepted()
    {
        var result = Upload("edge.txt", new string('a', 1024), new ImportLimits { MaxFileBytes = 1024 });

        Assert.True(result.Ok, result.Error);
    }

    [Fact]
    public void Text_extracted_from_a_file_is_held_to_the_character_limit()
    {
        var result = Upload("long.txt", new string('a', 101), new ImportLimits { MaxTextChars = 100 });

        Assert.False(result.Ok);
        Assert.Equal("The text of 'long.txt' is 101 characters long, which is over the limit of 100 characters. Split the article and check it in parts.", result.Error);
    }

    [Theory]
    [InlineData("notes.rtf", "'notes.rtf' is a .rtf file, which cannot be imported.")]
    [InlineData("README", "'README' has no file extension, so its format is unknown.")]
    [InlineData(@"C:\Users\ana\story.odt", "'story.odt' is a .odt file")]
    public void An_unknown_extension_is_refused_listing_accepted_types(string fileName, string expected)
    {
        var result = Upload(fileName, "Some text.");

        Assert.False(result.Ok);
        Assert.StartsWith(expected, result.Error);
        Assert.EndsWith("Upload a .txt, .md, .html, .docx or .pdf file, or paste the text.", result.Error);
    }

    [Fact]
    public void An_old_word_doc_gets_a_save_as_docx_hint()
    {
        var result = Upload("story.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

        Assert.False(result.Ok);
        Assert.Contains("save it as .docx", result.Error);
    }

    [Fact]
    public async Task The_async_variant_reads_streams_that_cannot_read_synchronously()
    {
        using var stream = new AsyncOnlyStream(Encoding.UTF8.GetBytes("Line one\r\nLine two"));

        var result = await ArticleImporter.ImportFileAsync("story.txt", stream, new ImportLimits(), TestContext.Current.CancellationToken);

        Assert.True(result.Ok, result.Error);
        Assert.Equal("Line one\nLine two", result.Text);
    }

    [Fact]
    public void Invalid_limits_are_a_programming_error_not_a_user_message()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ArticleImporter.ImportText("x", new ImportLimits { MaxTextChars = 0 }));
    }

    private sealed class UnseekableStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    // Like Blazor's browser file stream: synchronous reads throw.
    private sealed class AsyncOnlyStream(byte[] data) : Stream
    {
        private readonly MemoryStream inner = new(data);
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("Synchronous reads are not supported.");
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
