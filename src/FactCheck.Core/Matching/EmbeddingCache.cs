using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace FactCheck.Core.Matching;

/// <summary>
/// Keeps the embeddings of a list of texts in a file named by the SHA-256 of the model name and the texts,
/// so that a collection is embedded once and a changed text (or model) can never pick up stale vectors.
/// </summary>
public sealed class EmbeddingCache(string folder)
{
    public string Folder { get; } = folder;

    public float[][] GetOrCompute(IReadOnlyList<string> texts, Func<IReadOnlyList<string>, float[][]> embed)
    {
        var path = Path.Combine(Folder, Key(texts) + ".f32");
        if (File.Exists(path))
        {
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length == texts.Count * SentenceEmbedder.Dimensions * sizeof(float))
            {
                var all = MemoryMarshal.Cast<byte, float>(bytes);
                var cached = new float[texts.Count][];
                for (var i = 0; i < cached.Length; i++) cached[i] = all.Slice(i * SentenceEmbedder.Dimensions, SentenceEmbedder.Dimensions).ToArray();
                return cached;
            }
        }
        var vectors = embed(texts);
        Directory.CreateDirectory(Folder);
        var temp = path + "." + Guid.NewGuid().ToString("n") + ".tmp";
        using (var file = File.Create(temp))
            foreach (var v in vectors) file.Write(MemoryMarshal.AsBytes(v.AsSpan()));
        File.Move(temp, path, overwrite: true);
        return vectors;
    }

    /// <summary>The per-user cache folder: <c>$XDG_CACHE_HOME/factcheck/embeddings</c> or its platform equivalent.</summary>
    public static string DefaultFolder()
    {
        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
            : Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        if (string.IsNullOrEmpty(root)) root = Path.GetTempPath();
        return Path.Combine(root, "factcheck", "embeddings");
    }

    private static string Key(IReadOnlyList<string> texts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(SentenceEmbedder.ModelName + "\n"));
        foreach (var t in texts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(t));
            hash.AppendData([0]);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
