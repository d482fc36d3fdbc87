using FactCheck.Core.Matching;

namespace FactCheck.Core.Tests.Matching;

public class HybridRankerTests
{
    private static readonly string[] Checked =
    [
        "The governor signed a law banning plastic bags in grocery stores.",
        "Drinking hot water with lemon cures cancer.",
        "The president said unemployment fell to its lowest level in fifty years.",
        "A photograph shows a shark swimming on a flooded highway.",
    ];

    [Fact]
    public void A_paraphrase_sharing_few_words_ranks_its_checked_claim_first()
    {
        var embedder = SentenceEmbedder.Instance;
        var ranker = new HybridRanker(Checked, new VectorIndex(SentenceEmbedder.Dimensions, embedder.EmbedAll(Checked)));
        const string paraphrase = "Tumours can be healed by a warm drink made with citrus juice.";

        var ranking = ranker.Rank(paraphrase, embedder.Embed(paraphrase), top: 4);

        Assert.Equal(1, ranking[0].Index);
        Assert.Equal(4, ranking.Count);
        Assert.True(ranking[0].Semantic > ranking[1].Semantic);
    }

    [Fact]
    public void The_best_pair_of_phrasings_counts()
    {
        float[] Unit(params float[] v) => Vectors.Normalize(v);
        string[] texts = ["one", "two"];
        // Document 0 is close to the query only through its second phrasing, document 1 only to the query's second vector.
        var first = new VectorIndex(2, [Unit(0, 1), Unit(0.6f, 0.8f)]);
        var second = new VectorIndex(2, [Unit(1, 0), Unit(0, 1)]);
        var ranker = new HybridRanker(texts, [first, second], new HybridSettings { SemanticWeight = 1 });

        var one = ranker.Rank("none", Unit(1, 0), top: 2);
        Assert.Equal(0, one[0].Index);
        Assert.Equal(1, one[0].Semantic, 4);

        var two = ranker.Rank("none", [Unit(1, 0), Unit(0.6f, 0.8f)], top: 2);
        Assert.Equal(1, two[0].Semantic, 4);
        Assert.Equal(1, two[1].Semantic, 4);
    }

    [Fact]
    public void Scores_fall_down_the_ranking_and_top_limits_the_count()
    {
        var embedder = SentenceEmbedder.Instance;
        var ranker = new HybridRanker(Checked, new VectorIndex(SentenceEmbedder.Dimensions, embedder.EmbedAll(Checked)));
        const string query = "joblessness at a 50-year low, the president says";

        var ranking = ranker.Rank(query, embedder.Embed(query), top: 2);

        Assert.Equal(2, ranking.Count);
        Assert.Equal(2, ranking[0].Index);
        Assert.True(ranking[0].Score >= ranking[1].Score);
    }

    [Fact]
    public void Embeddings_are_unit_length_and_similar_sentences_are_closer()
    {
        var v = SentenceEmbedder.Instance.EmbedAll(["The cat sat on the mat.", "A cat was sitting on a rug.", "Stock markets fell sharply on Monday."]);
        Assert.Equal(SentenceEmbedder.Dimensions, v[0].Length);
        Assert.Equal(1, VectorIndex.Dot(v[0], v[0]), 3);
        Assert.True(VectorIndex.Dot(v[0], v[1]) > VectorIndex.Dot(v[0], v[2]));
    }
}
