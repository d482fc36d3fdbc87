using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace FactCheck.Core.Import;

/// <summary>
/// PDF → plain text with PdfPig, page by page in content order, keeping the PDF's line breaks (the hard
/// wraps are repaired by the extractor, which needs the original lines to anchor claims). Pages are
/// separated by blank lines. Title and author from the document information dictionary.
/// </summary>
internal static class PdfArticleReader
{
    public static ExtractedArticle Read(byte[] bytes, string name)
    {
        try
        {
            using var document = PdfDocument.Open(bytes);
            var pages = document.GetPages()
                .Select(page => ContentOrderTextExtractor.GetText(page).Trim())
                .Where(text => text.Length > 0);
            var text = string.Join("\n\n", pages);
            var info = document.Information;
            return new ExtractedArticle(text, new ArticleMetadata(MetadataValues.Clean(info.Title), MetadataValues.Clean(info.Author)));
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new ImportRejectedException(ImportMessages.EncryptedPdf(name));
        }
        catch (Exception e) when (e is not ImportRejectedException and not OutOfMemoryException)
        {
            // PdfPig signals damaged files with many exception types (format, parse, index, null reference);
            // for the user they all mean the same thing.
            throw new ImportRejectedException(ImportMessages.CorruptPdf(name));
        }
    }
}
