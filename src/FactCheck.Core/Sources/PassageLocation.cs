namespace FactCheck.Core.Sources;

/// <summary>W3C Web Annotation TextQuoteSelector: the passage as it stands in the snapshot, with about 32 characters either side to disambiguate.</summary>
public sealed record TextQuoteSelector(string Exact, string Prefix, string Suffix)
{
    /// <summary>The selector's type name, as JSON exports of W3C annotations carry it.</summary>
    public string Type => "TextQuoteSelector";
}

/// <summary>W3C Web Annotation TextPositionSelector: a half-open range [Start, End) of C# string indices into the snapshot text.</summary>
public readonly record struct TextPositionSelector(int Start, int End)
{
    public string Type => "TextPositionSelector";
}

/// <summary>Where a passage was found in a snapshot; both selectors are null when it was not.</summary>
/// <param name="Occurrences">How many times the passage occurs; above 1 the first is anchored and the prefix/suffix tell them apart.</param>
public sealed record PassageLocation(bool Found, TextQuoteSelector? Quote, TextPositionSelector? Position, int Occurrences)
{
    public static PassageLocation NotFound { get; } = new(false, null, null, 0);
}

/// <summary>A stored evidence anchor: which snapshot it was checked against and where the passage was.</summary>
public sealed record EvidenceAnchor(long SnapshotId, bool Found, TextPositionSelector? Position, TextQuoteSelector? Quote);
