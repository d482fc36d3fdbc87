using System.Text.Json;
using AngleSharp.Dom;

namespace FactCheck.Core.Import;

/// <summary>
/// Reads the schema.org NewsArticle/Article record news sites embed as JSON-LD; on many sites it is the
/// only place the author's name and the publication date appear in machine-readable form.
/// </summary>
internal static class JsonLdArticle
{
    public static ArticleMetadata Read(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                if (FindArticle(json.RootElement) is { } article)
                {
                    return new ArticleMetadata(
                        MetadataValues.Clean(String(article, "headline")),
                        MetadataValues.Clean(AuthorName(article)),
                        MetadataValues.ParseDate(String(article, "datePublished")),
                        MetadataValues.HttpUrl(String(article, "url")));
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common and harmless: the meta tags still apply.
            }
        }
        return ArticleMetadata.None;
    }

    private static JsonElement? FindArticle(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindArticle(item) is { } found) return found;
                }
                return null;
            case JsonValueKind.Object when IsArticle(element):
                return element;
            case JsonValueKind.Object when element.TryGetProperty("@graph", out var graph):
                return FindArticle(graph);
            default:
                return null;
        }
    }

    private static bool IsArticle(JsonElement element) =>
        element.TryGetProperty("@type", out var type) && (type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && t.GetString()!.EndsWith("Article", StringComparison.Ordinal))
            : type.ValueKind == JsonValueKind.String && type.GetString()!.EndsWith("Article", StringComparison.Ordinal));

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // "author" may be a string, a Person object, or a list of them; several authors are joined as a byline would be.
    private static string? AuthorName(JsonElement article)
    {
        if (!article.TryGetProperty("author", out var author)) return null;
        var names = (author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author])
            .Select(a => a.ValueKind == JsonValueKind.String ? a.GetString() : String(a, "name"))
            .Where(n => !string.IsNullOrWhiteSpace(n) && MetadataValues.HttpUrl(n) is null)
            .ToList();
        return names.Count == 0 ? null : string.Join(" and ", names);
    }
}
