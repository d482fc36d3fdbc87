using System.Globalization;
using System.Text.Json;

namespace FactCheck.Core.ClaimReviews;

/// <summary>A document that is not JSON, too deep or too large to read at all (as opposed to one bad record in it).</summary>
public sealed class ClaimReviewFormatException(string message) : Exception(message);

/// <summary>
/// Reads schema.org ClaimReview JSON-LD as newsrooms publish it: a single object, an array, an <c>@graph</c>,
/// or a <c>DataFeed</c> whose <c>dataFeedElement</c> items hold ClaimReviews (directly or under <c>item</c>).
/// Other node types in a graph (WebPage, Organization) are passed over; a ClaimReview that lacks what matching
/// needs is refused with the reason, and the rest are read.
/// </summary>
public static class ClaimReviewReader
{
    public const int MaxDepth = 32;
    public const int MaxRecords = 20_000;
    public const int MaxClaimLength = 4_000;
    public const int MaxFieldLength = 500;
    public const int MaxUrlLength = 2_000;

    public static ClaimReviewParse Read(string json)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }); }
        catch (JsonException e) { throw new ClaimReviewFormatException($"The body is not valid JSON (or is nested deeper than {MaxDepth} levels): {e.Message}"); }
        using (doc) return Read(doc.RootElement);
    }

    public static ClaimReviewParse Read(JsonElement root)
    {
        var records = new List<ClaimReviewRecord>();
        var refused = new List<ClaimReviewRefusal>();
        var found = 0;
        void Visit(JsonElement node, string where, bool topLevel)
        {
            if (node.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var element in node.EnumerateArray()) Visit(element, $"{where}[{i++}]", topLevel);
                return;
            }
            if (node.ValueKind != JsonValueKind.Object)
            {
                if (topLevel) refused.Add(new ClaimReviewRefusal(where, null, "not a JSON object"));
                return;
            }
            if (node.TryGetProperty("@graph", out var graph)) { Visit(graph, where + ".@graph", false); return; }
            if (IsType(node, "DataFeed") && node.TryGetProperty("dataFeedElement", out var elements)) { Visit(elements, where + ".dataFeedElement", false); return; }
            if (IsType(node, "DataFeedItem") && node.TryGetProperty("item", out var item)) { Visit(item, where + ".item", false); return; }
            if (!IsType(node, "ClaimReview"))
            {
                if (topLevel) refused.Add(new ClaimReviewRefusal(where, Text(node, "url"), "not a ClaimReview (its @type is " + TypeName(node) + ")"));
                return;
            }
            if (++found > MaxRecords)
            {
                if (found == MaxRecords + 1) refused.Add(new ClaimReviewRefusal(where, Text(node, "url"), $"more than {MaxRecords} ClaimReviews in one import: send the rest separately"));
                return;
            }
            var (record, reason) = ToRecord(node);
            if (record is not null) records.Add(record);
            else refused.Add(new ClaimReviewRefusal(where, Text(node, "url"), reason!));
        }
        Visit(root, "$", true);
        return new ClaimReviewParse(records, refused);
    }

    private static (ClaimReviewRecord?, string?) ToRecord(JsonElement node)
    {
        var url = Text(node, "url")?.Trim();
        if (string.IsNullOrEmpty(url)) return (null, "no \"url\": the address of the fact-check identifies it");
        if (url.Length > MaxUrlLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return (null, $"\"url\" is not an http(s) address");
        var claim = Text(node, "claimReviewed")?.Trim();
        if (string.IsNullOrEmpty(claim)) return (null, "no \"claimReviewed\": the claim that was checked");
        if (claim.Length > MaxClaimLength) return (null, $"\"claimReviewed\" is longer than {MaxClaimLength} characters");
        DateOnly? date = null;
        if (Text(node, "datePublished") is { Length: > 0 } d)
        {
            if (DateTimeOffset.TryParse(d, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dt)) date = DateOnly.FromDateTime(dt.UtcDateTime);
            else if (DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) date = day;
            else return (null, $"\"datePublished\" '{Cut(d)}' is not a date (use YYYY-MM-DD)");
        }
        var rating = node.TryGetProperty("reviewRating", out var r) ? Text(First(r), "alternateName") : null;
        var organisation = node.TryGetProperty("author", out var a) ? Name(a) : null;
        var claimant = node.TryGetProperty("itemReviewed", out var ir) && First(ir).ValueKind == JsonValueKind.Object
            && First(ir).TryGetProperty("author", out var ia) ? Name(ia) : null;
        foreach (var (field, value) in new[] { ("reviewRating.alternateName", rating), ("author.name", organisation), ("itemReviewed.author.name", claimant) })
            if (value is { Length: > MaxFieldLength }) return (null, $"\"{field}\" is longer than {MaxFieldLength} characters");
        return (new ClaimReviewRecord
        {
            Url = url, ClaimReviewed = claim, Rating = Blank(rating), Organisation = Blank(organisation), Claimant = Blank(claimant), ReviewedOn = date,
        }, null);
    }

    private static bool IsType(JsonElement node, string type)
    {
        if (!node.TryGetProperty("@type", out var t)) return false;
        return t.ValueKind switch
        {
            JsonValueKind.String => Matches(t.GetString()),
            JsonValueKind.Array => t.EnumerateArray().Any(x => x.ValueKind == JsonValueKind.String && Matches(x.GetString())),
            _ => false,
        };
        bool Matches(string? s) => s is not null && (s == type || s.EndsWith("/" + type, StringComparison.Ordinal) || s.EndsWith(":" + type, StringComparison.Ordinal));
    }

    private static string TypeName(JsonElement node) =>
        node.TryGetProperty("@type", out var t) ? Cut(t.ToString()) : "missing";

    private static JsonElement First(JsonElement e) =>
        e.ValueKind == JsonValueKind.Array && e.GetArrayLength() > 0 ? e[0] : e;

    /// <summary>A name given as a string, an object with "name", or an array of either (the first).</summary>
    private static string? Name(JsonElement e)
    {
        e = First(e);
        return e.ValueKind switch
        {
            JsonValueKind.String => e.GetString(),
            JsonValueKind.Object => Text(e, "name"),
            _ => null,
        };
    }

    private static string? Text(JsonElement node, string property)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(property, out var v)) return null;
        v = First(v);
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            JsonValueKind.Object when v.TryGetProperty("@value", out var inner) && inner.ValueKind == JsonValueKind.String => inner.GetString(),
            _ => null,
        };
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Cut(string s) => s.Length > 60 ? s[..60] + "…" : s;
}
