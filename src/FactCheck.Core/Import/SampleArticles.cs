namespace FactCheck.Core.Import;

/// <summary>A built-in article with the metadata a user would otherwise type in.</summary>
public sealed record SampleArticle(string Title, string Outlet, string Author, DateOnly Published, string Text);

/// <summary>
/// Sample articles for the "Load a sample" button. They are fictional (made-up city, people and agency) but
/// keep the mess of real wire copy, so a first-time user sees what extraction does with it.
/// </summary>
public static class SampleArticles
{
    private static readonly Lazy<SampleArticle> FloodArticle = new(() => new SampleArticle(
        Title: "Floods swamp southern Brazil city as river hits record; thousands flee rising water",
        Outlet: "Meridian News",
        Author: "Helena Prado Vasconcelos",
        Published: new DateOnly(2026, 3, 12),
        Text: Load("sample-flood.txt")));

    /// <summary>A ~780-word wire story about a flood: two-line headline, byline, dateline, caption, hard wraps, quotes of every kind.</summary>
    public static SampleArticle Flood => FloodArticle.Value;

    private static string Load(string fileName)
    {
        var assembly = typeof(SampleArticles).Assembly;
        // The manifest name depends on the project's root namespace and folder; match on the file name.
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        // Through the importer's normaliser, so the sample is exactly what pasting the same text would give.
        return ImportNormalizer.Normalize(reader.ReadToEnd());
    }
}
