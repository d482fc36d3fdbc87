using FactCheck.Core.ClaimReviews;
using FactCheck.Core.Data;

namespace FactCheck.Core.Tests.Matching;

public class ClaimReviewReaderTests
{
    private const string Review = """
        { "@type": "ClaimReview", "url": "https://check.example/1", "claimReviewed": "Cats can see radio waves.",
          "datePublished": "2025-03-04T10:00:00Z", "author": [{ "@type": "Organization", "name": "Check Desk" }],
          "itemReviewed": { "@type": "Claim", "author": "Dr. Felix Moon" },
          "reviewRating": { "@type": "Rating", "ratingValue": 1, "alternateName": "False" } }
        """;

    [Fact]
    public void A_single_object_keeps_url_claim_rating_organisation_claimant_and_date()
    {
        var r = Assert.Single(ClaimReviewReader.Read(Review).Records);
        Assert.Equal(new ClaimReviewRecord
        {
            Url = "https://check.example/1", ClaimReviewed = "Cats can see radio waves.", Rating = "False", Organisation = "Check Desk",
            Claimant = "Dr. Felix Moon", ReviewedOn = new DateOnly(2025, 3, 4),
        }, r);
    }

    [Theory]
    [InlineData("[" + Review + "]")]
    [InlineData("{\"@context\": \"https://schema.org\", \"@graph\": [{\"@type\": \"WebPage\"}, " + Review + "]}")]
    [InlineData("{\"@type\": \"DataFeed\", \"dataFeedElement\": [{\"@type\": \"DataFeedItem\", \"item\": [" + Review + "]}]}")]
    [InlineData("{\"@type\": \"DataFeed\", \"dataFeedElement\": [" + Review + "]}")]
    public void Arrays_graphs_and_data_feeds_are_read(string json)
    {
        var parse = ClaimReviewReader.Read(json);
        Assert.Equal("https://check.example/1", Assert.Single(parse.Records).Url);
        Assert.Empty(parse.Refused);
    }

    [Fact]
    public void Bad_records_are_refused_with_their_place_and_reason_while_the_rest_are_read()
    {
        var parse = ClaimReviewReader.Read("[" + Review + """
            , { "@type": "ClaimReview", "url": "https://check.example/2" },
              { "@type": "Article", "url": "https://check.example/3" }, 42 ]
            """);
        Assert.Single(parse.Records);
        Assert.Equal(["$[1]", "$[2]", "$[3]"], parse.Refused.Select(r => r.Where));
        Assert.Contains("claimReviewed", parse.Refused[0].Reason);
        Assert.Contains("not a ClaimReview", parse.Refused[1].Reason);
        Assert.Equal("not a JSON object", parse.Refused[2].Reason);
    }

    [Fact]
    public void Json_deeper_than_the_limit_is_refused_as_a_whole()
    {
        var deep = new string('[', ClaimReviewReader.MaxDepth + 5) + new string(']', ClaimReviewReader.MaxDepth + 5);
        Assert.Throws<ClaimReviewFormatException>(() => ClaimReviewReader.Read(deep));
    }

    [Fact]
    public void The_store_merges_a_url_seen_again_and_keeps_fields_the_new_record_leaves_out()
    {
        using var temp = new TempDatabase();
        var store = new ClaimReviewStore(temp.Db, new FixedClock(DateTimeOffset.Parse("2026-01-02T03:04:05Z")));
        var first = ClaimReviewReader.Read(Review).Records[0];
        var v = new float[384];
        v[0] = 1;
        var a = store.Upsert([(first, v)], "ana");
        var b = store.Upsert([(first with { Rating = null, ClaimReviewed = "Cats see radio waves." }, v)], "ana");

        Assert.True(a[0].Created);
        Assert.False(b[0].Created);
        Assert.Equal(a[0].Id, b[0].Id);
        var stored = store.Get(a[0].Id)!;
        Assert.Equal("False", stored.Review.Rating);
        Assert.Equal("Cats see radio waves.", stored.Review.ClaimReviewed);
        Assert.Equal(1, stored.Embedding![0]);
        Assert.Equal(1, store.Count());
    }
}
