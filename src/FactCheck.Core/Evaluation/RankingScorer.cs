namespace FactCheck.Core.Evaluation;

public sealed record RankingScore(int Queries, double Map5, double Mrr, double PrecisionAt1);

/// <summary>
/// The CheckThat! 2020 task 2 rule: per query, MAP@5 = (sum over ranks k ≤ 5 holding a relevant claim of
/// precision@k) / min(relevant, 5); the reciprocal rank of the first relevant claim; whether rank 1 is relevant.
/// Each is averaged over the queries that have relevance judgements; a query without a ranking scores 0.
/// </summary>
public static class RankingScorer
{
    public static double AveragePrecisionAt5(IReadOnlyList<string> ranking, IReadOnlySet<string> relevant)
    {
        if (relevant.Count == 0) return 0;
        double sum = 0;
        var hits = 0;
        for (var k = 1; k <= Math.Min(5, ranking.Count); k++)
        {
            if (!relevant.Contains(ranking[k - 1])) continue;
            hits++;
            sum += hits / (double)k;
        }
        return sum / Math.Min(relevant.Count, 5);
    }

    public static double ReciprocalRank(IReadOnlyList<string> ranking, IReadOnlySet<string> relevant)
    {
        for (var k = 0; k < ranking.Count; k++)
            if (relevant.Contains(ranking[k])) return 1.0 / (k + 1);
        return 0;
    }

    public static RankingScore Score(IReadOnlyDictionary<string, IReadOnlyList<string>> rankings, IReadOnlyDictionary<string, HashSet<string>> qrels)
    {
        double map = 0, mrr = 0, p1 = 0;
        foreach (var (query, relevant) in qrels)
        {
            var ranking = rankings.GetValueOrDefault(query) ?? [];
            map += AveragePrecisionAt5(ranking, relevant);
            mrr += ReciprocalRank(ranking, relevant);
            p1 += ranking.Count > 0 && relevant.Contains(ranking[0]) ? 1 : 0;
        }
        var n = Math.Max(1, qrels.Count);
        return new RankingScore(qrels.Count, Math.Round(map / n, 4), Math.Round(mrr / n, 4), Math.Round(p1 / n, 4));
    }
}
