using System.Runtime.InteropServices;
using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction;

/// <summary>Compares lists of spans element by element: the same spans in the same order are equal.</summary>
internal sealed class SpanListComparer : IEqualityComparer<List<TextSpan>>
{
    public static readonly SpanListComparer Instance = new();

    public bool Equals(List<TextSpan>? x, List<TextSpan>? y) =>
        ReferenceEquals(x, y) || x is not null && y is not null && CollectionsMarshal.AsSpan(x).SequenceEqual(CollectionsMarshal.AsSpan(y));

    public int GetHashCode(List<TextSpan> spans)
    {
        var hash = new HashCode();
        foreach (var span in spans) hash.Add(span);
        return hash.ToHashCode();
    }
}
