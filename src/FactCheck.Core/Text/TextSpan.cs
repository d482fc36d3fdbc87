namespace FactCheck.Core.Text;

/// <summary>A half-open range <c>[Start, End)</c> of C# string indices into the article text exactly as given.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int index) => index >= Start && index < End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public string Slice(string text) => text[Start..End];

    public override string ToString() => $"[{Start},{End})";
}
