using FactCheck.Core.Extraction;
using FactCheck.Core.Extraction.Figures;
using FactCheck.Core.Text;

namespace FactCheck.Core.Sources;

public enum FigureOutcome
{
    /// <summary>The source gives the same number (allowing for the claim's rounding: "1.2 million" matches 1,204,000).</summary>
    Matches,
    /// <summary>The source's number differs but is what the claim's qualifier allows ("at least 40%" and 43%).</summary>
    Consistent,
    /// <summary>The source gives the same number but qualifies it otherwise ("an estimated 2.3 million" and "more than 2.3 million"), or only one side qualifies it.</summary>
    QualifierDiffers,
    /// <summary>The source gives this measure a number the claim does not allow.</summary>
    Differs,
    /// <summary>No figure in the source measures the same thing.</summary>
    NotFound,
}

/// <summary>What the source says about a claimed figure. A hint for the reviewer, never a verdict.</summary>
/// <param name="Message">For the reviewer: the source's figure, then whether the value or the qualifier differs, and how.</param>
/// <param name="DifferencePercent">(source − claim) / |claim| × 100; negative when the source's number is lower. Null when not found.</param>
public sealed record FigureComparison(FigureOutcome Outcome, Figure? SourceFigure, double? DifferencePercent, string Message);

/// <summary>
/// Finds the figure in a snapshot that measures what a claimed figure measures, and compares the two: first
/// the values, then the qualifiers ("more than 2.3 million" in both is the same figure, though 2.3 million is
/// not more than itself; "an estimated 2.3 million" and "more than 2.3 million" differ only in the qualifier).
/// </summary>
/// <remarks>
/// Same measure: units compatible (percentages with percentages, "km" with "km", counted nouns such as
/// "people" and "residents" with each other or with a bare number) and at least one shared word between
/// the claim's measure, unit and statement and the source figure's measure, unit and surrounding words;
/// without a shared word, the same number with the same unit, or a number too particular to recur by chance
/// ("4,120"), however either side qualifies it.
/// Qualifiers: "at least"/"no fewer than"/"or more" need source ≥ claim; "more than"/"over"/"above" need
/// source &gt; claim; "up to"/"at most"/"as many as" need source ≤ claim; "less than"/"under"/"below"
/// need source &lt; claim; "about"/"around"/"roughly"/"some"/"~" allow ±<see cref="ApproximateTolerance"/>;
/// "nearly"/"almost" allow the source to be up to that much below and not above; "between X and Y" needs
/// the source in the range. An unqualified figure must match to the precision it is written with
/// ("40%" matches 40.4%, "1,204" needs 1,204), never looser than ±<see cref="ApproximateTolerance"/>.
/// The same value qualified alike on both sides matches; qualified otherwise, or on one side only ("at least
/// 4,120" and 4,120), it is <see cref="FigureOutcome.QualifierDiffers"/>.
/// </remarks>
public static partial class FigureCheck
{
    /// <summary>How far "about", "around", "nearly" and the like stretch: 5% of the claimed value.</summary>
    public const double ApproximateTolerance = 0.05;

    private const int ContextChars = 100;

    /// <summary>How many of the sentences closest to the claim are searched for figures.</summary>
    private const int MaxSentences = 40;

    private enum Relation { Exact, AtLeast, MoreThan, AtMost, LessThan, About, Nearly, Between }

    private static readonly Dictionary<string, Relation> Relations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["at least"] = Relation.AtLeast, ["no fewer than"] = Relation.AtLeast, ["no less than"] = Relation.AtLeast, ["or more"] = Relation.AtLeast,
        ["or above"] = Relation.AtLeast, ["or over"] = Relation.AtLeast, ["and above"] = Relation.AtLeast, ["and over"] = Relation.AtLeast,
        ["or higher"] = Relation.AtLeast, ["upwards of"] = Relation.AtLeast, ["≥"] = Relation.AtLeast, ["⩾"] = Relation.AtLeast, [">="] = Relation.AtLeast, ["+"] = Relation.AtLeast,
        ["more than"] = Relation.MoreThan, ["over"] = Relation.MoreThan, ["above"] = Relation.MoreThan, ["greater than"] = Relation.MoreThan,
        ["higher than"] = Relation.MoreThan, ["larger than"] = Relation.MoreThan, ["longer than"] = Relation.MoreThan, ["in excess of"] = Relation.MoreThan,
        ["exceeding"] = Relation.MoreThan, ["exceeds"] = Relation.MoreThan, ["well over"] = Relation.MoreThan, ["well above"] = Relation.MoreThan,
        ["just over"] = Relation.MoreThan, [">"] = Relation.MoreThan, ["≳"] = Relation.MoreThan,
        ["up to"] = Relation.AtMost, ["upto"] = Relation.AtMost, ["at most"] = Relation.AtMost, ["no more than"] = Relation.AtMost,
        ["not more than"] = Relation.AtMost, ["as many as"] = Relation.AtMost, ["as much as"] = Relation.AtMost, ["as high as"] = Relation.AtMost,
        ["or less"] = Relation.AtMost, ["or fewer"] = Relation.AtMost, ["within"] = Relation.AtMost, ["≤"] = Relation.AtMost, ["⩽"] = Relation.AtMost, ["<="] = Relation.AtMost,
        ["less than"] = Relation.LessThan, ["fewer than"] = Relation.LessThan, ["under"] = Relation.LessThan, ["below"] = Relation.LessThan,
        ["lower than"] = Relation.LessThan, ["smaller than"] = Relation.LessThan, ["shorter than"] = Relation.LessThan, ["just under"] = Relation.LessThan,
        ["<"] = Relation.LessThan, ["≲"] = Relation.LessThan,
        ["nearly"] = Relation.Nearly, ["almost"] = Relation.Nearly,
        ["between"] = Relation.Between, ["from"] = Relation.Between, ["ranging from"] = Relation.Between, ["range from"] = Relation.Between,
    };

    /// <param name="claimFigure">A figure found in the claim (by <see cref="FigureFinder"/>).</param>
    /// <param name="claimStatement">The claim's statement, whose words help tell which of the source's numbers is meant.</param>
    public static FigureComparison Compare(Figure claimFigure, string snapshotText, string? claimStatement = null)
    {
        ArgumentNullException.ThrowIfNull(claimFigure);
        ArgumentNullException.ThrowIfNull(snapshotText);
        if (claimFigure.Value is not { } claimed)
            return new(FigureOutcome.NotFound, null, null, $"\"{claimFigure.Text}\" has no number to compare.");

        var claimWords = ContextWords(claimFigure.Measure, claimFigure.Unit, claimStatement);
        // The figure's own measure and unit tell its number apart from the other numbers of the same statement.
        var claimOwn = ContextWords(claimFigure.Measure, claimFigure.Unit, null);
        var claimUnit = UnitOf(claimFigure);
        var candidates = new List<(Figure Figure, int Related, Judgement Judgement)>();
        foreach (var figure in CandidateFigures(claimFigure, snapshotText, claimStatement))
        {
            if (figure.Value is not { } value || (figure.Date is null) != (claimFigure.Date is null)) continue;
            if (!UnitsCompatible(claimUnit, UnitOf(figure)) || IsProportion(claimFigure) != IsProportion(figure)) continue;
            var related = Related(claimWords, figure, snapshotText) + 2 * Related(claimOwn, figure, snapshotText, ownOnly: true);
            candidates.Add((figure, related, Judge(claimFigure, claimed, figure, value)));
        }

        var relatedOnes = candidates.Where(c => c.Related > 0).ToList();
        var best = relatedOnes
            .OrderByDescending(c => c.Related)
            .ThenBy(c => c.Judgement.Outcome)
            .ThenBy(c => Math.Abs(c.Judgement.Difference))
            .ThenBy(c => c.Figure.Span.Start)
            .Cast<(Figure Figure, int Related, Judgement Judgement)?>()
            .FirstOrDefault();
        // The same number is evidence enough even when the words around it differ, however either side qualifies
        // it: with the same unit, or when the number is too particular to recur by chance ("4,120", not "12").
        best ??= candidates
            .Where(c => c.Judgement.SameValue && (claimUnit is not null && claimUnit == UnitOf(c.Figure) || Particular(claimFigure)))
            .Cast<(Figure Figure, int Related, Judgement Judgement)?>()
            .FirstOrDefault();
        if (best is not { } found)
            return new(FigureOutcome.NotFound, null, null, $"Not found: the source gives no figure for {Describe(claimFigure)}.");

        var (sourceFigure, _, judgement) = found;
        var difference = Math.Round(judgement.Difference, 1);
        return new(judgement.Outcome, sourceFigure, difference, Message(claimFigure, sourceFigure, judgement));
    }

    /// <summary>
    /// Figures of the sentences that share most with the claim: reading every figure of a long report is
    /// slow and, past <see cref="FigureFinder.MaxFigures"/>, incomplete; a figure in a sentence sharing
    /// nothing with the claim would not count as the same measure anyway.
    /// </summary>
    private static IEnumerable<Figure> CandidateFigures(Figure claimFigure, string snapshotText, string? claimStatement)
    {
        var query = claimStatement ?? string.Join(' ', new[] { claimFigure.Measure, claimFigure.Unit }.Where(w => w is not null));
        return PassageSuggester.Suggest(query, [claimFigure], snapshotText, MaxSentences)
            .OrderBy(p => p.Span.Start)
            .SelectMany(p => FigureFinder.Find(snapshotText, p.Span, null));
    }

    /// <param name="SameValue">The two give the same number (a range: the same range), whatever qualifies it.</param>
    private readonly record struct Judgement(FigureOutcome Outcome, double Difference, Relation Relation, bool SameValue);

    private static Judgement Judge(Figure claim, double claimed, Figure sourceFigure, double source)
    {
        var relation = RelationOf(claim);
        var difference = claimed == 0 ? (source == 0 ? 0 : 100) : (source - claimed) / Math.Abs(claimed) * 100;
        var rounding = RoundingTolerance(claim, claimed);
        var slack = Math.Max(ApproximateTolerance * Math.Abs(claimed), rounding);
        var equal = Math.Abs(source - claimed) <= rounding;
        var sourceRelation = RelationOf(sourceFigure);
        if (equal && SameSpan(claim, claimed, relation, sourceFigure, source, sourceRelation, rounding))
            return new(relation == sourceRelation ? FigureOutcome.Matches : FigureOutcome.QualifierDiffers, difference, relation, SameValue: true);
        bool ok = relation switch
        {
            Relation.AtLeast => source >= claimed,
            Relation.MoreThan => source > claimed,
            Relation.AtMost => source <= claimed,
            Relation.LessThan => source < claimed,
            Relation.About => Math.Abs(source - claimed) <= slack,
            Relation.Nearly => source <= claimed + rounding && source >= claimed - slack,
            Relation.Between => source >= claimed && source <= (UpperBound(claim, claimed) ?? claimed),
            _ => equal,
        };
        var outcome = !ok ? FigureOutcome.Differs
            : equal && relation is Relation.Exact or Relation.About or Relation.AtLeast or Relation.AtMost ? FigureOutcome.Matches
            : FigureOutcome.Consistent;
        return new(outcome, difference, relation, SameValue: false);
    }

    /// <summary>
    /// Whether two figures with the same first number span the same values: "between 40 and 45" is not
    /// "between 40 and 50", and a range is not the single number it starts at.
    /// </summary>
    private static bool SameSpan(Figure claim, double claimed, Relation relation, Figure source, double sourceValue, Relation sourceRelation, double rounding)
    {
        if ((relation == Relation.Between) != (sourceRelation == Relation.Between)) return false;
        if (relation != Relation.Between) return true;
        return UpperBound(claim, claimed) is { } top && UpperBound(source, sourceValue) is { } sourceTop && Math.Abs(top - sourceTop) <= rounding;
    }

    /// <summary>What the figure's qualifier demands: read from its words, or, with none ("40–45%"), from its kind.</summary>
    private static Relation RelationOf(Figure figure)
    {
        if (!string.IsNullOrWhiteSpace(figure.Qualifier)) return RelationOf(figure.Qualifier);
        var kind = figure.QualifierKind;
        return kind.HasFlag(QualifierKind.LowerBound) ? Relation.AtLeast
            : kind.HasFlag(QualifierKind.UpperBound) ? Relation.AtMost
            : kind.HasFlag(QualifierKind.Range) ? Relation.Between
            : kind.HasFlag(QualifierKind.Approximate) ? Relation.About
            : Relation.Exact;
    }

    private static Relation RelationOf(string? qualifier)
    {
        if (string.IsNullOrWhiteSpace(qualifier)) return Relation.Exact;
        var parts = qualifier.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // "about, between": the range decides; the approximation widens nothing the reviewer needs.
        foreach (var part in parts.Reverse())
            if (Relations.TryGetValue(part, out var r)) return r;
        return QualifierReader.Classify(qualifier).HasFlag(QualifierKind.Approximate) ? Relation.About : Relation.Exact;
    }

    /// <summary>
    /// Half a unit of the last digit written ("1.2 thousand" is anything from 1,150 to 1,250), at most
    /// <see cref="ApproximateTolerance"/> of the value.
    /// </summary>
    private static double RoundingTolerance(Figure figure, double value)
    {
        var words = new WordRanges(figure.Text);
        while (words.MoveNext())
        {
            var word = figure.Text.AsSpan(words.Start, words.End - words.Start);
            if (WordForms.Number(word) is not { } written || written == 0) continue;
            var point = word.IndexOf('.');
            var decimals = point < 0 ? 0 : word.Length - point - 1;
            var scale = Math.Abs(value / written);
            // Capped, or "2 million" (one digit) would stretch to half a million either way.
            return Math.Min(0.5 * Math.Pow(10, -decimals) * scale, ApproximateTolerance * Math.Abs(value));
        }
        return 0;
    }

    /// <summary>
    /// Whether a number is written with three or more significant digits ("4,120", "1.85", not "12", "2,000" or
    /// "2.3"): particular enough that the same number near the claim is the claimed one.
    /// </summary>
    private static bool Particular(Figure figure)
    {
        var words = new WordRanges(figure.Text);
        while (words.MoveNext())
        {
            var word = figure.Text.AsSpan(words.Start, words.End - words.Start);
            if (WordForms.Number(word) is null) continue;
            var digits = new string([.. word.ToString().Where(char.IsAsciiDigit)]).TrimStart('0');
            if (!word.Contains('.')) digits = digits.TrimEnd('0');
            return digits.Length >= 3;
        }
        return false;
    }

    /// <summary>The top of "between 200 and 300" (the finder reports the bottom as the value).</summary>
    private static double? UpperBound(Figure figure, double lower)
    {
        var numbers = new List<double>();
        var words = new WordRanges(figure.Text);
        while (words.MoveNext())
            if (WordForms.Number(figure.Text.AsSpan(words.Start, words.End - words.Start)) is { } n) numbers.Add(n);
        if (numbers.Count < 2 || numbers[0] == 0) return null;
        return numbers[^1] * (lower / numbers[0]);
    }

    /// <summary>
    /// A figure's unit for comparison: "%" for every way of writing percent; a measurement unit (inside the
    /// figure's span: "12 km") as written; a counted noun (outside it: "1,204" homes) by its stem.
    /// </summary>
    private static (string Text, bool Counted)? UnitOf(Figure figure)
    {
        if (string.IsNullOrWhiteSpace(figure.Unit)) return null;
        var u = figure.Unit.Trim().ToLowerInvariant();
        if (u is "%" or "percent" or "per cent" or "pc" or "percentage points" or "percentage point") return ("%", false);
        var counted = !figure.Text.Contains(figure.Unit, StringComparison.OrdinalIgnoreCase);
        return counted ? (WordForms.Stem(u), true) : (u, false);
    }

    /// <summary>
    /// Percentages only with percentages, a measurement unit only with the same unit; counted nouns with
    /// each other ("people", "residents": the words around decide) and with bare numbers.
    /// </summary>
    private static bool UnitsCompatible((string Text, bool Counted)? claim, (string Text, bool Counted)? source)
    {
        if (claim?.Text == "%" || source?.Text == "%") return claim?.Text == source?.Text;
        if (claim is null || source is null) return true;
        if (claim.Value.Counted && source.Value.Counted) return true;
        return claim.Value == source.Value;
    }

    private static HashSet<string> ContextWords(string? measure, string? unit, string? statement)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in new[] { measure, unit, statement })
            if (text is not null) AddWords(set, text.AsSpan());
        return set;
    }

    private static void AddWords(HashSet<string> set, ReadOnlySpan<char> text)
    {
        var words = new WordRanges(text);
        while (words.MoveNext())
        {
            var word = text[words.Start..words.End];
            if (char.IsDigit(word[0]) || word.Length < 3) continue;
            var lower = word.ToString().ToLowerInvariant();
            if (WordForms.IsStopword(lower)) continue;
            set.Add(WordForms.Stem(lower));
        }
    }

    /// <summary>
    /// Words shared between the claim and the source figure: those of the figure's own measure and unit count
    /// double, those merely nearby once, so "1,204 homes" beats a number two clauses away.
    /// </summary>
    private static int Related(HashSet<string> claimWords, Figure figure, string text, bool ownOnly = false)
    {
        if (claimWords.Count == 0) return ownOnly ? 0 : 1;
        var own = new HashSet<string>(StringComparer.Ordinal);
        if (figure.Measure is not null) AddWords(own, figure.Measure);
        if (figure.Unit is not null) AddWords(own, figure.Unit);
        // "counted 1,190 homes flooded": the words right after the number say what it counts, whatever verb came before.
        AddWords(own, FollowingWords(text, figure.Span.End, 3));
        var near = new HashSet<string>(StringComparer.Ordinal);
        var from = Math.Max(0, figure.Span.Start - ContextChars);
        var to = Math.Min(text.Length, figure.Span.End + ContextChars);
        AddWords(near, text.AsSpan(from, to - from));
        own.IntersectWith(claimWords);
        near.IntersectWith(claimWords);
        near.ExceptWith(own);
        return ownOnly ? own.Count : 2 * own.Count + near.Count;
    }

    private static ReadOnlySpan<char> FollowingWords(string text, int from, int count)
    {
        var end = from;
        for (var seen = 0; end < text.Length && seen < count; seen++)
        {
            while (end < text.Length && char.IsWhiteSpace(text[end])) end++;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            if (end < text.Length && !char.IsWhiteSpace(text[end])) break;
        }
        return text.AsSpan(from, end - from);
    }

    private static readonly string[] FractionWords = ["half", "third", "quarter", "fifth", "tenth", "percent", "per cent", "%"];

    /// <summary>A share (40%, half, a third) is only comparable with another share, never with a count.</summary>
    private static bool IsProportion(Figure figure) =>
        figure.Unit is "%" || FractionWords.Any(w => figure.Text.Contains(w, StringComparison.OrdinalIgnoreCase));
}
