using System.IO.Compression;
using System.Text;

namespace FactCheck.Benchmarks;

/// <summary>
/// Hostile inputs built on the fly, the shapes a security review sent: Word files that inflate to hundreds of
/// megabytes, a PDF with one enormous compressed stream, HTML and Markdown nested far deeper than any real page.
/// Everything is streamed into the archive, so building a bomb never holds its inflated size in memory.
/// </summary>
public static class HostileFiles
{
    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>A .docx whose word/document.xml inflates to about <paramref name="inflatedBytes"/> of formatting without text.</summary>
    public static byte[] DocxOfEmptyParagraphs(long inflatedBytes) =>
        Docx(body => Repeat(body, "<w:p><w:pPr><w:pStyle w:val=\"Normal\"/><w:spacing w:after=\"0\"/></w:pPr></w:p>", inflatedBytes));

    /// <summary>A .docx holding one paragraph with a single text run of <paramref name="chars"/> letters.</summary>
    public static byte[] DocxOfOneRun(long chars) => Docx(body =>
    {
        Write(body, "<w:p><w:r><w:t>");
        Repeat(body, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", chars);
        Write(body, "</w:t></w:r></w:p>");
    });

    /// <summary>A genuine (if minimal) Word package: content types, the package relationship and the main document.</summary>
    public static byte[] Docx(Action<Stream> writeBody)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
                """);
            Entry(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
                """);
            using var document = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            Write(document, $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"{WordNs}\"><w:body>");
            writeBody(document);
            Write(document, "</w:body></w:document>");
        }
        return output.ToArray();
    }

    /// <summary>
    /// A one-page PDF whose content stream is <paramref name="inflatedBytes"/> of spaces after one line of text,
    /// Flate-compressed to a few hundred kilobytes: a tiny file that asks the reader for a huge buffer.
    /// </summary>
    public static byte[] PdfWithHugeContentStream(long inflatedBytes)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            Write(zlib, "BT /F1 12 Tf 72 720 Td (A short line of text.) Tj ET\n");
            Repeat(zlib, new string(' ', 4096), inflatedBytes);
        }
        return Pdf(compressed.ToArray(), "/Filter /FlateDecode");
    }

    /// <summary>A minimal valid PDF: one page, Helvetica, the given content stream bytes and stream filter entry.</summary>
    public static byte[] Pdf(byte[] content, string filterEntry)
    {
        var output = new MemoryStream();
        var offsets = new List<long>();
        void Text(string s) => Write(output, s);
        void Object(string body)
        {
            offsets.Add(output.Position);
            Text($"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }

        Text("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
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

    /// <summary>The page a reviewer found: <paramref name="depth"/> nested &lt;div&gt; elements around one sentence.</summary>
    public static string NestedDivs(int depth)
    {
        var sb = new StringBuilder(depth * 11 + 200);
        sb.Append("<!DOCTYPE html><html><head><title>Nested</title></head><body>");
        sb.Insert(sb.Length, "<div>", depth);
        sb.Append("The council said 1,204 homes were flooded.");
        sb.Insert(sb.Length, "</div>", depth);
        sb.Append("</body></html>");
        return sb.ToString();
    }

    /// <summary>An explanation of <paramref name="depth"/> nested block quotes around one word.</summary>
    public static string DeepBlockQuote(int depth) => new string('>', depth) + " x";

    /// <summary>A gzip stream of <paramref name="inflatedBytes"/> of one letter: a few hundred kilobytes on the wire.</summary>
    public static byte[] GzipOfText(long inflatedBytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
            Repeat(gzip, new string('a', 4096), inflatedBytes);
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
