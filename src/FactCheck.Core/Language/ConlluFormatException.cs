namespace FactCheck.Core.Language;

/// <summary>A CoNLL-U input that cannot be read, with the 1-based line it was found on (0 for the file as a whole).</summary>
public sealed class ConlluFormatException(int line, string reason)
    : Exception(line > 0 ? $"line {line}: {reason}" : reason)
{
    public int Line { get; } = line;

    public string Reason { get; } = reason;
}
