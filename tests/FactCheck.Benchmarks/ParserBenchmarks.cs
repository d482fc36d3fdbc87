using BenchmarkDotNet.Attributes;
using FactCheck.Core.Language;
using FactCheck.Core.Text;

namespace FactCheck.Benchmarks;

/// <summary>
/// Issue bars: tagging and parsing at least 150,000 tokens/s on one thread, warm (a 5,000-character article
/// parsed well inside 10 ms), near-zero allocation per token; loading the shipped model well under a second.
/// Tokens/s = the token count printed at set-up divided by the mean time of <see cref="ParseArticle"/>.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private readonly LanguageModel model = LanguageModel.Shared;
    private string text = "";
    private List<TextSpan> sentences = [];
    private string[][] words = [];

    [GlobalSetup]
    public void Setup()
    {
        text = BenchData.Article(5_000);
        sentences = [.. Core.Sources.SentenceSplitter.Split(text)];
        words = [.. sentences.Select(s => Tokenizer.Tokenize(text, s.Start, s.End).Select(t => text[t.Start..t.End]).ToArray())];
        Console.WriteLine($"// {text.Length} characters, {sentences.Count} sentences, {words.Sum(w => w.Length)} tokens");
    }

    /// <summary>Raw text to parsed sentences: tokenizing, tagging, lemmatising, parsing and building the results.</summary>
    [Benchmark]
    public int ParseArticle()
    {
        var n = 0;
        foreach (var s in sentences) n += model.Parse(text, s.Start, s.End).Count;
        return n;
    }

    /// <summary>The hot loop alone: tag and parse ids into reused buffers, no result objects.</summary>
    [Benchmark]
    public int TagAndParseOnly()
    {
        Span<int> tags = stackalloc int[256];
        Span<int> heads = stackalloc int[256];
        Span<int> labels = stackalloc int[256];
        var n = 0;
        foreach (var w in words)
        {
            model.Analyze(w, tags[..w.Length], heads[..w.Length], labels[..w.Length]);
            n += heads[0];
        }
        return n;
    }

    [Benchmark]
    public int LoadModel() => ModelFile.LoadShipped().Parser.Actions.FeatureCount;
}
