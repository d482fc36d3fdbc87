using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using FactCheck.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Http;

/// <summary>
/// Compression bombs sent to the upload API: a 300 KB .docx whose document inflates to gigabytes took the server from
/// 0.5 GB to 5.7 GB, and a PDF with one huge compressed stream was accepted. Now each is a 400 saying what is wrong.
/// </summary>
public class HostileUploadTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(HttpStatusCode Status, string Detail)> Upload(string fileName, byte[] bytes)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", fileName } };
        var response = await app.ApiClient().PostAsync("/api/articles/upload", form);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.BadRequest) return (response.StatusCode, body);
        using var problem = JsonDocument.Parse(body);
        return (response.StatusCode, problem.RootElement.GetProperty("detail").GetString()!);
    }

    [Fact]
    public async Task A_docx_inflating_past_the_limit_is_a_400_that_says_so()
    {
        var before = app.Services.GetRequiredService<ArticleStore>().List().Count;
        var bomb = Docx("<w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:p>", 96L << 20);
        Assert.True(bomb.Length < 300_000, $"the bomb is {bomb.Length:N0} bytes");

        var (status, detail) = await Upload("bomb.docx", bomb);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("'bomb.docx' expands to more than 64 MB when unpacked, far more than the text of an article; it may be damaged or built to overload the server. Save the article as plain text (.txt) or split it, and upload again, or paste the text.", detail);
        Assert.Equal(before, app.Services.GetRequiredService<ArticleStore>().List().Count);
    }

    [Fact]
    public async Task A_pdf_with_a_huge_compressed_stream_is_a_400_that_says_so()
    {
        var (status, detail) = await Upload("bomb.pdf", PdfWithSpaces(96L << 20));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("'bomb.pdf' holds compressed data that unpacks to more than", detail);
        Assert.Contains("paste the text", detail);
    }

    /// <summary>A minimal .docx whose body repeats <paramref name="unit"/> for about <paramref name="inflatedBytes"/>.</summary>
    private static byte[] Docx(string unit, long inflatedBytes)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            using var document = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            document.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"u8);
            Repeat(document, unit, inflatedBytes);
            document.Write("</w:body></w:document>"u8);
        }
        return output.ToArray();
    }

    /// <summary>A one-page PDF whose Flate content stream is a line of text and then <paramref name="inflatedBytes"/> of spaces.</summary>
    private static byte[] PdfWithSpaces(long inflatedBytes)
    {
        using var content = new MemoryStream();
        using (var zlib = new ZLibStream(content, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write("BT /F1 12 Tf 72 720 Td (A short line.) Tj ET\n"u8);
            Repeat(zlib, new string(' ', 4096), inflatedBytes);
        }
        var output = new MemoryStream();
        var offsets = new List<long>();
        void Text(string s) => output.Write(Encoding.Latin1.GetBytes(s));
        void Object(string body) { offsets.Add(output.Position); Text($"{offsets.Count} 0 obj\n{body}\nendobj\n"); }
        Text("%PDF-1.7\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
        offsets.Add(output.Position);
        Text($"4 0 obj\n<< /Length {content.Length} /Filter /FlateDecode >>\nstream\n");
        output.Write(content.ToArray());
        Text("\nendstream\nendobj\n");
        Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var xref = output.Position;
        Text($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Text($"{offset:D10} 00000 n \n");
        Text($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    private static void Repeat(Stream stream, string unit, long totalBytes)
    {
        var perChunk = Math.Max(1, 65536 / unit.Length);
        var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(unit, perChunk)));
        var units = Math.Max(1, totalBytes / unit.Length);
        for (long done = 0; done < units; done += perChunk)
            stream.Write(chunk, 0, (int)Math.Min(perChunk, units - done) * unit.Length);
    }
}
