using System.Diagnostics;
using System.Text;
using FactCheck.Core.Extraction;

namespace FactCheck.Core.Tests.Extraction;

/// <summary>Inputs built to hurt: each must come back quickly, without an exception, with spans inside the text.</summary>
[Collection(HostileInputCollection.Name)]
public class HostileInputTests
{
    private const int Size = 1_000_000;

    public static TheoryData<string> Inputs() => new()
    {
        "no punctuation",
        "quotation marks",
        "unbalanced quotes",
        "digits",
        "emoji",
        "rtl",
        "newlines",
        "abbreviations",
        "random words",
    };

    private static readonly string[] Words = ["flood", "river", "city", "mayor", "said", "homes", "water", "the", "of", "and", "for", "in"];

    private static string Make(string kind)
    {
        var sb = new StringBuilder(Size + 64);
        var rng = new Random(7);
        while (sb.Length < Size)
        {
            switch (kind)
            {
                case "no punctuation": sb.Append("word said Smith according to the minister he believes that "); break;
                case "quotation marks": sb.Append('"'); break;
                case "unbalanced quotes": sb.Append(rng.Next(3) == 0 ? "\u201C He said " : "\u201D, she added. \u201C"); break;
                case "digits": sb.Append((char)('0' + rng.Next(10))); break;
                case "emoji": sb.Append("\U0001F600\U0001F4A5 "); break;
                case "rtl": sb.Append("\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631 \u00AB\u0646\u0639\u0645\u00BB. "); break;
                case "newlines": sb.Append(rng.Next(2) == 0 ? "\n" : "\n\n"); break;
                // Function words anywhere, subjects that start with a preposition ("of the river said"), no sentence ends.
                case "random words": sb.Append(Words[rng.Next(Words.Length)]).Append(' '); break;
                default: sb.Append("Mr. Dr. U.S. No. Sen. Gov. Inc. J. "); break;
            }
        }
        return sb.ToString(0, Size);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Returns_in_bounded_time_without_exception(string kind)
    {
        var text = Make(kind);
        var watch = Stopwatch.StartNew();
        var result = new ClaimExtractor().Extract(text, cancellationToken: TestContext.Current.CancellationToken);
        watch.Stop();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{kind}: {watch.Elapsed}");
        foreach (var c in result.Claims)
        {
            Assert.InRange(c.Span.Start, 0, text.Length);
            Assert.InRange(c.Span.End, c.Span.Start, text.Length);
            Assert.True(c.Statement.Length <= 601);
        }
        // The JSON writer must cope with whatever the statements hold (cut surrogate pairs included).
        Assert.StartsWith("{", ExtractionJson.Serialize(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Time_grows_linearly_with_the_input()
    {
        const string paragraph = "\u201CWe will rebuild,\u201D Mayor Ana Ruiz said on Tuesday. Officials said at least 40 roads were closed, and the minister added that help was coming. According to the ministry, 12 bridges were damaged.\n\n";
        var small = string.Concat(Enumerable.Repeat(paragraph, 1_000));
        var large = string.Concat(Enumerable.Repeat(paragraph, 8_000));
        var extractor = new ClaimExtractor();
        extractor.Extract(small, cancellationToken: TestContext.Current.CancellationToken); // warm up the JIT

        var t1 = Time(() => extractor.Extract(small, cancellationToken: TestContext.Current.CancellationToken));
        var t8 = Time(() => extractor.Extract(large, cancellationToken: TestContext.Current.CancellationToken));

        // Eight times the text may take up to ~20 times as long on a noisy shared machine, never ~64 times.
        Assert.True(t8 < t1 * 20 + 0.5, $"1x: {t1:F3}s, 8x: {t8:F3}s");
    }

    private static double Time(Action action)
    {
        var w = Stopwatch.StartNew();
        action();
        return w.Elapsed.TotalSeconds;
    }
}
