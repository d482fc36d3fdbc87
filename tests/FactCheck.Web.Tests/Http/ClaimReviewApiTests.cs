using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FactCheck.Core.Accounts;

namespace FactCheck.Web.Tests.Http;

/// <summary>POST /api/claimreviews imports other newsrooms' ClaimReviews; GET /api/claims/{id}/matches finds them for a claim.</summary>
public class ClaimReviewApiTests(LoopbackApp app) : IClassFixture<LoopbackApp>
{
    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    private static StringContent JsonLd(string json) => new(json, Encoding.UTF8, "application/ld+json");

    private const string TwoReviews = """
        {
          "@context": "https://schema.org",
          "@type": "DataFeed",
          "dataFeedElement": [
            { "@type": "DataFeedItem", "item": [ {
                "@type": "ClaimReview",
                "url": "https://checkers.example/2025/bridge-closure",
                "claimReviewed": "The harbour bridge will be shut for a whole year for repairs.",
                "datePublished": "2025-11-02",
                "author": { "@type": "Organization", "name": "Harbour Checkers" },
                "itemReviewed": { "@type": "Claim", "author": { "@type": "Person", "name": "Tom Reyes" } },
                "reviewRating": { "@type": "Rating", "alternateName": "False" } } ] },
            { "@type": "ClaimReview",
              "url": "https://othercheck.example/flu-shots",
              "claimReviewed": "Flu vaccines contain microchips that track people.",
              "datePublished": "2024-01-15",
              "author": { "@type": "Organization", "name": "Other Check" },
              "reviewRating": { "@type": "Rating", "alternateName": "Pants on fire" } }
          ]
        }
        """;

    [Fact]
    public async Task An_imported_review_of_the_same_claim_worded_differently_ranks_first_among_the_matches()
    {
        var client = app.ApiClient("matches-reviewer", Role.Reviewer);
        var imported = await client.PostAsync("/api/claimreviews", JsonLd(TwoReviews));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var body = await Json(imported);
        Assert.Equal(2, body.GetProperty("ids").GetArrayLength());
        Assert.Equal(0, body.GetProperty("refused").GetArrayLength());

        var article = await client.PostAsJsonAsync("/api/articles", new
        {
            title = "Crossing to close",
            text = "Mayor Ana Ruiz said on Monday that the city's harbor crossing would close for twelve months while crews repair it.\n",
            outlet = "Coastline Wire",
        });
        Assert.Equal(HttpStatusCode.Created, article.StatusCode);
        var claim = (await Json(article)).GetProperty("claims").EnumerateArray().First();

        var matches = await client.GetAsync($"/api/claims/{claim.GetProperty("id").GetInt64()}/matches");

        Assert.Equal(HttpStatusCode.OK, matches.StatusCode);
        var ranked = (await Json(matches)).EnumerateArray().ToArray();
        // Other tests of this class share the database and may have imported more reviews: what matters is the order.
        Assert.True(ranked.Length >= 2);
        Assert.Equal("https://checkers.example/2025/bridge-closure", ranked[0].GetProperty("url").GetString());
        Assert.Equal("claimReview", ranked[0].GetProperty("origin").GetString());
        Assert.Equal("False", ranked[0].GetProperty("rating").GetString());
        Assert.Equal("Harbour Checkers", ranked[0].GetProperty("checkedBy").GetString());
        Assert.Equal("Tom Reyes", ranked[0].GetProperty("claimant").GetString());
        Assert.Equal("2025-11-02", ranked[0].GetProperty("checkedOn").GetString());
        var flu = ranked.Single(m => m.GetProperty("url").GetString() == "https://othercheck.example/flu-shots");
        Assert.True(ranked[0].GetProperty("score").GetDouble() > flu.GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task Bad_records_are_refused_one_by_one_and_a_url_seen_again_is_merged()
    {
        var client = app.ApiClient("import-reviewer", Role.Reviewer);
        var response = await client.PostAsync("/api/claimreviews", JsonLd("""
            { "@graph": [
              { "@type": "WebPage", "url": "https://merge.example/page" },
              { "@type": "ClaimReview", "url": "https://merge.example/a", "claimReviewed": "Rain fell upward in Lisbon." },
              { "@type": "ClaimReview", "claimReviewed": "No address here." },
              { "@type": "ClaimReview", "url": "https://merge.example/b", "claimReviewed": "Dates are hard.", "datePublished": "last Tuesday" },
              { "@type": "ClaimReview", "url": "https://merge.example/a", "claimReviewed": "Rain fell upward in Lisbon.",
                "reviewRating": { "alternateName": "False" } }
            ] }
            """));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json(response);
        Assert.Equal(1, body.GetProperty("ids").GetArrayLength());
        var refused = body.GetProperty("refused").EnumerateArray().ToArray();
        Assert.Equal(2, refused.Length);
        Assert.Contains("no \"url\"", refused[0].GetProperty("reason").GetString());
        Assert.Equal("https://merge.example/b", refused[1].GetProperty("url").GetString());
        Assert.Contains("not a date", refused[1].GetProperty("reason").GetString());

        var again = await Json(await client.PostAsync("/api/claimreviews", JsonLd("""
            [{ "@type": "ClaimReview", "url": "https://merge.example/a", "claimReviewed": "Rain fell upward in Lisbon." }]
            """)));
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(1, again.GetProperty("merged").GetInt32());
        Assert.Equal(body.GetProperty("ids")[0].GetInt64(), again.GetProperty("ids")[0].GetInt64());
    }

    [Fact]
    public async Task Json_nested_too_deep_is_a_400_and_nothing_readable_is_a_422_and_no_token_is_a_401()
    {
        var client = app.ApiClient("import-reviewer-2", Role.Reviewer);
        var deep = new string('[', 40) + new string(']', 40);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/claimreviews", JsonLd(deep))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/claimreviews", JsonLd("{not json"))).StatusCode);
        var none = await client.PostAsync("/api/claimreviews", JsonLd("""{ "@type": "ClaimReview", "url": "ftp://x.example/1", "claimReviewed": "x" }"""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, none.StatusCode);
        Assert.Contains("http(s)", (await Json(none)).GetProperty("refused")[0].GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PostAsync("/api/claimreviews", JsonLd(TwoReviews))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/claims/999999/matches")).StatusCode);
    }
}
