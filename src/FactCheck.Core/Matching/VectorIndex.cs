using System.Numerics;
using System.Runtime.InteropServices;

namespace FactCheck.Core.Matching;

/// <summary>
/// Unit-length embeddings in one contiguous float32 block, so that cosine similarity is a dot product
/// and matching one claim against 100,000 stored ones is a single pass over memory.
/// </summary>
public sealed class VectorIndex
{
    private readonly float[] data;

    public VectorIndex(int dimensions, IReadOnlyList<float[]> vectors)
    {
        Dimensions = dimensions;
        Count = vectors.Count;
        data = new float[Count * dimensions];
        for (var i = 0; i < vectors.Count; i++)
        {
            if (vectors[i].Length != dimensions) throw new ArgumentException($"vector {i} has {vectors[i].Length} dimensions, expected {dimensions}");
            vectors[i].CopyTo(data, i * dimensions);
        }
    }

    public int Dimensions { get; }

    public int Count { get; }

    /// <summary>Bytes held by the vectors (4 per dimension per vector).</summary>
    public long MemoryBytes => (long)data.Length * sizeof(float);

    public ReadOnlySpan<float> this[int index] => data.AsSpan(index * Dimensions, Dimensions);

    /// <summary>Cosine similarity of <paramref name="query"/> (unit length) with every stored vector.</summary>
    public float[] Similarities(ReadOnlySpan<float> query)
    {
        var result = new float[Count];
        for (var i = 0; i < Count; i++) result[i] = Dot(query, data.AsSpan(i * Dimensions, Dimensions));
        return result;
    }

    public static float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        var vx = MemoryMarshal.Cast<float, Vector<float>>(x);
        var vy = MemoryMarshal.Cast<float, Vector<float>>(y);
        var sum = Vector<float>.Zero;
        for (var i = 0; i < vx.Length; i++) sum += vx[i] * vy[i];
        var total = Vector.Sum(sum);
        for (var i = vx.Length * Vector<float>.Count; i < x.Length; i++) total += x[i] * y[i];
        return total;
    }
}
