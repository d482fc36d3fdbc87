using FactCheck.Core.Text;

namespace FactCheck.Core.Evaluation;

/// <summary>A predicted attribution as the scorer sees it.</summary>
public sealed record PolnearPrediction(string DocId, IReadOnlyList<TextSpan> Content, TextSpan? SpeakerSpan, string? SpeakerName)
{
    /// <summary>The cue's words, for error listings.</summary>
    public string? Cue { get; init; }

    /// <summary>The finder rule that made it, for error listings.</summary>
    public string Rule { get; init; } = "";
}

public sealed record PrecisionRecall(double Precision, double Recall, double F1)
{
    public static PrecisionRecall From(int correct, int predicted, int gold)
    {
        var p = predicted == 0 ? 0 : correct / (double)predicted;
        var r = gold == 0 ? 0 : correct / (double)gold;
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new PrecisionRecall(Math.Round(p, 4), Math.Round(r, 4), Math.Round(f, 4));
    }
}

/// <summary>One scored unit, for error analysis: a matched pair, a missed gold unit (no prediction) or a false positive (no gold).</summary>
public sealed record PolnearOutcome(string DocId, PolnearGold? Gold, PolnearPrediction? Predicted, bool SpeakerRight);

public sealed record PolnearScore(
    int Articles, int Gold, int Predicted, int Matched, int MatchedWithSpeaker,
    PrecisionRecall Content, PrecisionRecall ContentSpeaker, IReadOnlyDictionary<string, double> RecallByKind);

/// <summary>
/// The PolNeAR scoring rule of the evaluation README: greedy one-to-one matching of content spans by
/// character-overlap Dice (≥ 0.5), then the speaker check on matched pairs, then recall per content kind.
/// </summary>
public static class PolnearScorer
{
    public const double MinDice = 0.5;

    /// <param name="outcomes">When given, receives every pair, miss and false positive (for an error listing).</param>
    public static PolnearScore Score(int articles, IReadOnlyList<PolnearGold> gold, IReadOnlyList<PolnearPrediction> predicted, List<PolnearOutcome>? outcomes = null)
    {
        var matched = 0;
        var withSpeaker = 0;
        var goldByKind = new Dictionary<string, int>();
        var matchedByKind = new Dictionary<string, int>();
        foreach (var g in gold) goldByKind[g.Kind] = goldByKind.GetValueOrDefault(g.Kind) + 1;

        foreach (var doc in gold.Select(g => g.DocId).Concat(predicted.Select(p => p.DocId)).Distinct())
        {
            var gs = gold.Where(g => g.DocId == doc).ToList();
            var ps = predicted.Where(p => p.DocId == doc).ToList();
            var pairs = new List<(double Dice, int P, int G)>();
            for (var pi = 0; pi < ps.Count; pi++)
                for (var gi = 0; gi < gs.Count; gi++)
                {
                    var d = Dice(ps[pi].Content, gs[gi].Content);
                    if (d >= MinDice) pairs.Add((d, pi, gi));
                }
            // Highest Dice first; ties broken by position so the result is deterministic.
            pairs.Sort((x, y) => y.Dice != x.Dice ? y.Dice.CompareTo(x.Dice) : x.P != y.P ? x.P.CompareTo(y.P) : x.G.CompareTo(y.G));
            var usedP = new bool[ps.Count];
            var usedG = new bool[gs.Count];
            foreach (var (_, pi, gi) in pairs)
            {
                if (usedP[pi] || usedG[gi]) continue;
                usedP[pi] = usedG[gi] = true;
                matched++;
                matchedByKind[gs[gi].Kind] = matchedByKind.GetValueOrDefault(gs[gi].Kind) + 1;
                var speakerRight = SpeakerRight(ps[pi], gs[gi]);
                if (speakerRight) withSpeaker++;
                outcomes?.Add(new PolnearOutcome(doc, gs[gi], ps[pi], speakerRight));
            }
            if (outcomes is not null)
            {
                for (var gi = 0; gi < gs.Count; gi++) if (!usedG[gi]) outcomes.Add(new PolnearOutcome(doc, gs[gi], null, false));
                for (var pi = 0; pi < ps.Count; pi++) if (!usedP[pi]) outcomes.Add(new PolnearOutcome(doc, null, ps[pi], false));
            }
        }
        var byKind = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var kind in new[] { "direct", "mixed", "indirect" }.Concat(goldByKind.Keys).Distinct())
        {
            var n = goldByKind.GetValueOrDefault(kind);
            byKind[kind] = n == 0 ? 0 : Math.Round(matchedByKind.GetValueOrDefault(kind) / (double)n, 4);
        }
        return new PolnearScore(articles, gold.Count, predicted.Count, matched, withSpeaker,
            PrecisionRecall.From(matched, predicted.Count, gold.Count),
            PrecisionRecall.From(withSpeaker, predicted.Count, gold.Count),
            byKind);
    }

    /// <summary>Character-overlap Dice of two span sets: 2|A∩B| / (|A| + |B|).</summary>
    public static double Dice(IReadOnlyList<TextSpan> a, IReadOnlyList<TextSpan> b)
    {
        long la = 0, lb = 0, overlap = 0;
        foreach (var s in a) la += Math.Max(0, s.Length);
        foreach (var s in b) lb += Math.Max(0, s.Length);
        if (la + lb == 0) return 0;
        foreach (var x in a)
            foreach (var y in b)
                overlap += Math.Max(0, Math.Min(x.End, y.End) - Math.Max(x.Start, y.Start));
        return 2.0 * overlap / (la + lb);
    }

    /// <summary>The speaker rule: mention span overlaps the gold source, or the name shares a word with it or its silver coreference.</summary>
    public static bool SpeakerRight(PolnearPrediction p, PolnearGold g)
    {
        if (p.SpeakerSpan is { } span && g.Source.Any(s => s.Overlaps(span))) return true;
        if (string.IsNullOrWhiteSpace(p.SpeakerName)) return false;
        var words = Words(p.SpeakerName);
        return words.Overlaps(Words(g.SourceText)) || words.Overlaps(Words(g.SilverSource));
    }

    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "mr", "mrs", "ms", "miss", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt",
        "capt", "rev", "hon", "sir", "madam", "president", "senator", "governor", "representative", "secretary", "minister",
        "mayor", "judge", "justice",
    };

    private static HashSet<string> Words(string? s)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (s is null) return set;
        foreach (var raw in s.Split([' ', ',', '.', '\'', '’', '"', '“', '”', '(', ')', '-', '\n', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
            if (!Ignored.Contains(raw) && !(raw is "s")) set.Add(raw);
        return set;
    }
}
