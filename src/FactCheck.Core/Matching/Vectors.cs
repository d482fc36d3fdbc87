namespace FactCheck.Core.Matching;

/// <summary>Small operations on embedding vectors.</summary>
public static class Vectors
{
    /// <summary>The unit-length mean of unit vectors: the direction between them.</summary>
    public static float[] Mean(params float[][] vectors)
    {
        var result = new float[vectors[0].Length];
        foreach (var v in vectors)
            for (var i = 0; i < result.Length; i++) result[i] += v[i];
        return Normalize(result);
    }

    public static float[] Normalize(float[] v)
    {
        var norm = MathF.Sqrt(VectorIndex.Dot(v, v));
        if (norm > 0) for (var i = 0; i < v.Length; i++) v[i] /= norm;
        return v;
    }
}
