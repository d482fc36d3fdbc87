using System.Text;
using FactCheck.Core.Import;

namespace FactCheck.Core.ClaimReviews;

/// <summary>
/// Reads the ClaimReviews out of a downloaded or uploaded document: JSON-LD as it is, or a web page's
/// <c>&lt;script type="application/ld+json"&gt;</c> blocks (how fact-checkers publish them on each check's page).
/// </summary>
public static class ClaimReviewDocument
{
    /// <summary>The most JSON-LD blocks read from one page.</summary>
    public const int MaxScripts = 200;

    /// <exception cref="ClaimReviewFormatException">Not JSON, nested too deep, or a page with no JSON-LD at all.</exception>
    public static ClaimReviewParse Read(byte[] bytes, string? mediaType, string name, CancellationToken cancellationToken = default)
    {
        var text = DecodeText(bytes, name);
        var html = mediaType is "text/html" or "application/xhtml+xml"
            || (mediaType is null or "text/plain" && text.AsSpan().TrimStart().StartsWith("<"));
        return html ? ReadPage(text, name, cancellationToken) : ClaimReviewReader.Read(text);
    }

    private static ClaimReviewParse ReadPage(string html, string name, CancellationToken cancellationToken)
    {
        using var document = HtmlArticleReader.Parse(html, name, cancellationToken);
        var scripts = document.QuerySelectorAll("script")
            .Where(s => string.Equals(s.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
            .Take(MaxScripts + 1).ToList();
        if (scripts.Count == 0)
            throw new ClaimReviewFormatException("The page carries no JSON-LD (no <script type=\"application/ld+json\">): give the address of a ClaimReview feed or of a fact-check's own page.");
        var records = new List<ClaimReviewRecord>();
        var refused = new List<ClaimReviewRefusal>();
        for (var i = 0; i < scripts.Count; i++)
        {
            var where = $"script[{i}]";
            if (i == MaxScripts)
            {
                refused.Add(new ClaimReviewRefusal(where, null, $"more than {MaxScripts} JSON-LD blocks on one page: the rest were not read"));
                break;
            }
            try
            {
                var parse = ClaimReviewReader.Read(scripts[i].TextContent);
                records.AddRange(parse.Records);
                // Other JSON-LD on a page (the site, breadcrumbs) is not a refusal: only ClaimReviews that are wrong are.
                refused.AddRange(parse.Refused.Where(r => !r.Reason.StartsWith("not a ClaimReview", StringComparison.Ordinal))
                    .Select(r => r with { Where = where + r.Where.TrimStart('$') }));
            }
            catch (ClaimReviewFormatException e)
            {
                refused.Add(new ClaimReviewRefusal(where, null, e.Message));
            }
        }
        return new ClaimReviewParse(records, refused);
    }

    private static string DecodeText(byte[] bytes, string name)
    {
        try { return TextDecoder.Decode(bytes, name); }
        catch (ImportRejectedException) { return Encoding.UTF8.GetString(bytes); }
    }
}
