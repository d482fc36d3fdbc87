namespace FactCheck.Core.Extraction;

/// <summary>
/// The characters of a statement being written, edited in place (dates inserted, a first letter raised), so
/// that a claim's statement becomes one string at the end instead of a new string per edit.
/// </summary>
internal sealed class StatementBuffer
{
    // Statements are short; a buffer grown past this by a long one is not kept for the next.
    private const int KeptCapacity = 16 * 1024;

    [ThreadStatic] private static StatementBuffer? _free;

    private char[] _chars = new char[256];

    public int Length { get; private set; }

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public char this[int index]
    {
        get => Span[index];
        set => _chars.AsSpan(0, Length)[index] = value;
    }

    /// <summary>An empty buffer: the thread's spare one when it has it.</summary>
    public static StatementBuffer Rent()
    {
        var buffer = _free ?? new StatementBuffer();
        _free = null;
        buffer.Length = 0;
        return buffer;
    }

    /// <summary>The text as a string; the buffer goes back to the thread for the next statement.</summary>
    public string ToStringAndReturn(int start, int length)
    {
        var s = new string(_chars, start, length);
        Return();
        return s;
    }

    public void Return()
    {
        if (_chars.Length <= KeptCapacity) _free = this;
    }

    public StatementBuffer Append(ReadOnlySpan<char> chars)
    {
        Replace(Length, Length, chars);
        return this;
    }

    public StatementBuffer Append(char c) => Append(new ReadOnlySpan<char>(in c));

    public void Insert(int at, ReadOnlySpan<char> chars) => Replace(at, at, chars);

    /// <summary>Replaces the characters <c>[start, end)</c> with <paramref name="chars"/>.</summary>
    public void Replace(int start, int end, ReadOnlySpan<char> chars)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        var newLength = Length - (end - start) + chars.Length;
        if (newLength > _chars.Length) Array.Resize(ref _chars, Math.Max(newLength, _chars.Length * 2));
        _chars.AsSpan(end, Length - end).CopyTo(_chars.AsSpan(start + chars.Length));
        chars.CopyTo(_chars.AsSpan(start));
        Length = newLength;
    }

    /// <summary>Drops trailing characters that are in <paramref name="chars"/>.</summary>
    public void TrimEnd(ReadOnlySpan<char> chars) => Length = Span.TrimEnd(chars).Length;

    /// <summary>Drops trailing white space.</summary>
    public void TrimEnd() => Length = Span.TrimEnd().Length;

    public override string ToString() => new(Span);
}
