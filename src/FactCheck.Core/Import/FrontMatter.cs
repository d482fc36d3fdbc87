namespace FactCheck.Core.Import;

/// <summary>
/// Reads the few flat <c>key: value</c> lines of a Markdown front matter that name the article;
/// a YAML library would be a dependency for four fields.
/// </summary>
internal static class FrontMatter
{
    public static ArticleMetadata Parse(string yaml)
    {
        string? title = null, author = null, url = null;
        DateOnly? published = null;
        foreach (var raw in yaml.Split('\n'))
        {
            var colon = raw.IndexOf(':');
            if (colon <= 0 || char.IsWhiteSpace(raw[0])) continue;
            var key = raw[..colon].Trim().ToLowerInvariant();
            var value = raw[(colon + 1)..].Trim().Trim('"', '\'').Trim();
            if (value.Length == 0) continue;
            switch (key)
            {
                case "title": title ??= value; break;
                case "author" or "byline": author ??= value; break;
                case "date" or "published": published ??= MetadataValues.ParseDate(value); break;
                case "url" or "canonical" or "canonical_url": url ??= MetadataValues.HttpUrl(value); break;
            }
        }
        return new ArticleMetadata(title, author, published, url);
    }
}
