using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FactCheck.Core.Exports;

/// <summary>
/// Every published ClaimReview in one schema.org DataFeed (the shape fact-check aggregators ingest): each element
/// is a ClaimReview as it appears on its public page.
/// </summary>
public static class ClaimReviewFeed
{
    public static string Write(string feedUrl, PublisherSettings publisher, IEnumerable<ClaimReviewRecord> records, DateTimeOffset? modified)
    {
        var elements = new JsonArray();
        foreach (var record in records)
        {
            var element = (JsonObject)record.Json.DeepClone();
            element.Remove("@context"); // given once, on the feed
            elements.Add(element);
        }
        var feed = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "DataFeed",
            ["name"] = $"{publisher.Organization}: fact-checks",
            ["url"] = feedUrl,
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = publisher.Organization },
        };
        if (publisher.OrganizationUrl is { Length: > 0 } orgUrl) feed["publisher"]!["url"] = orgUrl;
        if (modified is { } at) feed["dateModified"] = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        feed["dataFeedElement"] = elements;
        return feed.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
