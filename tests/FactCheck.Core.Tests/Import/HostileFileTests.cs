using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using FactCheck.Core.Import;
using static FactCheck.Core.Tests.Import.HostileDocuments;
using static FactCheck.Core.Tests.Import.TestDocuments;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace FactCheck.Core.Tests.Import;

/// <summary>
/// Files built to overload the importer: compression bombs, nesting far past any real document, huge fields.
/// Each gets a clear message saying what is wrong and what to do, and none throws. How much memory and time they
/// take is measured in the benchmarks (HostileInputBenchmarks, and the "hostile" probe), not here.
/// </summary>
[Collection(HostileInputCollection.Name)]
public class HostileFileTests
{
    private static readonly ImportLimits Small = new() { MaxUnpackedBytes = 4L << 20, MaxTextChars = 100_000 };

    [Fact]
    public void A_docx_whose_document_inflates_past_the_limit_is_refused_while_unpacking()
    {
        var bomb = DocxOfEmptyParagraphs(16L << 20);
        Assert.True(bomb.Length < 200_000, $"the bomb is {bomb.Length:N0} bytes");

        var result = Upload("bomb.docx", bomb, Small);

        Assert.False(result.Ok);
        Assert.Equal("'bomb.docx' expands to more than 4 MB when unpacked, far more than the text of an article; it may be damaged or built to overload the server. Save the article as plain text (.txt) or split it, and upload again, or paste the text.", result.Error);
    }

    [Fact]
    public void A_docx_with_one_huge_text_run_stops_reading_at_the_text_limit()
    {
        var result = Upload("run.docx", DocxOfOneRun(3_000_000), Small with { MaxUnpackedBytes = 64L << 20 });

        Assert.False(result.Ok);
        Assert.Equal("'run.docx' holds more than 100,000 characters of text, the limit for one article, so reading stopped there. Save the article as plain text (.txt) or split it, and check it in parts.", result.Error);
    }

    [Fact]
    public void A_docx_part_whose_header_understates_its_size_is_read_no_further_than_declared()
    {
        var bomb = DocxOfEmptyParagraphs(16L << 20);
        // Claim 100 bytes for word/document.xml in its local header and in the central directory.
        var local = LastIndexOf(bomb, "word/document.xml"u8, 0x04034b50);
        var central = LastIndexOf(bomb, "word/document.xml"u8, 0x02014b50);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bomb.AsSpan(local + 22), 100);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bomb.AsSpan(central + 24), 100);

        var result = Upload("liar.docx", bomb, Small);

        Assert.False(result.Ok);
        Assert.Contains("could not be read as a Word document", result.Error);
    }

    [Fact]
    public void A_docx_of_thousands_of_parts_is_refused_before_it_is_opened()
    {
        var result = Upload("parts.docx", DocxWithParts(DocxArticleReader.MaxEntries + 1));

        Assert.False(result.Ok);
        Assert.Contains("more than 2,000 parts", result.Error);
        Assert.Contains("save it again as .docx", result.Error);
    }

    [Fact]
    public void A_docx_nested_past_any_real_document_is_refused()
    {
        var result = Upload("deep.docx", DocxNested(DocxArticleReader.MaxXmlDepth + 10));

        Assert.False(result.Ok);
        Assert.Contains("more than 256 levels deep", result.Error);
    }

    [Fact]
    public void A_docx_within_the_limits_still_reads_breaks_tabs_and_leaves_out_deletions_and_field_codes()
    {
        var paragraph = new Paragraph(
            new Run(new WordText("Mayor") { Space = SpaceProcessingModeValues.Preserve }, new TabChar(), new WordText("Ana Ruiz said"), new Break(), new WordText("on")),
            new Run(new NoBreakHyphen(), new WordText("Friday")),
            new DeletedRun(new Run(new DeletedText("withdrawn words"))),
            new Run(new FieldCode(" PAGE ")),
            new Run(new WordText(" that 1,204 homes flooded.") { Space = SpaceProcessingModeValues.Preserve }));
        var result = Upload("story.docx", Docx(null, Para("Floods", "Title"), paragraph));

        Assert.True(result.Ok, result.Error);
        Assert.Equal("Floods\n\nMayor\tAna Ruiz said\non\u2011Friday that 1,204 homes flooded.", result.Text);
        Assert.Equal("Floods", result.DetectedTitle);
    }

    [Fact]
    public void A_pdf_whose_content_stream_inflates_past_the_limit_is_refused()
    {
        var bomb = PdfWithHugeContentStream(16L << 20);
        Assert.True(bomb.Length < 200_000, $"the bomb is {bomb.Length:N0} bytes");

        var result = Upload("bomb.pdf", bomb, Small);

        Assert.False(result.Ok);
        Assert.Equal("'bomb.pdf' holds compressed data that unpacks to more than 4 MB, far more than an article needs; it may be damaged or built to overload the server. Save the article as plain text (.txt) or split the PDF, and upload again, or paste the text.", result.Error);
    }

    [Fact]
    public void A_pdf_stream_past_the_single_stream_limit_is_refused_even_within_the_total()
    {
        var result = Upload("bomb.pdf", PdfWithHugeContentStream(PdfStreamFilters.MaxStreamBytes + (1 << 20)), new ImportLimits { MaxUnpackedBytes = 256L << 20 });

        Assert.False(result.Ok);
        Assert.Contains("unpacks to more than", result.Error);
    }

    [Fact]
    public void A_pdf_run_length_bomb_is_refused()
    {
        var result = Upload("runs.pdf", PdfWithRunLengthBomb(32L << 20), Small);

        Assert.False(result.Ok);
        Assert.Contains("unpacks to more than 4 MB", result.Error);
    }

    [Fact]
    public void A_pdf_page_that_draws_more_glyphs_than_any_page_is_refused_before_they_are_kept()
    {
        var result = Upload("dense.pdf", PdfWithOneHugeString(PdfArticleReader.MaxGlyphsPerPage + 1_000));

        Assert.False(result.Ok);
        Assert.Equal("Page 1 of 'dense.pdf' draws more than 200,000 characters, far more than a page of an article; it may be damaged or built to overload the server. Save the article as plain text (.txt) and upload that, or paste the text.", result.Error);
    }

    [Fact]
    public void A_pdf_past_the_text_limit_stops_reading_at_that_page()
    {
        var pdf = Pdf(null, ["First page of the article, fifty characters long."], ["Second page of the article, fifty characters long."], ["Third."]);

        var result = Upload("long.pdf", pdf, new ImportLimits { MaxTextChars = 60 });

        Assert.False(result.Ok);
        Assert.Equal("The text of 'long.pdf' passes the limit of 60 characters by page 2, so reading stopped there. Split the article and check it in parts, or save it as plain text (.txt) and upload the part you need.", result.Error);
    }

    [Fact]
    public void A_pdf_of_more_pages_than_any_article_is_refused()
    {
        var pages = Enumerable.Range(0, PdfArticleReader.MaxPages + 1).Select(_ => Array.Empty<string>()).ToArray();

        var result = Upload("pages.pdf", Pdf(null, pages));

        Assert.False(result.Ok);
        Assert.Equal("'pages.pdf' has 2,001 pages, more than the 2,000 FactCheck reads for one article. Split the PDF and upload the pages of the article, or paste the text.", result.Error);
    }

    [Fact]
    public void A_small_pdf_with_a_compressed_stream_still_reads()
    {
        var result = Upload("fine.pdf", PdfWithHugeContentStream(64 << 10));

        Assert.True(result.Ok, result.Error);
        Assert.Equal("A short line of text.", result.Text);
    }

    [Fact]
    public void Two_hundred_thousand_nested_divs_are_flattened_and_keep_their_text()
    {
        var result = Upload("nested.html", NestedDivs(200_000));

        Assert.True(result.Ok, result.Error);
        Assert.Equal("The council said 1,204 homes were flooded.", result.Text);
    }

    [Fact]
    public void Html_of_more_elements_than_any_page_is_refused()
    {
        var html = "<html><body>" + new StringBuilder().Insert(0, "<span>x</span>", HtmlNesting.MaxElements + 1) + "</body></html>";

        var result = Upload("spans.html", html);

        Assert.False(result.Ok);
        Assert.Equal("'spans.html' is HTML of more than 250,000 elements, far more than any article page; it may be built to overload the server. Save the article's text as .txt and upload that, or paste the text.", result.Error);
    }

    [Fact]
    public void Formatting_left_open_and_copied_into_every_paragraph_is_charged_as_the_elements_it_makes()
    {
        // 200 open <b> with distinct attributes, closed by </p>: the parser copies all 200 into each later paragraph.
        var open = string.Concat(Enumerable.Range(0, 200).Select(i => $"<b class=c{i}>"));
        var html = "<html><body><p>" + open + "start</p>" + new StringBuilder().Insert(0, "<p>x</p>", 2_000) + "</body></html>";

        var result = Upload("copies.html", html);

        Assert.False(result.Ok);
        Assert.Contains("more than 250,000 elements", result.Error);
    }

    [Fact]
    public void Script_and_comment_contents_are_not_counted_as_nesting()
    {
        var hidden = new StringBuilder().Insert(0, "<div>", 10_000).ToString();
        var html = $"<html><body><script>var s = '{hidden}';</script><!-- {hidden} --><p>The council said 1,204 homes were flooded.</p><textarea>{hidden}</textarea></body></html>";

        Assert.Same(html, HtmlNesting.Flatten(html, "page.html"));
    }

    [Fact]
    public void Flattening_keeps_the_first_levels_and_drops_the_rest_with_their_end_tags()
    {
        var flattened = HtmlNesting.Flatten(NestedDivs(1_000), "nested.html");

        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(flattened);
        var depth = 0;
        for (var element = document.QuerySelector("div"); element is not null; element = element.QuerySelector(":scope > div")) depth++;
        Assert.Equal(HtmlNesting.MaxDepth, depth);
        Assert.Contains("The council said", document.Body!.TextContent);
    }

    /// <summary>Where the zip header with <paramref name="signature"/> naming <paramref name="name"/> starts.</summary>
    private static int LastIndexOf(byte[] zip, ReadOnlySpan<byte> name, uint signature)
    {
        for (var at = zip.Length - 4; at >= 0; at--)
        {
            if (System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at)) != signature) continue;
            var nameAt = at + (signature == 0x04034b50 ? 30 : 46);
            if (nameAt + name.Length <= zip.Length && zip.AsSpan(nameAt, name.Length).SequenceEqual(name)) return at;
        }
        throw new InvalidOperationException("header not found");
    }

    [Fact]
    public void Huge_fields_are_read_without_trouble()
    {
        var longTitle = new string('T', 1_000_000);
        var markdown = Upload("front.md", $"---\ntitle: {longTitle}\n---\n\nThe council said 1,204 homes were flooded.\n");
        Assert.True(markdown.Ok, markdown.Error);

        var html = Upload("attr.html", $"<html><head><meta property=\"og:title\" content=\"{longTitle}\"><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"{longTitle}\"}}</script></head><body><p data-x=\"{new string('x', 3_000_000)}\">The council said 1,204 homes were flooded.</p></body></html>");
        Assert.True(html.Ok, html.Error);
        Assert.Equal("The council said 1,204 homes were flooded.", html.Text);

        var docx = Upload("title.docx", Docx(longTitle, Para("The council said 1,204 homes were flooded.")));
        Assert.True(docx.Ok, docx.Error);
        Assert.True(docx.DetectedTitle!.Length <= 4096);
    }
}
