using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction;

/// <summary>The built-in rule-based extractor. (Placeholder: one fact claim per paragraph until the real pipeline lands.)</summary>
public sealed class ClaimExtractor : IClaimExtractor
{
    public ExtractionResult Extract(string text, DateOnly? published = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var blocks = new List<DocumentBlock>();
        var claims = new List<ExtractedClaim>();
        var start = 0;
        foreach (var part in text.Split("\n\n"))
        {
            var span = new TextSpan(start, start + part.Length);
            start += part.Length + 2;
            if (string.IsNullOrWhiteSpace(part)) continue;
            blocks.Add(new DocumentBlock(BlockKind.Paragraph, span));
            claims.Add(new ExtractedClaim { Id = $"c{claims.Count + 1}", Kind = ClaimKind.Fact, Statement = part.Trim(), Span = span, CheckWorthiness = 0.5 });
        }
        progress?.Report(1);
        return new ExtractionResult(null, published, null, blocks, claims);
    }
}
