using System.Text;
using FactCheck.Core.Exports;
using FactCheck.Core.Reports;
using static FactCheck.Core.Publishing.PublicHtml;

namespace FactCheck.Core.Publishing;

/// <summary>One published fact-check as the index and the feed list it.</summary>
public sealed record FactCheckEntry(PublishedFactCheck FactCheck, string Url);

/// <summary>The public list of published fact-checks, newest first, each with its verdicts as coloured chips.</summary>
public static class FactCheckIndexPage
{
    public static string Write(IReadOnlyList<FactCheckEntry> entries, string indexUrl, PublisherSettings publisher)
    {
        var title = $"Fact-checks · {publisher.Organization}";
        var html = new StringBuilder(8_192);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n")
            .Append("<meta name=\"description\" content=\"").Append(E($"Fact-checks published by {publisher.Organization}.")).Append("\">\n")
            .Append("<link rel=\"canonical\" href=\"").Append(E(indexUrl)).Append("\">\n")
            .Append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"").Append(E(title)).Append("\" href=\"").Append(E(indexUrl + "/feed.atom")).Append("\">\n")
            .Append("<style>\n").Append(Styles).Append("\n</style>\n</head>\n<body>\n")
            .Append("<header class=\"site\"><a href=\"").Append(E(indexUrl)).Append("\">").Append(E(publisher.Organization)).Append(" · Fact-checks</a></header>\n")
            .Append("<main>\n<h1>Fact-checks</h1>\n")
            .Append("<p class=\"meta\">Newest first. Also as an <a href=\"").Append(E(indexUrl + "/feed.atom")).Append("\">Atom feed</a> and as ")
            .Append("<a href=\"").Append(E(indexUrl + "/claimreviews.json")).Append("\">ClaimReview data</a>.</p>\n");
        if (entries.Count == 0) html.Append("<p>Nothing published yet.</p>\n");
        else
        {
            html.Append("<ul class=\"index\">\n");
            foreach (var (factCheck, url) in entries)
            {
                var v = factCheck.Latest;
                var articleTitle = v.Content?.Article.Title ?? $"Fact-check {factCheck.Slug}";
                html.Append("<li><h2><a href=\"").Append(E(url)).Append("\">Fact-check: ").Append(E(articleTitle)).Append("</a></h2>\n");
                html.Append("<p class=\"meta\"><time datetime=\"").Append(IsoDate(factCheck.FirstPublishedAt)).Append("\">").Append(LongDate(factCheck.FirstPublishedAt)).Append("</time>");
                if (v.Version > 1) html.Append(" · corrected ").Append(LongDate(v.PublishedAt));
                if (v.Content?.Article.Outlet is { Length: > 0 } outlet) html.Append(" · checking ").Append(E(outlet));
                html.Append("</p>\n");
                if (v.Content is { } content)
                {
                    if (content.Summary is not null) html.Append("<p>").Append(E(FactCheckPage.Description(content))).Append("</p>\n");
                    html.Append("<div class=\"chips\" aria-label=\"Verdicts\">");
                    foreach (var claim in content.Claims.Where(c => c.Verdict is not null))
                    {
                        html.Append("<a href=\"").Append(E(url + "#" + claim.Anchor)).Append("\" title=\"").Append(E(claim.Statement)).Append("\">");
                        Chip(html, claim.Verdict!, content.VerdictOf(claim)?.Color);
                        html.Append("</a>");
                    }
                    html.Append("</div>\n");
                }
                html.Append("</li>\n");
            }
            html.Append("</ul>\n");
        }
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }
}
