namespace FactCheck.Core.Import;

// Temporary stand-in until the import branch lands.
public sealed record ImportLimits { public long MaxFileBytes { get; set; } = 10_000_000; public int MaxTextChars { get; set; } = 2_000_000; }

public sealed record ImportResult(bool Ok, string? Text, string? Error, string? DetectedTitle = null, string? DetectedAuthor = null, DateOnly? DetectedPublished = null, string? DetectedUrl = null)
{
    public static ImportResult Success(string text) => new(true, text, null);
    public static ImportResult Failure(string error) => new(false, null, error);
}

public sealed class ArticleImporter
{
    public ImportResult ImportText(string pasted, ImportLimits limits) =>
        string.IsNullOrWhiteSpace(pasted) ? ImportResult.Failure("The text is empty.") : ImportResult.Success(pasted);

    public ImportResult ImportFile(string fileName, Stream content, ImportLimits limits)
    {
        using var reader = new StreamReader(content);
        return ImportText(reader.ReadToEnd(), limits);
    }
}

public sealed record SampleArticle(string Title, string Outlet, string Author, DateOnly Published, string Text);

public static class SampleArticles
{
    public static SampleArticle Flood { get; } = new("Floods", "Meridian News", "A. Writer", new DateOnly(2026, 3, 12),
        "PORTO ALEGRE, Brazil, March 12 (Meridian News)--At least 1,204 homes were flooded on Thursday, the mayor said.\n\n\"We are not done,\" she added.");
}
