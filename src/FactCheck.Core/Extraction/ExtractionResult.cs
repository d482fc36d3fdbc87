using FactCheck.Core.Extraction.Figures;
using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction;

public enum ClaimKind { Attribution, Figure, Fact }

/// <summary>"CITY, Month DD (AGENCY)--" recognised at the start of the body.</summary>
public sealed record Dateline(string? Place, DateOnly? Date, string? Agency, TextSpan Span);

/// <summary>Who said it: the resolved name, and the words used at this place in the text.</summary>
public sealed record Speaker(string Name, string Mention, TextSpan Span);

/// <summary>The words that mark an attribution: "said", "according to", "told reporters".</summary>
public sealed record Cue(string Text, TextSpan Span);

/// <summary>A number the article cites, with what qualifies it and what it measures.</summary>
/// <param name="Value">The number; a range's or a list's first value.</param>
/// <param name="Qualifier">The qualifier's words as written, lower-cased ("at least", "about, between").</param>
/// <param name="QualifierKind">
/// Exact, approximate, a lower or upper bound, or a range (see <see cref="Figures.QualifierKind"/>). Figures
/// made without it (by hand, by another extractor) leave it None; <see cref="QualifierReader.KindOf(Figure)"/>
/// then reads the qualifier's words.
/// </param>
public sealed record Figure(
    string Text,
    TextSpan Span,
    double? Value,
    string? Unit,
    string? Qualifier,
    string? Measure,
    DateOnly? Date,
    QualifierKind QualifierKind = QualifierKind.None);

/// <summary>One atomic, checkable claim anchored in the original text.</summary>
public sealed record ExtractedClaim
{
    public required string Id { get; init; }
    public required ClaimKind Kind { get; init; }
    /// <summary>Standalone statement: names instead of pronouns, dates instead of relative dates.</summary>
    public required string Statement { get; init; }
    public required TextSpan Span { get; init; }
    public Speaker? Speaker { get; init; }
    public Cue? Cue { get; init; }
    /// <summary>Attribution only: what was said, without cue and speaker.</summary>
    public IReadOnlyList<TextSpan>? Content { get; init; }
    /// <summary>Attribution only: true when the content is an exact quotation.</summary>
    public bool? Direct { get; init; }
    public IReadOnlyList<Figure> Figures { get; init; } = [];
    /// <summary>Whether the article says who a claim (or its figure) comes from.</summary>
    public bool? Sourced { get; init; }
    /// <summary>0..1, higher is more worth checking.</summary>
    public double CheckWorthiness { get; init; }
    /// <summary>Attribution only: which finder rule made it, for error listings (not stored or shown).</summary>
    internal string Rule { get; init; } = "";
}

public sealed record ExtractionResult(
    string? Title,
    DateOnly? Published,
    Dateline? Dateline,
    IReadOnlyList<DocumentBlock> Blocks,
    IReadOnlyList<ExtractedClaim> Claims);

/// <summary>Turns an article's text into claims. Deterministic implementations need no network.</summary>
public interface IClaimExtractor
{
    /// <param name="text">The article text exactly as given; every span points into it.</param>
    /// <param name="published">The article's date, used to resolve relative dates; inferred from the dateline when null.</param>
    /// <param name="progress">Receives the fraction done, 0..1, for long texts.</param>
    ExtractionResult Extract(string text, DateOnly? published = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default);
}
