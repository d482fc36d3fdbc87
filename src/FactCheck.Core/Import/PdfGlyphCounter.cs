using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace FactCheck.Core.Import;

/// <summary>
/// Counts the glyphs a page draws without keeping any of them. PdfPig keeps every glyph of a page as a Letter object
/// (a few hundred bytes each) before any text can be read, and a small PDF can draw millions: one huge text operator,
/// or a form drawn by another form drawn a thousand times. Counting first, with the same content processing PdfPig
/// uses for the page, lets the reader refuse such a page before the letters exist.
/// </summary>
internal sealed class GlyphCount
{
    public long Glyphs { get; set; }
}

/// <summary>The parsing options PdfPig hands to page factories, carrying the glyph limit for <see cref="GlyphCountingPageFactory"/>.</summary>
internal sealed class BoundedParsingOptions : ParsingOptions
{
    public required long MaxGlyphs { get; init; }
}

/// <summary>Thrown from inside PdfPig when a page draws more glyphs than allowed.</summary>
internal sealed class GlyphLimitException() : Exception("The page draws more glyphs than the import limit allows.");

/// <summary>Made by PdfPig through reflection (<see cref="PdfDocument.AddPageFactory{TPage, TPageFactory}"/>), hence the public constructor.</summary>
internal sealed class GlyphCountingPageFactory(
    IPdfTokenScanner pdfScanner,
    IResourceStore resourceStore,
    ILookupFilterProvider filterProvider,
    IPageContentParser pageContentParser,
    ParsingOptions parsingOptions)
    : BasePageFactory<GlyphCount>(pdfScanner, resourceStore, filterProvider, pageContentParser, parsingOptions)
{
    protected override GlyphCount ProcessPage(int pageNumber, DictionaryToken dictionary, NamedDestinations namedDestinations, MediaBox mediaBox,
        CropBox cropBox, UserSpaceUnit userSpaceUnit, PageRotationDegrees rotation, TransformationMatrix initialMatrix, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        var limit = ParsingOptions is BoundedParsingOptions bounded ? bounded.MaxGlyphs : long.MaxValue;
        if (operations is null || operations.Count == 0) return new GlyphCount();
        return new GlyphCounter(pageNumber, ResourceStore, PdfScanner, PageContentParser, FilterProvider, cropBox, userSpaceUnit, rotation, initialMatrix, ParsingOptions, limit)
            .Process(pageNumber, operations);
    }

    private sealed class GlyphCounter(int pageNumber, IResourceStore resourceStore, IPdfTokenScanner pdfScanner, IPageContentParser pageContentParser,
        ILookupFilterProvider filterProvider, CropBox cropBox, UserSpaceUnit userSpaceUnit, PageRotationDegrees rotation, TransformationMatrix initialMatrix,
        ParsingOptions parsingOptions, long limit)
        : BaseStreamProcessor<GlyphCount>(pageNumber, resourceStore, pdfScanner, pageContentParser, filterProvider, cropBox, userSpaceUnit, rotation, initialMatrix, parsingOptions)
    {
        private readonly GlyphCount count = new();

        public override GlyphCount Process(int pageNumberCurrent, IReadOnlyList<IGraphicsStateOperation> operations)
        {
            PageNumber = pageNumberCurrent;
            CloneAllStates();
            ProcessOperations(operations);
            return count;
        }

        public override void RenderGlyph(IFont font, CurrentGraphicsState currentState, double fontSize, double pointSize, int code, string unicode,
            long currentOffset, in TransformationMatrix renderingMatrix, in TransformationMatrix textMatrix, in TransformationMatrix transformationMatrix,
            CharacterBoundingBox characterBoundingBox)
        {
            if (++count.Glyphs > limit) throw new GlyphLimitException();
        }

        // Nothing else a page draws is kept: paths, images, clipping and marked content cost nothing here.
        protected override void RenderXObjectImage(XObjectContentRecord xObjectContentRecord) { }

        public override void BeginSubpath() { }

        public override PdfPoint? CloseSubpath() => null;

        public override void StrokePath(bool close) { }

        public override void FillPath(FillingRule fillingRule, bool close) { }

        public override void FillStrokePath(FillingRule fillingRule, bool close) { }

        public override void MoveTo(double x, double y) { }

        public override void BezierCurveTo(double x2, double y2, double x3, double y3) { }

        public override void BezierCurveTo(double x1, double y1, double x2, double y2, double x3, double y3) { }

        public override void LineTo(double x, double y) { }

        public override void Rectangle(double x, double y, double width, double height) { }

        public override void EndPath() { }

        public override void ClosePath() { }

        public override void ModifyClippingIntersect(FillingRule clippingRule) { }

        protected override void ClipToRectangle(PdfRectangle rectangle, FillingRule clippingRule) { }

        protected override void RenderInlineImage(InlineImage inlineImage) { }

        public override void BeginMarkedContent(NameToken name, NameToken? propertyDictionaryName, DictionaryToken? properties) { }

        public override void EndMarkedContent() { }

        public override void PaintShading(NameToken shadingName) { }
    }
}
