using System.Security.Cryptography;
using System.Text;
using FactCheck.Core.Reviews;

namespace FactCheck.Core.Sources;

/// <summary>
/// A copy of a source's text as it was at <see cref="RetrievedAt"/>, before it is stored: fetched from
/// the web, or pasted by a reviewer when the site refuses (<see cref="Manual"/>).
/// </summary>
public sealed record SnapshotDraft
{
    /// <summary>The readable text every passage, figure and quote check runs against.</summary>
    public required string Text { get; init; }

    /// <summary>Lowercase hex SHA-256 of the raw bytes received (for a manual snapshot: of the text's UTF-8 bytes).</summary>
    public required string Sha256 { get; init; }

    public required DateTimeOffset RetrievedAt { get; init; }

    /// <summary>The address the text came from after redirects; null for a manual snapshot of no known page.</summary>
    public string? FinalUrl { get; init; }

    public int? HttpStatus { get; init; }

    /// <summary>A Wayback Machine link for the retrieval time (see <see cref="ArchiveLinks"/>).</summary>
    public string? ArchiveUrl { get; init; }

    /// <summary>The media type without parameters, e.g. <c>text/html</c>.</summary>
    public string? ContentType { get; init; }

    public bool Manual { get; init; }

    public string? Title { get; init; }

    public string? Publisher { get; init; }

    public string? Author { get; init; }

    public DateOnly? PublishedOn { get; init; }

    /// <summary>A snapshot of text a reviewer pasted because the page could not be fetched.</summary>
    public static SnapshotDraft FromPastedText(string text, DateTimeOffset retrievedAt, string? url = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Same line endings whatever the browser sent, so the hash of one paste is the hash of the next.
        var clean = text.Replace("\r\n", "\n").Replace('\r', '\n').Trim();
        if (clean.Length == 0) throw new ArgumentException("Paste the source's text: the snapshot is empty.", nameof(text));
        FieldLimits.Require(clean, FieldLimits.SnapshotText, "pasted snapshot", nameof(text));
        return new SnapshotDraft
        {
            Text = clean,
            Sha256 = HashHex(Encoding.UTF8.GetBytes(clean)),
            RetrievedAt = retrievedAt,
            FinalUrl = url,
            ArchiveUrl = url is null ? null : ArchiveLinks.Wayback(url, retrievedAt),
            ContentType = "text/plain",
            Manual = true,
            Title = title,
        };
    }

    public static string HashHex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

/// <summary>Links to public web archives.</summary>
public static class ArchiveLinks
{
    /// <summary>
    /// The Wayback Machine's address for <paramref name="url"/> as near as it has to <paramref name="at"/>;
    /// it redirects to its closest capture, so the link works whether or not a capture exists at that second.
    /// </summary>
    public static string Wayback(string url, DateTimeOffset at) =>
        $"https://web.archive.org/web/{at.UtcDateTime:yyyyMMddHHmmss}/{url}";
}
