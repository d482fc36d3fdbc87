using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace FactCheck.Core.Import;

/// <summary>
/// .docx → plain text with OpenXml: each non-empty paragraph (tables included) becomes a blank-line-separated
/// block; manual line breaks stay line breaks; deleted tracked changes and field codes are left out.
/// Title from the core properties, else the first paragraph styled Title or Heading 1.
/// </summary>
internal static class DocxArticleReader
{
    public static ExtractedArticle Read(byte[] bytes, string name)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var main = document.MainDocumentPart ?? throw new ImportRejectedException(ImportMessages.CorruptDocx(name));
            var body = main.Document?.Body;
            if (body is null) return new ExtractedArticle("", ArticleMetadata.None);

            var styleNames = StyleNames(main);
            var paragraphs = body.Descendants<Paragraph>()
                .Select(p => (Text: ParagraphText(p), Style: styleNames.GetValueOrDefault(p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "", "")))
                .Where(p => !string.IsNullOrWhiteSpace(p.Text))
                .ToList();

            var title = MetadataValues.Clean(document.PackageProperties.Title)
                ?? MetadataValues.Clean(paragraphs.FirstOrDefault(p => p.Style is "title" or "heading 1").Text);
            return new ExtractedArticle(string.Join("\n\n", paragraphs.Select(p => p.Text.Trim())), new ArticleMetadata(title));
        }
        catch (Exception e) when (e is not ImportRejectedException and not OutOfMemoryException)
        {
            // OpenXml reports a damaged package through many exception types (packaging, XML, format, IO);
            // for the user they all mean "open and re-save it".
            throw new ImportRejectedException(ImportMessages.CorruptDocx(name));
        }
    }

    // Style ids are localised ("berschrift1" in German Word); the built-in style *names* are not.
    private static Dictionary<string, string> StyleNames(MainDocumentPart main)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Title"] = "title", ["Heading1"] = "heading 1" };
        foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id && style.StyleName?.Val?.Value is { } styleName)
                names[id] = styleName.ToLowerInvariant();
        }
        return names;
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case WordText t: sb.Append(t.Text); break;
                case TabChar: sb.Append('\t'); break;
                case Break or CarriageReturn: sb.Append('\n'); break;
                case NoBreakHyphen: sb.Append('\u2011'); break;
            }
        }
        return sb.ToString();
    }
}
