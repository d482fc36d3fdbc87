using FactCheck.Core.Text;

namespace FactCheck.Core.Evaluation;

/// <summary>One-to-one matching of predicted to gold spans, greedily by highest character-overlap Dice.</summary>
public static class SpanMatcher
{
    public const double MinDice = 0.5;

    public static double Dice(TextSpan a, TextSpan b)
    {
        var overlap = Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
        var total = a.Length + b.Length;
        return overlap <= 0 || total <= 0 ? 0 : 2.0 * overlap / total;
    }

    /// <returns>Pairs of (predicted index, gold index), each index used at most once.</returns>
    public static IReadOnlyList<(int Predicted, int Gold)> Match(IReadOnlyList<TextSpan> predicted, IReadOnlyList<TextSpan> gold)
    {
        var candidates = new List<(double Dice, int P, int G)>();
        for (var p = 0; p < predicted.Count; p++)
            for (var g = 0; g < gold.Count; g++)
            {
                var d = Dice(predicted[p], gold[g]);
                if (d >= MinDice) candidates.Add((d, p, g));
            }
        // Ties go to the earlier prediction and gold, so results do not depend on sort stability.
        candidates.Sort((x, y) => y.Dice != x.Dice ? y.Dice.CompareTo(x.Dice) : x.P != y.P ? x.P.CompareTo(y.P) : x.G.CompareTo(y.G));
        var usedP = new HashSet<int>();
        var usedG = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (_, p, g) in candidates)
            if (!usedP.Contains(p) && !usedG.Contains(g))
            {
                usedP.Add(p);
                usedG.Add(g);
                pairs.Add((p, g));
            }
        return pairs;
    }
}
