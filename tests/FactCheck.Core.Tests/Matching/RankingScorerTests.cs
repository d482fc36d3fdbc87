using FactCheck.Core.Evaluation;

namespace FactCheck.Core.Tests.Matching;

public class RankingScorerTests
{
    private static HashSet<string> Set(params string[] ids) => new(ids, StringComparer.Ordinal);

    [Fact]
    public void One_relevant_claim_at_rank_three_scores_a_third()
    {
        Assert.Equal(1 / 3.0, RankingScorer.AveragePrecisionAt5(["a", "b", "c", "d"], Set("c")), 6);
        Assert.Equal(1 / 3.0, RankingScorer.ReciprocalRank(["a", "b", "c", "d"], Set("c")), 6);
    }

    [Fact]
    public void Two_relevant_claims_at_ranks_one_and_four_average_their_precisions()
    {
        // precision@1 = 1, precision@4 = 2/4; divided by min(2, 5) = 2.
        Assert.Equal((1 + 0.5) / 2, RankingScorer.AveragePrecisionAt5(["x", "a", "b", "y", "c"], Set("x", "y")), 6);
    }

    [Fact]
    public void A_relevant_claim_below_rank_five_counts_for_reciprocal_rank_but_not_for_map()
    {
        string[] ranking = ["a", "b", "c", "d", "e", "x"];
        Assert.Equal(0, RankingScorer.AveragePrecisionAt5(ranking, Set("x")));
        Assert.Equal(1 / 6.0, RankingScorer.ReciprocalRank(ranking, Set("x")), 6);
    }

    [Fact]
    public void More_than_five_relevant_claims_divide_by_five()
    {
        string[] ranking = ["a", "b", "c", "d", "e"];
        Assert.Equal(1, RankingScorer.AveragePrecisionAt5(ranking, Set("a", "b", "c", "d", "e", "f", "g")), 6);
    }

    [Fact]
    public void Score_averages_over_judged_queries_and_a_query_without_a_ranking_scores_zero()
    {
        var rankings = new Dictionary<string, IReadOnlyList<string>>
        {
            ["q1"] = ["c1", "c2"],          // hit at 1: AP 1, RR 1, P@1 1
            ["q2"] = ["c3", "c4"],          // hit at 2: AP 0.5, RR 0.5, P@1 0
            ["unjudged"] = ["c1"],
        };
        var qrels = new Dictionary<string, HashSet<string>> { ["q1"] = Set("c1"), ["q2"] = Set("c4"), ["q3"] = Set("c9") };

        var score = RankingScorer.Score(rankings, qrels);

        Assert.Equal(3, score.Queries);
        Assert.Equal(0.5, score.Map5);
        Assert.Equal(0.5, score.Mrr);
        Assert.Equal(0.3333, score.PrecisionAt1);
    }
}
