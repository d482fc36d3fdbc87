namespace FactCheck.Core.Sources;

/// <summary>
/// Finds a quoted passage in a snapshot despite the differences copying introduces: line breaks and
/// runs of spaces, curly or straight quotes and guillemets, kinds of dash, case, and words hyphenated at
/// a line end. Linear in the snapshot's length (one normalising pass, then an ordinal search).
/// </summary>
public static class PassageLocator
{
    /// <summary>Characters of context kept either side, as Hypothesis and other Web Annotation clients do.</summary>
    public const int ContextLength = 32;

    public static PassageLocation Locate(string snapshotText, string passage)
    {
        ArgumentNullException.ThrowIfNull(snapshotText);
        ArgumentNullException.ThrowIfNull(passage);
        var needle = MatchText.Of(passage).Text.Trim();
        if (needle.Length == 0 || snapshotText.Length == 0) return PassageLocation.NotFound;
        var hay = MatchText.Of(snapshotText);
        var at = hay.Text.IndexOf(needle, StringComparison.Ordinal);
        if (at < 0) return PassageLocation.NotFound;

        var occurrences = 1;
        for (var next = hay.Text.IndexOf(needle, at + 1, StringComparison.Ordinal); next >= 0 && occurrences < 100;
             next = hay.Text.IndexOf(needle, next + 1, StringComparison.Ordinal))
            occurrences++;

        var start = hay.Map[at];
        var end = hay.Map[at + needle.Length - 1] + 1;
        return new PassageLocation(true, QuoteAt(snapshotText, start, end), new TextPositionSelector(start, end), occurrences);
    }

    /// <summary>The quote selector for [start, end) of <paramref name="text"/>.</summary>
    public static TextQuoteSelector QuoteAt(string text, int start, int end)
    {
        var prefixStart = Math.Max(0, start - ContextLength);
        var suffixEnd = Math.Min(text.Length, end + ContextLength);
        return new TextQuoteSelector(text[start..end], text[prefixStart..start], text[end..suffixEnd]);
    }
}
