namespace FactCheck.Core.Extraction.Figures;

/// <summary>
/// How a qualifier bends a figure. <see cref="None"/> is an exact figure. <see cref="Range"/> alone is a closed
/// range ("between 10 and 20", "10–20"); <see cref="LowerBound"/> ("at least", "more than", "over", "≥") and
/// <see cref="UpperBound"/> ("up to", "less than", "under", "at most", "≤") include the <see cref="Range"/> bit,
/// so <c>HasFlag(Range)</c> asks whether a figure is any kind of range (MeasEval's IsRange) and
/// <c>HasFlag(Approximate)</c> whether it is approximate (IsApproximate). Both at once: "about 10–20", "≳ 5".
/// </summary>
/// <remarks>
/// "nearly" and "almost" are <see cref="Approximate"/>, not upper bounds: "nearly 40%" tells a checker the
/// value is close to 40, which is how MeasEval annotates it too, and a value of 25% would make the claim false
/// although it is below 40.
/// </remarks>
[Flags]
public enum QualifierKind
{
    None = 0,
    Range = 1,
    Approximate = 2,
    LowerBound = Range | 4,
    UpperBound = Range | 8,
}

internal readonly record struct QualifierMatch(int First, int Last, string Text, QualifierKind Kind);

/// <summary>Reads "at least", "more than", "nearly", "~", ">"... before a number, and "or more" after it.</summary>
public static class QualifierReader
{
    private const QualifierKind Lower = QualifierKind.LowerBound, Upper = QualifierKind.UpperBound, Approx = QualifierKind.Approximate;

    private static readonly (string[] Words, QualifierKind Kind)[] Before = Build(
    [
        // "as many as 40" caps the count at 40; "as few as 3" says it goes down that far.
        ("as many as", Upper), ("as much as", Upper), ("as high as", Upper), ("as few as", Lower), ("as little as", Lower), ("as low as", Lower),
        ("no more than", Upper), ("not more than", Upper), ("no fewer than", Lower), ("no less than", Lower), ("not less than", Lower),
        ("in excess of", Lower), ("upwards of", Lower), ("at least", Lower), ("at most", Upper), ("more than", Lower), ("fewer than", Upper),
        ("less than", Upper), ("greater than", Lower), ("higher than", Lower), ("lower than", Upper), ("larger than", Lower), ("smaller than", Upper),
        ("longer than", Lower), ("shorter than", Upper), ("just over", Lower), ("just under", Upper), ("well over", Lower), ("well above", Lower),
        ("well below", Upper), ("well under", Upper), ("up to", Upper), ("down to", Lower), ("upto", Upper), ("over", Lower), ("under", Upper),
        ("above", Lower), ("below", Upper), ("exceeding", Lower), ("exceeds", Lower), ("within", Upper),
        ("ranging from", QualifierKind.Range), ("range from", QualifierKind.Range), ("between", QualifierKind.Range), ("from", QualifierKind.Range),
        ("in the order of", Approx), ("on the order of", Approx), ("of the order of", Approx),
        ("an estimated", Approx), ("close to", Approx), ("near the", Approx), ("near", Approx), ("nearly", Approx), ("almost", Approx),
        ("about", Approx), ("around", Approx), ("approximately", Approx), ("roughly", Approx),
        ("some", Approx), ("several", Approx), ("a few", Approx), ("circa", Approx), ("approx .", Approx), ("ca .", Approx),
        ("c .", Approx), ("estimated", Approx),
        ("> =", Lower), ("< =", Upper), ("≥", Lower), ("≤", Upper), ("⩾", Lower), ("⩽", Upper), (">", Lower), ("<", Upper),
        ("≳", Lower | Approx), ("≲", Upper | Approx),
        ("~", Approx), ("∼", Approx), ("≈", Approx), ("≃", Approx),
    ]);

    private static readonly (string[] Words, QualifierKind Kind)[] After = Build(
    [
        ("or more", Lower), ("or less", Upper), ("or fewer", Upper), ("or above", Lower), ("or over", Lower), ("and above", Lower),
        ("and over", Lower), ("or higher", Lower), ("or longer", Lower), ("or so", Approx), ("+", Lower),
    ]);

    // Words that bound the figure after them without being part of it: "an upper limit of 8000 K" is a
    // bound on 8000 K, and the quantity a reader would mark is "8000 K".
    private static readonly (string[] Words, QualifierKind Kind)[] Leading = Build(
    [
        ("upper limit of", Upper), ("lower limit of", Lower), ("upper bound of", Upper), ("lower bound of", Lower),
        ("maximum of", Upper), ("minimum of", Lower),
        // "diagnosed before the age of 65": an age bound, the age itself the figure.
        ("before the age of", Upper), ("under the age of", Upper), ("below the age of", Upper),
        ("after the age of", Lower), ("over the age of", Lower), ("above the age of", Lower),
    ]);

    private static readonly Dictionary<string, (string[] Words, QualifierKind Kind)[]> BeforeByLastWord = ByLastWord(Before);
    private static readonly Dictionary<string, (string[] Words, QualifierKind Kind)[]> LeadingByLastWord = ByLastWord(Leading);

    // Longest phrase first within each group, as in the tables.
    private static Dictionary<string, (string[] Words, QualifierKind Kind)[]> ByLastWord((string[] Words, QualifierKind Kind)[] table) =>
        table.GroupBy(p => p.Words[^1], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);

    // Words that need a figure right after them to be qualifiers at all; "from" and "between"
    // only qualify when a range follows ("from 5 to 7"), which the finder checks.
    internal static readonly HashSet<string> RangeOnly = ["from", "between", "ranging from", "range from"];

    private static (string[] Words, QualifierKind Kind)[] Build((string Phrase, QualifierKind Kind)[] list) =>
        [.. list.Select(p => (p.Phrase.Split(' '), p.Kind)).OrderByDescending(p => p.Item1.Length)];

    /// <summary>
    /// The MeasEval classes of a qualifier as the finder writes it: <see cref="QualifierKind.Range"/> for any
    /// range or bound, <see cref="QualifierKind.Approximate"/> for approximations; a range with an approximate
    /// qualifier is written "about, between" and is both. None when unknown.
    /// </summary>
    public static QualifierKind Classify(string? qualifier) => KindOf(qualifier) & (QualifierKind.Range | QualifierKind.Approximate);

    /// <summary>
    /// The kind of a qualifier text, for figures that carry only the text (made by hand or by another
    /// extractor): lower and upper bounds told apart. None when unknown.
    /// </summary>
    public static QualifierKind KindOf(string? qualifier)
    {
        if (string.IsNullOrWhiteSpace(qualifier)) return QualifierKind.None;
        var result = QualifierKind.None;
        foreach (var part in qualifier.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var lower = part.ToLowerInvariant();
            var words = lower.Replace(".", " .").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var known = false;
            // Longest known phrase first, then the rest: "above ∼" is a bound and approximate.
            for (var start = 0; start < words.Length;)
            {
                var matched = 0;
                foreach (var (phrase, kind) in Before.Concat(After).Concat(Leading))
                {
                    if (phrase.Length > words.Length - start || !phrase.AsSpan().SequenceEqual(words.AsSpan(start, phrase.Length))) continue;
                    result = Combine(result, kind);
                    matched = phrase.Length;
                    break;
                }
                if (matched == 0 && TimeWindows.Contains(words[start])) { result = Combine(result, QualifierKind.Range); matched = 1; }
                if (matched == 0 && words[start] == "since") { result = Combine(result, Lower); matched = 1; }
                if (matched == 0 && words[start] == "before") { result = Combine(result, Upper); matched = 1; }
                if (matched == 0) break;
                known = true;
                start += matched;
            }
            if (!known && lower.Length > 0 && ">=<≥≤⩾⩽".Contains(lower[0])) result = Combine(result, lower[0] is '>' or '≥' or '⩾' ? Lower : Upper);
        }
        return result;
    }

    /// <summary>A figure's qualifier kind: the one the finder gave it, or else the one its qualifier's words name.</summary>
    public static QualifierKind KindOf(Figure figure) =>
        figure.QualifierKind != QualifierKind.None ? figure.QualifierKind : KindOf(figure.Qualifier);

    /// <summary>Two qualifiers on one figure: the outer bound wins ("up to at least"), approximation adds up.</summary>
    internal static QualifierKind Combine(QualifierKind outer, QualifierKind inner)
    {
        var bound = outer & ~QualifierKind.Approximate;
        if (bound == QualifierKind.None) bound = inner & ~QualifierKind.Approximate;
        return bound | ((outer | inner) & QualifierKind.Approximate);
    }

    /// <summary>The qualifier right before token <paramref name="first"/>.</summary>
    internal static QualifierMatch? ReadBefore(Tokens t, int first) =>
        ReadOne(BeforeByLastWord, t, first)
        // "θ ≈ − 10 mdeg": a sign set apart from its number after an approximation symbol.
        ?? (first >= 2 && t.IsAny(first - 1, "−-") && !t.Adjacent(first - 1) && t[first - 2].Kind == TokenKind.Symbol
            && ReadOne(BeforeByLastWord, t, first - 1) is { Kind: QualifierKind.Approximate } signed ? signed with { Last = first - 1 } : null);

    /// <summary>
    /// A second qualifier before <paramref name="inner"/>: "above ∼500 K", "less than ∼10", "up to at least 3",
    /// "between ∼5 and 7". It stacks only onto a symbol or an approximation, or an upper bound onto a lower one;
    /// never two words that each need the number ("over under").
    /// </summary>
    internal static QualifierMatch? ReadOuter(Tokens t, QualifierMatch inner)
    {
        if (ReadOne(BeforeByLastWord, t, inner.First) is not { } outer) return null;
        if (!(inner.Kind.HasFlag(QualifierKind.Approximate) || t[inner.First].Kind == TokenKind.Symbol
              || outer.Kind == QualifierKind.UpperBound && inner.Kind == QualifierKind.LowerBound)) return null;
        return outer;
    }

    /// <summary>A qualifier starting at token <paramref name="i"/>: the "around" in "from 50% to around 80%".</summary>
    internal static QualifierMatch? ReadAt(Tokens t, int i)
    {
        foreach (var (words, kind) in Before)
        {
            if (!Matches(t, i, words)) continue;
            return new QualifierMatch(i, i + words.Length - 1, Normalise(t, i, i + words.Length - 1), kind);
        }
        return null;
    }

    /// <summary>A bound named before the figure but outside it: "an upper limit of", "a maximum of".</summary>
    internal static QualifierMatch? ReadLeading(Tokens t, int first) => ReadOne(LeadingByLastWord, t, first);

    private static QualifierMatch? ReadOne(Dictionary<string, (string[] Words, QualifierKind Kind)[]> table, Tokens t, int first)
    {
        // Every number asks: look up the phrases ending in the word before it instead of trying them all.
        if (first < 1 || first > t.Count || !table.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(t.Span(first - 1), out var phrases)) return null;
        foreach (var (words, kind) in phrases)
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

    /// <summary>Words that make a duration or depth a window: "the past 14 days", "the top 10 cm".</summary>
    internal static readonly HashSet<string> TimeWindows = new(StringComparer.OrdinalIgnoreCase) { "past", "last", "first", "top", "upper", "bottom" };

    /// <summary>
    /// "the past 14 days", "the last 200 years", "the top 10 cm": a window from a boundary, a range; "before 6 months",
    /// a bound in time.
    /// </summary>
    internal static QualifierMatch? ReadWindow(Tokens t, int first, string? unit)
    {
        var k = first - 1;
        // "diagnosed before 6 months of age": a duration bounding when something happened. ("After 8 days" is read as
        // the moment of a measurement, not a bound.)
        if (unit is not null && t.IsWord(k, "before") && UnitReader.IsTimeUnit(unit))
            return new QualifierMatch(k, k, "before", QualifierKind.UpperBound);
        if (unit is null || !t.IsWord(k) || !TimeWindows.Contains(t.Str(k))) return null;
        var word = t.Lower(k);
        var time = UnitReader.IsTimeUnit(unit);
        var length = UnitReader.IsLengthUnit(unit);
        // "past" and "last" reach back in time; "top", "upper" and "bottom" measure down from a surface.
        if (word is "past" or "last" or "first" ? !time : !length) return null;
        // After a determiner or preposition only: "in the past 14 days", not "past 14 days" as a verb's object.
        if (!(t.IsWord(k - 1) && t.Lower(k - 1) is "the" or "its" or "their" or "our" or "his" or "her" or "in" or "over" or "during" or "within" or "for")) return null;
        return new QualifierMatch(k, k, word, QualifierKind.Range);
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
