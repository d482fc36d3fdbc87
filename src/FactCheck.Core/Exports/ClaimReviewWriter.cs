using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactCheck.Core.Reviews;

namespace FactCheck.Core.Exports;

/// <summary>Who publishes the fact-checks, for ClaimReview's author and url.</summary>
public sealed record PublisherSettings
{
    public string Organization { get; set; } = "FactCheck newsroom";
    public string? OrganizationUrl { get; set; }
    /// <summary>Where reports are published; ClaimReview urls are built from it.</summary>
    public string BaseUrl { get; set; } = "http://localhost:5000";
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

    public static IReadOnlyList<ClaimReviewRecord> Write(Article article, IReadOnlyList<Claim> claims, VerdictScale scale,
        PublisherSettings publisher, DateOnly reviewDate)
    {
        var records = new List<ClaimReviewRecord>();
        var number = 0;
        foreach (var claim in claims)
        {
            number++;
            if (claim.Verdict is null) continue;
            var warnings = new List<string>();
            if (claim.Statement.Length > RecommendedClaimLength)
                warnings.Add($"claimReviewed is {claim.Statement.Length} characters; Google recommends at most {RecommendedClaimLength}.");
            var verdict = scale.Find(claim.Verdict);
            var rating = new JsonObject { ["@type"] = "Rating", ["alternateName"] = claim.Verdict };
            if (verdict?.Rank is { } rank)
            {
                rating["ratingValue"] = rank;
                rating["bestRating"] = scale.BestRank;
                rating["worstRating"] = scale.WorstRank;
            }
            var item = new JsonObject { ["@type"] = "Claim" };
            if (claim.SpeakerName is { } speaker)
                item["author"] = new JsonObject { ["@type"] = IsOrganization(speaker) ? "Organization" : "Person", ["name"] = speaker };
            if (article.Published is { } published) item["datePublished"] = Date(published);
            if (article.Url is { } url && UrlRules.IsSafeLink(url))
                item["appearance"] = new JsonObject { ["@type"] = "CreativeWork", ["url"] = url };
            else
                warnings.Add("The article has no URL: itemReviewed.appearance is missing.");
            var author = new JsonObject { ["@type"] = "Organization", ["name"] = publisher.Organization };
            if (publisher.OrganizationUrl is { Length: > 0 } orgUrl) author["url"] = orgUrl;
            var json = new JsonObject
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "ClaimReview",
                ["url"] = $"{publisher.BaseUrl.TrimEnd('/')}/articles/{article.Id}/report#claim-{number}",
                ["claimReviewed"] = claim.Statement,
                ["datePublished"] = Date(reviewDate),
                ["author"] = author,
                ["reviewRating"] = rating,
                ["itemReviewed"] = item,
            };
            records.Add(new ClaimReviewRecord(claim.Id, json, warnings));
        }
        return records;
    }

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
