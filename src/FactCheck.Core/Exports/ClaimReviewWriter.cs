using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactCheck.Core.Reports;
using FactCheck.Core.Reviews;

namespace FactCheck.Core.Exports;

/// <summary>Who publishes the fact-checks, for ClaimReview's author and url.</summary>
public sealed record PublisherSettings
{
    public string Organization { get; set; } = "FactCheck newsroom";
    public string? OrganizationUrl { get; set; }
    /// <summary>
    /// The public address of the site (e.g. https://factcheck.example.org), for the public pages' canonical links and
    /// ClaimReview urls; when empty, the address requests come to.
    /// </summary>
    public string? BaseUrl { get; set; }
}

/// <summary>A ClaimReview record and what a reviewer should fix before search engines read it.</summary>
public sealed record ClaimReviewRecord(long ClaimId, JsonObject Json, IReadOnlyList<string> Warnings);

/// <summary>schema.org ClaimReview JSON-LD, one record per checked claim (the format Fact Check Explorer reads).</summary>
public static class ClaimReviewWriter
{
    public const int RecommendedClaimLength = 75;

    private static readonly string[] OrganizationWords =
    [
        "ministry", "department", "agency", "office", "government", "council", "court", "police", "company", "corporation",
        "inc", "ltd", "university", "institute", "association", "union", "committee", "commission", "bureau", "service",
        "party", "bank", "fund", "authority", "board", "administration", "report", "survey", "poll", "statement", "website",
    ];

    /// <summary>
    /// One record per claim with a verdict, each pointing at the claim's anchor on the public page (<paramref name="pageUrl"/>).
    /// </summary>
    public static IReadOnlyList<ClaimReviewRecord> Write(ReportContent content, string pageUrl, PublisherSettings publisher, DateOnly reviewDate,
        DateOnly? modified = null)
    {
        var records = new List<ClaimReviewRecord>();
        var article = content.Article;
        foreach (var claim in content.Claims)
        {
            if (claim.Verdict is null) continue;
            var warnings = new List<string>();
            if (claim.Statement.Length > RecommendedClaimLength)
                warnings.Add($"claimReviewed is {claim.Statement.Length} characters; Google recommends at most {RecommendedClaimLength}.");
            var verdict = content.VerdictOf(claim);
            var rating = new JsonObject { ["@type"] = "Rating", ["alternateName"] = claim.Verdict };
            // A numeric rating only where the scale places the verdict on its truth scale (not for Unverifiable, Not checkable).
            if (verdict?.Rank is { } rank)
            {
                rating["ratingValue"] = rank;
                rating["bestRating"] = content.BestRank;
                rating["worstRating"] = content.WorstRank;
            }
            // An attribution whose quote was checked apart: the rating is of what was said, and the record says so.
            if (claim.QuoteCheck is { } quote)
                rating["ratingExplanation"] = $"The rating is of the content of the statement (what was said{(claim.Speaker is { } s ? " by " + s : "")}), "
                    + $"not of whether it was said. Quote: {quote.Finding()}.";
            var item = new JsonObject { ["@type"] = "Claim" };
            if (claim.Speaker is { } speaker)
                item["author"] = new JsonObject { ["@type"] = claim.SpeakerIsOrganization ? "Organization" : "Person", ["name"] = speaker };
            else if (article.Outlet is { Length: > 0 } outlet)
                item["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = outlet }; // the article's own claim
            if (article.Published is { } published) item["datePublished"] = Date(published);
            if (article.Url is { } url && UrlRules.IsSafeLink(url))
            {
                var appearance = new JsonObject { ["@type"] = "CreativeWork", ["url"] = url, ["headline"] = article.Title };
                if (article.Published is { } on) appearance["datePublished"] = Date(on);
                item["appearance"] = appearance;
            }
            else
                warnings.Add("The article has no URL: itemReviewed.appearance is missing.");
            var author = new JsonObject { ["@type"] = "Organization", ["name"] = publisher.Organization };
            if (publisher.OrganizationUrl is { Length: > 0 } orgUrl) author["url"] = orgUrl;
            var json = new JsonObject
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "ClaimReview",
                ["url"] = $"{pageUrl}#{claim.Anchor}",
                ["claimReviewed"] = claim.Statement,
                ["datePublished"] = Date(reviewDate),
                ["author"] = author,
                ["reviewRating"] = rating,
                ["itemReviewed"] = item,
            };
            if (modified is { } m && m != reviewDate) json["dateModified"] = Date(m);
            records.Add(new ClaimReviewRecord(claim.ClaimId, json, warnings));
        }
        return records;
    }

    /// <summary>
    /// The records as the content of a <c>&lt;script type="application/ld+json"&gt;</c> element: every character that could
    /// end the element or start markup (&lt;, &gt;, &amp;, quotes) is a JSON escape, so user text cannot break out.
    /// </summary>
    public static string WriteScript(IReadOnlyList<JsonNode> nodes) =>
        (nodes.Count == 1 ? nodes[0].DeepClone() : new JsonArray(nodes.Select(n => (JsonNode?)n.DeepClone()).ToArray()))
            .ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default });

    /// <summary>One file holding every record of the article, as a JSON-LD array.</summary>
    public static string WriteFile(IReadOnlyList<ClaimReviewRecord> records) =>
        new JsonArray(records.Select(r => (JsonNode)r.Json.DeepClone()).ToArray())
            .ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    internal static bool IsOrganization(string name)
    {
        var words = name.ToLowerInvariant().Split([' ', ',', '.', '\''], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && (words[0] is "the" or "a" || words.Any(w => OrganizationWords.Contains(w)));
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
