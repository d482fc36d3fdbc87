using FactCheck.Core.Matching;

namespace FactCheck.Core.Tests.Matching;

public class Bm25IndexTests
{
    private static readonly string[] Documents =
    [
        "The city council approved a new budget for road repairs.",
        "Vaccines cause autism, a viral post claims.",
        "A shark was photographed swimming on a flooded highway after the hurricane.",
        "The council voted against the stadium.",
    ];

    [Fact]
    public void The_document_sharing_the_rare_words_ranks_first()
    {
        var scores = new Bm25Index(Documents).Score("Photo shows a shark swimming on the highway in Houston");
        Assert.Equal(2, Array.IndexOf(scores, scores.Max()));
        Assert.Equal(0, scores[0]);
    }

    [Fact]
    public void Inflected_words_meet_their_stem_and_case_does_not_matter()
    {
        var scores = new Bm25Index(Documents).Score("VACCINE claimed");
        Assert.Equal(1, Array.IndexOf(scores, scores.Max()));
        Assert.True(scores[1] > 0);
    }

    [Fact]
    public void A_rare_word_outweighs_a_common_one()
    {
        var scores = new Bm25Index(Documents).Score("council stadium");
        Assert.True(scores[3] > scores[0]);
    }

    [Fact]
    public void Tokens_are_lower_cased_alphanumeric_runs_without_function_words()
    {
        Assert.Equal(["covid", "19", "vaccine", "contain", "microchip"], MatchTokens.Of("COVID-19 vaccines contain the microchips!"));
    }

    [Fact]
    public void Query_text_drops_links_and_splits_hashtags()
    {
        Assert.Equal("Defund The CBC now CBCNews", QueryText.Clean("#DefundTheCBC now https://t.co/abc pic.twitter.com/xyz @CBCNews"));
    }

    [Fact]
    public void A_posts_signature_is_taken_off_and_a_post_without_one_gives_null()
    {
        Assert.Equal("The CBC deletes Trump from \"Home Alone 2\"",
            QueryText.WithoutSignature("The CBC deletes Trump from \"\"Home Alone 2\"\" — Brad Trost (@BradTrostCPC) December 26, 2019"));
        Assert.Null(QueryText.WithoutSignature("The Harbor Bridge will close for 14 weeks."));
        Assert.Null(QueryText.WithoutSignature("— Brad Trost (@BradTrostCPC) December 26, 2019"));
    }
}
