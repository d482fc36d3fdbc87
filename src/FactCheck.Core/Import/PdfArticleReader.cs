using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace FactCheck.Core.Import;

/// <summary>
/// PDF → plain text with PdfPig, page by page in content order, keeping the PDF's line breaks (the hard
/// wraps are repaired by the extractor, which needs the original lines to anchor claims). Pages are
/// separated by blank lines. Title and author from the document information dictionary.
/// </summary>
/// <remarks>
/// Everything a PDF can make PdfPig do is bounded while it happens: decoded streams by <see cref="PdfStreamFilters"/>
/// against <see cref="ImportLimits.MaxUnpackedBytes"/>, the page count by <see cref="MaxPages"/>, each page's glyphs by
/// <see cref="MaxGlyphsPerPage"/> (counted before PdfPig keeps them, see <see cref="GlyphCountingPageFactory"/>), and
/// the text by <see cref="ImportLimits.MaxTextChars"/>, page by page.
/// </remarks>
internal static class PdfArticleReader
{
    /// <summary>More pages than any article; a PDF of many thousand empty pages is work without text.</summary>
    public const int MaxPages = 2_000;

    /// <summary>A dense page of small print draws about 20,000 glyphs; PdfPig keeps a few hundred bytes for each.</summary>
    public const int MaxGlyphsPerPage = 200_000;

    /// <exception cref="ImportRejectedException">The PDF is damaged, encrypted, or larger than the limits allow; the message says which.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled between pages.</exception>
    public static ExtractedArticle Read(byte[] bytes, string name, ImportLimits limits, CancellationToken cancellationToken = default)
    {
        var budget = new UnpackBudget(limits.MaxUnpackedBytes);
        var options = new BoundedParsingOptions { MaxGlyphs = MaxGlyphsPerPage, FilterProvider = new PdfStreamFilters(budget) };
        var page = 0;
        try
        {
            using var document = PdfDocument.Open(bytes, options);
            if (document.NumberOfPages > MaxPages)
                throw new ImportRejectedException(ImportMessages.TooManyPages(name, document.NumberOfPages, MaxPages));
            document.AddPageFactory<GlyphCount, GlyphCountingPageFactory>();

            var text = new StringBuilder();
            for (page = 1; page <= document.NumberOfPages; page++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                document.GetPage<GlyphCount>(page);
                budget.ThrowIfExceeded(); // PdfPig may have caught the limit's exception and carried on without the stream
                var pageText = ContentOrderTextExtractor.GetText(document.GetPage(page)).Trim();
                budget.ThrowIfExceeded();
                if (pageText.Length == 0) continue;
                if (text.Length > 0) text.Append("\n\n");
                text.Append(pageText);
                if (text.Length > limits.MaxTextChars)
                    throw new ImportRejectedException(ImportMessages.PdfTextTooLong(name, limits.MaxTextChars, page));
            }
            var info = document.Information;
            return new ExtractedArticle(text.ToString(), new ArticleMetadata(MetadataValues.Clean(info.Title), MetadataValues.Clean(info.Author)));
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new ImportRejectedException(ImportMessages.EncryptedPdf(name));
        }
        catch (Exception e) when (e is not ImportRejectedException and not OutOfMemoryException and not OperationCanceledException)
        {
            // The limits first: PdfPig may wrap their exceptions in its own.
            if (budget.Exceeded || Caused<UnpackLimitException>(e))
                throw new ImportRejectedException(ImportMessages.PdfUnpacksTooMuch(name, limits.MaxUnpackedBytes));
            if (Caused<GlyphLimitException>(e))
                throw new ImportRejectedException(ImportMessages.PdfPageTooDense(name, page, MaxGlyphsPerPage));
            // PdfPig signals damaged files with many exception types (format, parse, index, null reference);
            // for the user they all mean the same thing.
            throw new ImportRejectedException(ImportMessages.CorruptPdf(name));
        }
    }

    private static bool Caused<T>(Exception e) where T : Exception
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
            if (inner is T) return true;
        return false;
    }
}
