using FactCheck.Core.Data;
using FactCheck.Core.Extraction;
using FactCheck.Core.Import;

namespace FactCheck.Core.Reviews;

/// <summary>What an import stored: the article's id and, when extraction found more claims than an article holds, what was kept.</summary>
/// <param name="Notice">For the person importing: null when every claim was kept, else how many were found and where the kept ones end.</param>
public sealed record IntakeResult(long Id, int ClaimsFound, int ClaimsKept, string? Notice);

/// <summary>Takes an article in: checks the text, extracts its claims (at most <see cref="ImportLimits.MaxClaims"/>), stores both at once.</summary>
public sealed class ArticleIntake(ArticleStore articles, IClaimExtractor extractor, ImportLimits? limits = null)
{
    /// <summary>A title is stored whole (pages shorten it on screen); only a runaway first sentence used as a title is cut.</summary>
    public const int MaxTitleLength = 1_000;

    private readonly int maxClaims = (limits ?? ImportLimits.Default).MaxClaims;

    /// <returns>The new article's id.</returns>
    /// <exception cref="ArgumentException">The draft cannot be stored; the message says why and what to do.</exception>
    public long Import(ArticleDraft draft, IProgress<double>? progress = null, CancellationToken cancellationToken = default, string actor = ClaimStore.Anonymous) =>
        ImportArticle(draft, progress, cancellationToken, actor).Id;

    /// <summary>As <see cref="Import"/>, also saying whether the claims were cut at the limit (every route tells its caller).</summary>
    /// <exception cref="ArgumentException">The draft cannot be stored; the message says why and what to do.</exception>
    public IntakeResult ImportArticle(ArticleDraft draft, IProgress<double>? progress = null, CancellationToken cancellationToken = default, string actor = ClaimStore.Anonymous)
    {
        if (string.IsNullOrWhiteSpace(draft.Text))
            throw new ArgumentException("The article is empty. Paste its text or upload a file.", nameof(draft));
        FieldLimits.Require(Clean(draft.Title), MaxTitleLength, "title", nameof(draft));
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
        var found = extraction.Claims.Count;
        var kept = ClaimCap.Keep(extraction.Claims, maxClaims);
        var id = articles.Create(draft, title.Length > MaxTitleLength ? title[..MaxTitleLength] : title, extraction with { Claims = kept }, actor);
        return new IntakeResult(id, found, kept.Count, found == kept.Count ? null
            : ClaimCap.CutNotice(found, kept.Count, kept.Count == 0 ? 0 : kept.Max(c => c.Span.End), draft.Text.Length));
    }

    private static string? Clean(string? s) =>
        string.IsNullOrWhiteSpace(s) ? null : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Without a headline, the first sentence (or line) of the text stands for the title.</summary>
    private static string FirstWords(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, MaxTitleLength * 2));
        var end = head.Length;
        for (var i = 0; i < head.Length; i++)
        {
            if (head[i] == '\n' && (i + 1 >= head.Length || head[i + 1] == '\n' || i > 0 && head[i - 1] is '.' or '!' or '?')) { end = i; break; }
            if (head[i] is '.' or '!' or '?' && (i + 1 >= head.Length || char.IsWhiteSpace(head[i + 1])) && i > 20) { end = i + 1; break; }
        }
        var title = string.Join(' ', head[..end].ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (title.Length <= MaxTitleLength) return title;
        var cut = title.LastIndexOf(' ', MaxTitleLength - 1);
        return title[..(cut > 0 ? cut : MaxTitleLength - 1)] + "…";
    }
}
