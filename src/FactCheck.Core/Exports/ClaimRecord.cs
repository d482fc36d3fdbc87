using FactCheck.Core.Extraction;
using FactCheck.Core.Reviews;
using FactCheck.Core.Sources;

namespace FactCheck.Core.Exports;

/// <summary>One claim as exported for analysis: what it is, where it stands in the article, how it was judged.</summary>
public sealed record ClaimRecord
{
    public long Id { get; init; }
    public long ArticleId { get; init; }
    public required string ArticleTitle { get; init; }
    public string Kind { get; init; } = "";
    public required string Statement { get; init; }
    public required string Quote { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
    public string? Speaker { get; init; }
    public string? Cue { get; init; }
    public bool? Direct { get; init; }
    public IReadOnlyList<Figure> Figures { get; init; } = [];
    public bool? Sourced { get; init; }
    public double CheckWorthiness { get; init; }
    public string Status { get; init; } = "";
    public string? Verdict { get; init; }
    public string? Explanation { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];
    public required IReadOnlyList<object> Selectors { get; init; }

    /// <summary>The W3C Web Annotation selectors that find the claim's words in the article again.</summary>
    private static IReadOnlyList<object> Anchor(string text, Text.TextSpan span)
    {
        var start = Math.Clamp(span.Start, 0, text.Length);
        var end = Math.Clamp(span.End, start, text.Length);
        return [PassageLocator.QuoteAt(text, start, end), new TextPositionSelector(start, end)];
    }

    public static IReadOnlyList<ClaimRecord> From(Article article, IReadOnlyList<Claim> claims, IReadOnlyList<Evidence> evidence)
    {
        var byClaim = evidence.ToLookup(e => e.ClaimId);
        return claims.Select(c => new ClaimRecord
        {
            Id = c.Id, ArticleId = article.Id, ArticleTitle = article.Title,
            Kind = c.Kind.ToString().ToLowerInvariant(), Statement = c.Statement,
            Quote = c.Span.End <= article.Text.Length ? c.Span.Slice(article.Text) : "",
            Start = c.Span.Start, End = c.Span.End, Speaker = c.SpeakerName, Cue = c.Cue, Direct = c.Direct,
            Figures = c.Figures, Sourced = c.Sourced, CheckWorthiness = c.CheckWorthiness,
            Status = c.Status.ToString(), Verdict = c.Verdict, Explanation = c.Explanation,
            Sources = byClaim[c.Id].Select(e => e.Source.Url).Distinct().ToList(),
            Selectors = Anchor(article.Text, c.Span),
        }).ToList();
    }
}
