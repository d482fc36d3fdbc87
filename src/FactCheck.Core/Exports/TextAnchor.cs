using FactCheck.Core.Text;

namespace FactCheck.Core.Exports;

/// <summary>W3C Web Annotation selectors that find a span again: by its words (with context) and by position.</summary>
public sealed record TextQuoteSelector(string Exact, string Prefix, string Suffix)
{
    public string Type => "TextQuoteSelector";
}

public sealed record TextPositionSelector(int Start, int End)
{
    public string Type => "TextPositionSelector";
}

public static class TextAnchor
{
    public const int ContextLength = 32;

    public static TextQuoteSelector Quote(string text, TextSpan span)
    {
        var start = Math.Clamp(span.Start, 0, text.Length);
        var end = Math.Clamp(span.End, start, text.Length);
        var prefixStart = Math.Max(0, start - ContextLength);
        var suffixEnd = Math.Min(text.Length, end + ContextLength);
        return new TextQuoteSelector(text[start..end], text[prefixStart..start], text[end..suffixEnd]);
    }

    public static TextPositionSelector Position(TextSpan span) => new(span.Start, span.End);
}
