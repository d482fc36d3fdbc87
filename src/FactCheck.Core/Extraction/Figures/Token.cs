namespace FactCheck.Core.Extraction.Figures;

internal enum TokenKind { Word, Number, Symbol }

/// <summary>A word, a run of digits (with inner "," or "."), or one other non-space character.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End)
{
    public int Length => End - Start;
}
