using System.Text;
using BenchmarkDotNet.Attributes;
using FactCheck.Core.Extraction;

namespace FactCheck.Benchmarks;

/// <summary>
/// The extractor, parser in the loop, on a megabyte of text built to hurt: no punctuation, 100,000 quotation marks and
/// more, only digits, emoji, right-to-left script, unbalanced quotations, abbreviations without end. Each must come back
/// in bounded time without an exception; compare the mean with <see cref="ExtractionBenchmarks"/> at 1,000,000 characters.
/// </summary>
[MemoryDiagnoser]
public class HostileTextBenchmarks
{
    private const int Size = 1_000_000;
    private readonly ClaimExtractor extractor = new();
    private string text = "";

    [Params("no punctuation", "quotation marks", "only digits", "emoji", "right-to-left", "unbalanced quotes", "abbreviations")]
    public string Kind { get; set; } = "";

    [GlobalSetup]
    public void Setup() => text = Make(Kind);

    [Benchmark]
    public int Extract() => extractor.Extract(text, new DateOnly(2026, 3, 12)).Claims.Count;

    internal static string Make(string kind)
    {
        var sb = new StringBuilder(Size + 64);
        var rng = new Random(7);
        while (sb.Length < Size)
        {
            switch (kind)
            {
                case "no punctuation": sb.Append("word said Smith according to the minister he believes that "); break;
                case "quotation marks": sb.Append('"'); break;
                case "only digits": sb.Append((char)('0' + rng.Next(10))); break;
                case "emoji": sb.Append("\U0001F600\U0001F4A5 "); break;
                case "right-to-left": sb.Append("\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631 \u00AB\u0646\u0639\u0645\u00BB. "); break;
                case "unbalanced quotes": sb.Append(rng.Next(3) == 0 ? "\u201C He said " : "\u201D, she added. \u201C"); break;
                default: sb.Append("Mr. Dr. U.S. No. Sen. Gov. Inc. J. "); break;
            }
        }
        return sb.ToString(0, Size);
    }
}
