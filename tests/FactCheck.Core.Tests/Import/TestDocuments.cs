using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FactCheck.Core.Import;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace FactCheck.Core.Tests.Import;

/// <summary>Builds real files in memory (a genuine .docx package, a genuine PDF) for the importer tests.</summary>
internal static class TestDocuments
{
    public static ImportResult Upload(string fileName, byte[] bytes, ImportLimits? limits = null) =>
        ArticleImporter.ImportFile(fileName, new MemoryStream(bytes), limits ?? ImportLimits.Default);

    public static ImportResult Upload(string fileName, string utf8Text, ImportLimits? limits = null) =>
        Upload(fileName, Encoding.UTF8.GetBytes(utf8Text), limits);

    /// <summary>A .docx whose paragraphs carry the given style ids; Heading 1 gets a German id to prove names, not ids, are matched.</summary>
    public static byte[] Docx(string? coreTitle, params Paragraph[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new Style(new StyleName { Val = "Title" }) { Type = StyleValues.Paragraph, StyleId = "Title" },
                new Style(new StyleName { Val = "heading 1" }) { Type = StyleValues.Paragraph, StyleId = "berschrift1" });
            main.Document = new Document(new Body(paragraphs));
            if (coreTitle is not null) document.PackageProperties.Title = coreTitle;
        }
        return stream.ToArray();
    }

    public static Paragraph Para(string text, string? styleId = null)
    {
        var paragraph = new Paragraph(new Run(new WordText(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (styleId is not null)
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        return paragraph;
    }

    /// <summary>A one-font PDF with each page's lines laid out top-down, as a PDF of a hard-wrapped article is.</summary>
    public static byte[] Pdf(string? title, params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        if (title is not null) builder.DocumentInformation.Title = title;
        foreach (var lines in pages)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            for (var i = 0; i < lines.Length; i++)
                page.AddText(lines[i], 12, new PdfPoint(50, 780 - i * 18), font);
        }
        return builder.Build();
    }

    public static byte[] Zip()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            using var entry = new StreamWriter(zip.CreateEntry("notes.txt").Open());
            entry.Write("some text inside a zip");
        }
        return stream.ToArray();
    }
}
