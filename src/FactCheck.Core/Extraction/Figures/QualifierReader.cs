namespace FactCheck.Core.Extraction.Figures;

/// <summary>How a qualifier bends a figure: an open or closed range, an approximation, or both ("about 10–20").</summary>
[Flags]
public enum QualifierKind { None = 0, Range = 1, Approximate = 2 }

internal readonly record struct QualifierMatch(int First, int Last, string Text, QualifierKind Kind);

/// <summary>Reads "at least", "more than", "nearly", "~", ">"... before a number, and "or more" after it.</summary>
public static class QualifierReader
{
    private static readonly (string[] Words, QualifierKind Kind)[] Before = Build(
    [
        ("as many as", QualifierKind.Range), ("as much as", QualifierKind.Range), ("as few as", QualifierKind.Range), ("as little as", QualifierKind.Range),
        ("as high as", QualifierKind.Range), ("as low as", QualifierKind.Range), ("no more than", QualifierKind.Range), ("not more than", QualifierKind.Range),
        ("no fewer than", QualifierKind.Range), ("no less than", QualifierKind.Range), ("in excess of", QualifierKind.Range), ("upwards of", QualifierKind.Range),
        ("at least", QualifierKind.Range), ("at most", QualifierKind.Range), ("more than", QualifierKind.Range), ("fewer than", QualifierKind.Range),
        ("less than", QualifierKind.Range), ("greater than", QualifierKind.Range), ("higher than", QualifierKind.Range), ("lower than", QualifierKind.Range),
        ("larger than", QualifierKind.Range), ("smaller than", QualifierKind.Range), ("longer than", QualifierKind.Range), ("shorter than", QualifierKind.Range),
        ("just over", QualifierKind.Range), ("just under", QualifierKind.Range), ("well over", QualifierKind.Range), ("well above", QualifierKind.Range),
        ("up to", QualifierKind.Range), ("down to", QualifierKind.Range), ("upto", QualifierKind.Range), ("ranging from", QualifierKind.Range), ("range from", QualifierKind.Range),
        ("over", QualifierKind.Range), ("under", QualifierKind.Range), ("above", QualifierKind.Range), ("below", QualifierKind.Range),
        ("exceeding", QualifierKind.Range), ("exceeds", QualifierKind.Range), ("within", QualifierKind.Range), ("between", QualifierKind.Range), ("from", QualifierKind.Range),
        ("in the order of", QualifierKind.Approximate), ("on the order of", QualifierKind.Approximate), ("of the order of", QualifierKind.Approximate),
        ("an estimated", QualifierKind.Approximate), ("close to", QualifierKind.Approximate), ("near", QualifierKind.Approximate), ("nearly", QualifierKind.Approximate), ("almost", QualifierKind.Approximate),
        ("about", QualifierKind.Approximate), ("around", QualifierKind.Approximate), ("approximately", QualifierKind.Approximate), ("roughly", QualifierKind.Approximate),
        ("some", QualifierKind.Approximate), ("circa", QualifierKind.Approximate), ("approx .", QualifierKind.Approximate), ("ca .", QualifierKind.Approximate),
        ("c .", QualifierKind.Approximate), ("estimated", QualifierKind.Approximate),
        ("> =", QualifierKind.Range), ("< =", QualifierKind.Range), ("≥", QualifierKind.Range), ("≤", QualifierKind.Range), ("⩾", QualifierKind.Range),
        ("⩽", QualifierKind.Range), (">", QualifierKind.Range), ("<", QualifierKind.Range), ("≳", QualifierKind.Range), ("≲", QualifierKind.Range),
        ("~", QualifierKind.Approximate), ("∼", QualifierKind.Approximate), ("≈", QualifierKind.Approximate), ("≃", QualifierKind.Approximate),
    ]);

    private static readonly (string[] Words, QualifierKind Kind)[] After = Build(
    [
        ("or more", QualifierKind.Range), ("or less", QualifierKind.Range), ("or fewer", QualifierKind.Range), ("or above", QualifierKind.Range),
        ("or over", QualifierKind.Range), ("and above", QualifierKind.Range), ("and over", QualifierKind.Range), ("or higher", QualifierKind.Range),
        ("or so", QualifierKind.Approximate), ("+", QualifierKind.Range),
    ]);

    // Words that need a figure right after them to be qualifiers at all; "from" and "between"
    // only qualify when a range follows ("from 5 to 7"), which the finder checks.
    internal static readonly HashSet<string> RangeOnly = ["from", "between", "ranging from", "range from"];

    private static (string[] Words, QualifierKind Kind)[] Build((string Phrase, QualifierKind Kind)[] list) =>
        [.. list.Select(p => (p.Phrase.Split(' '), p.Kind)).OrderByDescending(p => p.Item1.Length)];

    /// <summary>
    /// The kind of a qualifier as the finder writes it; a range with an approximate qualifier is
    /// written "about, between" and is both. None when unknown.
    /// </summary>
    public static QualifierKind Classify(string? qualifier)
    {
        if (string.IsNullOrWhiteSpace(qualifier)) return QualifierKind.None;
        var result = QualifierKind.None;
        foreach (var part in qualifier.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var lower = part.ToLowerInvariant();
            if (lower.Length > 0 && ">=<≥≤⩾⩽≳≲".Contains(lower[0])) { result |= QualifierKind.Range; continue; }
            var words = lower.Replace(".", " .").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var (phrase, kind) in Before.Concat(After))
                if (phrase.SequenceEqual(words)) { result |= kind; break; }
        }
        return result;
    }

    internal static QualifierMatch? ReadBefore(Tokens t, int first)
    {
        foreach (var (words, kind) in Before)
        {
            var start = first - words.Length;
            if (start < 0 || !Matches(t, start, words)) continue;
            // "some" and "estimated" are ordinary words unless right before the number.
            return new QualifierMatch(start, first - 1, Normalise(t, start, first - 1), kind);
        }
        return null;
    }

    internal static QualifierMatch? ReadAfter(Tokens t, int last)
    {
        foreach (var (words, kind) in After)
        {
            if (!Matches(t, last + 1, words)) continue;
            if (words[0] == "+" && (!t.Adjacent(last + 1) || t.IsNumber(last + 2) || t.IsWord(last + 2) && t.Adjacent(last + 2))) continue;
            return new QualifierMatch(last + 1, last + words.Length, Normalise(t, last + 1, last + words.Length), kind);
        }
        return null;
    }

    private static bool Matches(Tokens t, int start, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            var i = start + k;
            if (i >= t.Count) return false;
            if (t[i].Kind == TokenKind.Symbol ? !t.Span(i).Equals(words[k], StringComparison.Ordinal) : !t.IsWord(i, words[k])) return false;
        }
        return true;
    }

    private static string Normalise(Tokens t, int first, int last) =>
        t.Text[t[first].Start..t[last].End].ToLowerInvariant().Replace(" .", ".");
}
