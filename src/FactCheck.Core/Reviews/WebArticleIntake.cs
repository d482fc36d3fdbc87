using FactCheck.Core.Data;
using FactCheck.Core.Import;
using FactCheck.Core.Sources;

namespace FactCheck.Core.Reviews;

/// <summary>What importing an article from a web address came to: the stored article, or why nothing was saved.</summary>
/// <param name="Stored">The stored article and its claims; null on failure.</param>
/// <param name="Error">What went wrong and what to do, for the person importing; null on success.</param>
/// <param name="FetchFailure">Set when the download itself failed (refused address, timeout, not a page…).</param>
public sealed record WebIntakeResult(IntakeResult? Stored, string? Error, FetchFailureKind? FetchFailure = null)
{
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Stored))]
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, nameof(Error))]
    public bool Ok => Error is null;
}

/// <summary>
/// Imports a news article from its web address: downloads it through the guarded <see cref="SourceFetcher"/>
/// (so a reviewer's URL cannot reach the newsroom's own network), takes the readable text and title, and hands
/// it to <see cref="ArticleIntake"/> as if it had been pasted, with the final URL and the fetch time kept.
/// </summary>
public sealed class WebArticleIntake(SourceFetcher fetcher, ArticleIntake intake, ImportLimits limits)
{
    /// <param name="outlet">The outlet as the person importing names it; else the site's own name, if it states one.</param>
    /// <param name="published">The publication date as given; else the page's, else the dateline's.</param>
    /// <param name="status">Short status lines while downloading ("Connecting to example.org…").</param>
    /// <exception cref="OperationCanceledException">Only when <paramref name="cancellationToken"/> is cancelled; nothing is saved.</exception>
    public async Task<WebIntakeResult> ImportAsync(string url, string? outlet = null, DateOnly? published = null, string actor = ClaimStore.Anonymous,
        IProgress<string>? status = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(url))
            return new WebIntakeResult(null, "Enter the web address of the article, starting with https://.", FetchFailureKind.InvalidUrl);
        var fetched = await fetcher.FetchAsync(url, status, cancellationToken);
        if (!fetched.Ok)
            return new WebIntakeResult(null, $"{fetched.Failure.Message} {AdviceFor(fetched.Failure)}", fetched.Failure.Kind);

        var page = fetched.Snapshot;
        if (page.Text.Length > limits.MaxTextChars)
            return new WebIntakeResult(null, ImportMessages.TextTooLong("The article's text", page.Text.Length, limits.MaxTextChars));
        var draft = new ArticleDraft
        {
            Text = page.Text,
            Title = page.Title,
            Url = page.FinalUrl,
            Outlet = string.IsNullOrWhiteSpace(outlet) ? page.Publisher : outlet,
            Author = page.Author,
            Published = published ?? page.PublishedOn,
            FetchedAt = page.RetrievedAt,
        };
        status?.Report("Breaking the article into claims…");
        try
        {
            // Extraction is CPU work; keep it off the caller's (the page's or the request's) thread.
            var stored = await Task.Run(() => intake.ImportArticle(draft, progress, cancellationToken, actor), cancellationToken);
            return new WebIntakeResult(stored, null);
        }
        catch (ArgumentException e)
        {
            return new WebIntakeResult(null, e.ForUser());
        }
    }

    /// <summary>
    /// The fetcher's advice speaks of sources and manual snapshots; for an article the way out is to paste its text or upload it.
    /// </summary>
    private static string AdviceFor(FetchFailure failure) => failure.Kind switch
    {
        FetchFailureKind.InvalidUrl when failure.HttpStatus is null => "Correct the address and import again.",
        FetchFailureKind.BlockedAddress =>
            "If this is a public article, open it in your browser and paste its text instead; an administrator can allow private networks in the settings.",
        FetchFailureKind.HostNotFound => "Check the address for typing mistakes; if it is right, open the article in your browser and paste its text instead.",
        FetchFailureKind.NotFound => "Check the address; if the article has moved, import its new address or paste its text.",
        FetchFailureKind.Timeout or FetchFailureKind.ConnectionFailed or FetchFailureKind.ServerError or FetchFailureKind.HttpError =>
            "Try again later, or open the article in your browser and paste its text.",
        FetchFailureKind.TooLarge => "Paste the article's text, or upload the file, instead.",
        FetchFailureKind.UnsupportedType => "Import the address of the article's web page or PDF, or upload the file instead.",
        _ => "Open the article in your browser and paste its text, or upload it as a file.",
    };
}
