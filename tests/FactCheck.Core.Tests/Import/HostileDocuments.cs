using System.IO.Compression;
using System.Text;

namespace FactCheck.Core.Tests.Import;

/// <summary>
/// Bombs built in the test, streamed into their archives so that building one never holds its inflated size:
/// Word files that inflate far past their size, PDFs with one enormous compressed stream, HTML nested far deeper
/// than any page. (The benchmarks build the same shapes at full size, by copy of the recipe.)
/// </summary>
internal static class HostileDocuments
{
    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>A .docx whose word/document.xml is about <paramref name="inflatedBytes"/> of formatting without text.</summary>
    public static byte[] DocxOfEmptyParagraphs(long inflatedBytes) =>
        Docx(body => Repeat(body, "<w:p><w:pPr><w:pStyle w:val=\"Normal\"/><w:spacing w:after=\"0\"/></w:pPr></w:p>", inflatedBytes));

    /// <summary>A .docx holding one paragraph with a single text run of <paramref name="chars"/> letters.</summary>
    public static byte[] DocxOfOneRun(long chars) => Docx(body =>
    {
        Write(body, "<w:p><w:r><w:t>");
        Repeat(body, new string('a', 64), chars);
        Write(body, "</w:t></w:r></w:p>");
    });

    /// <summary>A .docx whose one paragraph sits inside <paramref name="depth"/> nested custom XML elements.</summary>
    public static byte[] DocxNested(int depth) => Docx(body =>
    {
        Repeat(body, "<w:customXml>", depth * 13L);
        Write(body, "<w:p><w:r><w:t>Deep text.</w:t></w:r></w:p>");
        Repeat(body, "</w:customXml>", depth * 14L);
    });

    /// <summary>A valid .docx with <paramref name="extraParts"/> tiny parts besides the document.</summary>
    public static byte[] DocxWithParts(int extraParts) => Docx(
        body => Write(body, "<w:p><w:r><w:t>Text.</w:t></w:r></w:p>"),
        zip =>
        {
            for (var i = 0; i < extraParts; i++) Entry(zip, $"word/media/p{i}.bin", "x");
        });

    /// <summary>A genuine (if minimal) Word package: content types, the package relationship and the main document.</summary>
    public static byte[] Docx(Action<Stream> writeBody, Action<ZipArchive>? more = null)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"bin\" ContentType=\"application/octet-stream\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Entry(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            using (var document = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open())
            {
                Write(document, $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"{WordNs}\"><w:body>");
                writeBody(document);
                Write(document, "</w:body></w:document>");
            }
            more?.Invoke(zip);
        }
        return output.ToArray();
    }

    /// <summary>A one-page PDF whose Flate content stream is one line of text and then <paramref name="inflatedBytes"/> of spaces.</summary>
    public static byte[] PdfWithHugeContentStream(long inflatedBytes) => Pdf(Zlib(stream =>
    {
        Write(stream, "BT /F1 12 Tf 72 720 Td (A short line of text.) Tj ET\n");
        Repeat(stream, new string(' ', 4096), inflatedBytes);
    }), "/Filter /FlateDecode");

    /// <summary>A one-page PDF whose Flate content stream shows one string of <paramref name="glyphs"/> letters.</summary>
    public static byte[] PdfWithOneHugeString(long glyphs) => Pdf(Zlib(stream =>
    {
        Write(stream, "BT /F1 1 Tf 0 700 Td (");
        Repeat(stream, new string('a', 64), glyphs);
        Write(stream, ") Tj ET\n");
    }), "/Filter /FlateDecode");

    /// <summary>A one-page PDF whose run-length content stream decodes to <paramref name="inflatedBytes"/> of spaces (128 for every 2 bytes).</summary>
    public static byte[] PdfWithRunLengthBomb(long inflatedBytes)
    {
        using var data = new MemoryStream();
        var line = Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 720 Td (A short line of text.) Tj ET\n");
        data.WriteByte((byte)(line.Length - 1)); // a literal run of the next length + 1 bytes
        data.Write(line);
        for (long written = 0; written < inflatedBytes; written += 128) data.Write([129, (byte)' ']); // 257 - 129 = 128 spaces
        data.WriteByte(128);
        return Pdf(data.ToArray(), "/Filter /RunLengthDecode");
    }

    /// <summary>A minimal valid PDF: one page, Helvetica, the given content stream bytes and stream filter entry.</summary>
    public static byte[] Pdf(byte[] content, string filterEntry)
    {
        var output = new MemoryStream();
        var offsets = new List<long>();
        void Text(string s) => output.Write(Encoding.Latin1.GetBytes(s));
        void Object(string body)
        {
            offsets.Add(output.Position);
            Text($"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }

        Text("%PDF-1.7\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
        offsets.Add(output.Position);
        Text($"4 0 obj\n<< /Length {content.Length} {filterEntry} >>\nstream\n");
        output.Write(content);
        Text("\nendstream\nendobj\n");
        Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var xref = output.Position;
        Text($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Text($"{offset:D10} 00000 n \n");
        Text($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary><paramref name="depth"/> nested &lt;div&gt; elements around one sentence.</summary>
    public static string NestedDivs(int depth) =>
        "<!DOCTYPE html><html><head><title>Nested</title></head><body>"
        + new StringBuilder().Insert(0, "<div>", depth) + "The council said 1,204 homes were flooded." + new StringBuilder().Insert(0, "</div>", depth)
        + "</body></html>";

    public static byte[] Gzip(long inflatedBytes) => Compress(s => new GZipStream(s, CompressionLevel.SmallestSize, leaveOpen: true), inflatedBytes);

    public static byte[] Deflate(long inflatedBytes) => Compress(s => new ZLibStream(s, CompressionLevel.SmallestSize, leaveOpen: true), inflatedBytes);

    public static byte[] Brotli(long inflatedBytes) => Compress(s => new BrotliStream(s, CompressionLevel.Fastest, leaveOpen: true), inflatedBytes);

    private static byte[] Compress(Func<Stream, Stream> compressor, long inflatedBytes)
    {
        using var output = new MemoryStream();
        using (var stream = compressor(output)) Repeat(stream, new string('a', 4096), inflatedBytes);
        return output.ToArray();
    }

    private static byte[] Zlib(Action<Stream> write)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true)) write(zlib);
        return output.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        Write(stream, text);
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    /// <summary>Writes whole copies of an ASCII <paramref name="unit"/> until about <paramref name="totalBytes"/> are written.</summary>
    private static void Repeat(Stream stream, string unit, long totalBytes)
    {
        var perChunk = Math.Max(1, 65536 / unit.Length);
        var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(unit, perChunk)));
        var units = Math.Max(1, totalBytes / unit.Length);
        for (long done = 0; done < units; done += perChunk)
            stream.Write(chunk, 0, (int)Math.Min(perChunk, units - done) * unit.Length);
    }
}
