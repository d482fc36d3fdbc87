using FactCheck.Core.Data;
using FactCheck.Core.Extraction;

namespace FactCheck.Core.Reviews;

/// <summary>Takes an article in: checks the text, extracts its claims, stores both at once.</summary>
public sealed class ArticleIntake(ArticleStore articles, IClaimExtractor extractor)
{
    public const int MaxTitleLength = 300;

    /// <returns>The new article's id.</returns>
    /// <exception cref="ArgumentException">The draft cannot be stored; the message says why and what to do.</exception>
    public long Import(ArticleDraft draft, IProgress<double>? progress = null, CancellationToken cancellationToken = default, string actor = ClaimStore.Anonymous)
    {
        if (string.IsNullOrWhiteSpace(draft.Text))
            throw new ArgumentException("The article is empty. Paste its text or upload a file.", nameof(draft));
        if (draft.Url is { Length: > 0 } url && UrlRules.Validate(url) is { } urlError)
            throw new ArgumentException($"Article URL: {urlError}", nameof(draft));
        ExtractionResult extraction;
        try
        {
            extraction = extractor.Extract(draft.Text, draft.Published, progress, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A fault in the extractor must not take the page down or leave half an article behind.
            throw new ArgumentException(
                $"FactCheck could not break this text into claims ({e.GetType().Name}: {e.Message}). Nothing was saved. " +
                "Try again without unusual parts of the text, and report the problem with the text attached.", nameof(draft), e);
        }
        cancellationToken.ThrowIfCancellationRequested();
        var title = Clean(draft.Title) ?? Clean(extraction.Title) ?? FirstWords(draft.Text);
        return articles.Create(draft, title.Length > MaxTitleLength ? title[..MaxTitleLength] : title, extraction, actor);
    }

    private static string? Clean(string? s) =>
        string.IsNullOrWhiteSpace(s) ? null : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string FirstWords(string text)
    {
        var words = text.Split((char[]?)null, 13, StringSplitOptions.RemoveEmptyEntries);
        var title = string.Join(' ', words.Take(12));
        return words.Length > 12 ? title + "…" : title;
    }
}
