using System.Text.Json;
using FactCheck.Core.Extraction;
using FactCheck.Core.Extraction.Figures;
using FactCheck.Core.Text;

namespace FactCheck.Core.Evaluation;

/// <summary>The scores of figure finding on a MeasEval folder.</summary>
public sealed record MeasEvalReport(
    int Paragraphs,
    int Gold,
    int Predicted,
    int Matched,
    double Precision,
    double Recall,
    double F1,
    QualifierScore Qualifier,
    MeasureScore Measure);

/// <param name="Agreement">Agreeing pairs / matched pairs.</param>
/// <param name="GoldRange">Matched pairs whose gold has IsRange, and how many of those we called a range.</param>
public sealed record QualifierScore(int Pairs, int Agreeing, double Agreement, int GoldRange, int RangeFound, int GoldApproximate, int ApproximateFound, int SpuriousQualifier);

public sealed record MeasureScore(int Pairs, int Overlapping, double Overlap);

/// <summary>
/// Scores figure finding on a MeasEval-style folder (paragraphs.jsonl + quantities.jsonl), by the
/// rule in shared/eval/README.md:
/// <list type="bullet">
/// <item>Spans: predicted figure spans are matched to gold quantity spans one to one, greedily by
/// character-overlap Dice, accepting Dice >= 0.5 (<see cref="SpanMatcher"/>); P = matched/predicted,
/// R = matched/gold.</item>
/// <item>Qualifier agreement, on matched pairs: the predicted qualifier is classed by the figure's
/// <see cref="QualifierReader.KindOf(Figure)"/> (lower and upper bounds and ranges -> Range: at least / more than / less than /
/// up to / between and their synonyms such as over, under, within, &gt;, &lt;, ≥; nearly / about /
/// approximately / roughly / around and their synonyms such as almost, some, ~, ≈ -> Approximate; a
/// figure made without a kind is classed by its qualifier's words). The gold is a
/// range when any mod contains "IsRange" (so "IsRangeHasTolerance" counts) and approximate when any
/// mod contains "IsApproximate". A pair agrees when both flags are equal: range = range and
/// approximate = approximate; a figure without qualifier agrees with a gold without either mod.</item>
/// <item>Measure overlap, on matched pairs whose gold has a measured_entity: our Measure is a phrase,
/// not a span, so it overlaps when it shares a word (letters or digits, case-insensitive, not a
/// function word) with the gold measured_entity text.</item>
/// </list>
/// </summary>
public static class MeasEvalEvaluator
{
    /// <returns>A <see cref="MeasEvalReport"/>, serialised as the eval command's JSON output.</returns>
    public static object Evaluate(string directory, Func<string, IReadOnlyList<Figure>> findFigures) =>
        Score(directory, findFigures);

    /// <param name="includeParagraph">Which paragraphs (by position in the file) to score; all when null.</param>
    /// <param name="errors">When given, receives one line per mismatch: missed gold quantities, spurious
    /// figures, and matched pairs that disagree on the qualifier or the span's ends.</param>
    public static MeasEvalReport Score(string directory, Func<string, IReadOnlyList<Figure>> findFigures, Func<int, bool>? includeParagraph = null,
        TextWriter? errors = null)
    {
        var paragraphs = ReadParagraphs(Path.Combine(directory, "paragraphs.jsonl"));
        var quantities = ReadQuantities(Path.Combine(directory, "quantities.jsonl"))
            .Where(q => q.DocId is not null)
            .ToLookup(q => q.DocId!);

        int scored = 0, gold = 0, predicted = 0, matched = 0;
        int qualifierAgree = 0, goldRange = 0, rangeFound = 0, goldApprox = 0, approxFound = 0, spurious = 0;
        int measurePairs = 0, measureOverlap = 0;
        for (var index = 0; index < paragraphs.Count; index++)
        {
            if (includeParagraph is not null && !includeParagraph(index)) continue;
            var paragraph = paragraphs[index];
            var text = paragraph.Text ?? "";
            var golds = quantities[paragraph.Id ?? ""].ToList();
            var figures = findFigures(text);
            scored++;
            gold += golds.Count;
            predicted += figures.Count;
            var pairs = SpanMatcher.Match(
                [.. figures.Select(f => f.Span)],
                [.. golds.Select(g => g.Span)]);
            matched += pairs.Count;
            if (errors is not null) WriteErrors(errors, index, text, figures, golds, pairs);
            foreach (var (p, g) in pairs)
            {
                var figure = figures[p];
                var mods = golds[g].Mods;
                var isRange = mods.Any(m => m.Contains("IsRange", StringComparison.Ordinal));
                var isApprox = mods.Any(m => m.Contains("IsApproximate", StringComparison.Ordinal));
                var kind = QualifierReader.KindOf(figure);
                var range = kind.HasFlag(QualifierKind.Range);
                var approx = kind.HasFlag(QualifierKind.Approximate);
                if (range == isRange && approx == isApprox) qualifierAgree++;
                if (isRange) { goldRange++; if (range) rangeFound++; }
                if (isApprox) { goldApprox++; if (approx) approxFound++; }
                if (!isRange && !isApprox && kind != QualifierKind.None) spurious++;

                if (golds[g].MeasuredEntity is { } entity)
                {
                    measurePairs++;
                    if (SharesWord(figure.Measure, entity)) measureOverlap++;
                }
            }
        }
        var precision = Ratio(matched, predicted);
        var recall = Ratio(matched, gold);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new MeasEvalReport(scored, gold, predicted, matched, Round(precision), Round(recall), Round(f1),
            new QualifierScore(matched, qualifierAgree, Round(Ratio(qualifierAgree, matched)), goldRange, rangeFound, goldApprox, approxFound, spurious),
            new MeasureScore(measurePairs, measureOverlap, Round(Ratio(measureOverlap, measurePairs))));
    }

    private static void WriteErrors(TextWriter w, int index, string text, IReadOnlyList<Figure> figures, List<GoldQuantity> golds, IReadOnlyList<(int, int)> pairs)
    {
        string Context(TextSpan s)
        {
            var from = Math.Max(0, s.Start - 40);
            var to = Math.Min(text.Length, s.End + 40);
            return (text[from..s.Start] + "[[" + text[s.Start..s.End] + "]]" + text[s.End..to]).ReplaceLineEndings(" ");
        }
        string Mods(GoldQuantity g) => g.Mods.Count == 0 ? "-" : string.Join("+", g.Mods);
        var matchedFigures = pairs.Select(p => p.Item1).ToHashSet();
        var matchedGolds = pairs.Select(p => p.Item2).ToHashSet();
        for (var g = 0; g < golds.Count; g++)
            if (!matchedGolds.Contains(g))
                w.WriteLine($"#{index} MISS {Mods(golds[g])}: {Context(golds[g].Span)}");
        for (var f = 0; f < figures.Count; f++)
            if (!matchedFigures.Contains(f))
                w.WriteLine($"#{index} SPURIOUS q={figures[f].Qualifier ?? "-"}: {Context(figures[f].Span)}");
        foreach (var (p, g) in pairs)
        {
            var figure = figures[p];
            var gold = golds[g];
            var kind = QualifierReader.KindOf(figure);
            var range = gold.Mods.Any(m => m.Contains("IsRange", StringComparison.Ordinal));
            var approx = gold.Mods.Any(m => m.Contains("IsApproximate", StringComparison.Ordinal));
            if (kind.HasFlag(QualifierKind.Range) != range || kind.HasFlag(QualifierKind.Approximate) != approx)
                w.WriteLine($"#{index} QUALIFIER ours={figure.Qualifier ?? "-"} gold={Mods(gold)}: {Context(figure.Span)} | gold {text[gold.Span.Start..gold.Span.End]}");
            else if (figure.Span != gold.Span)
                w.WriteLine($"#{index} SPAN ours \"{figure.Text}\" gold \"{text[gold.Span.Start..gold.Span.End]}\"");
        }
    }

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "as", "is", "are", "was", "were", "be",
    };

    internal static bool SharesWord(string? measure, string entity)
    {
        if (string.IsNullOrWhiteSpace(measure)) return false;
        var ours = WordsOf(measure).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return WordsOf(entity).Any(ours.Contains);
    }

    private static IEnumerable<string> WordsOf(string s)
    {
        var start = -1;
        for (var i = 0; i <= s.Length; i++)
        {
            var inWord = i < s.Length && char.IsLetterOrDigit(s[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                var w = s[start..i];
                if (!FunctionWords.Contains(w)) yield return w;
                start = -1;
            }
        }
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double Round(double x) => Math.Round(x, 4);

    // JsonDocument rather than typed deserialisation: no reflection, so it also runs trimmed or AOT.
    private static List<Paragraph> ReadParagraphs(string path) =>
        [.. ReadLines(path).Select(e => new Paragraph(Str(e, "id"), Str(e, "text")))];

    private static List<GoldQuantity> ReadQuantities(string path)
    {
        var list = new List<GoldQuantity>();
        foreach (var e in ReadLines(path))
        {
            if (!e.TryGetProperty("quantity", out var q) || q.ValueKind != JsonValueKind.Object) continue;
            if (!q.TryGetProperty("start", out var s) || !q.TryGetProperty("end", out var end)) continue;
            List<string> mods = q.TryGetProperty("mods", out var m) && m.ValueKind == JsonValueKind.Array
                ? [.. m.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)]
                : [];
            var entity = e.TryGetProperty("measured_entity", out var me) && me.ValueKind == JsonValueKind.Object ? Str(me, "text") : null;
            list.Add(new GoldQuantity(Str(e, "doc_id"), new TextSpan(s.GetInt32(), end.GetInt32()), mods, entity));
        }
        return list;
    }

    private static IEnumerable<JsonElement> ReadLines(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            yield return doc.RootElement.Clone();
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private sealed record Paragraph(string? Id, string? Text);

    private sealed record GoldQuantity(string? DocId, TextSpan Span, List<string> Mods, string? MeasuredEntity);
}
