using System.Text;
using FactCheck.Core.Exports;
using FactCheck.Core.Reports;
using FactCheck.Core.Reviews;
using static FactCheck.Core.Publishing.PublicHtml;

namespace FactCheck.Core.Publishing;

/// <summary>Where a public fact-check page is and what surrounds it: its version among the others, the site's addresses.</summary>
public sealed record FactCheckPageInfo
{
    /// <summary>This page's absolute address (the versioned one for an earlier version).</summary>
    public required string PageUrl { get; init; }
    /// <summary>The address of the article's latest version.</summary>
    public required string LatestUrl { get; init; }
    /// <summary>The address of the public index of fact-checks.</summary>
    public required string IndexUrl { get; init; }
    /// <summary>Every published version, oldest first, with its address.</summary>
    public required IReadOnlyList<(ReportVersion Version, string Url)> Versions { get; init; }
    public required PublisherSettings Publisher { get; init; }
}

/// <summary>
/// A published version as a public web page: static HTML readers and search engines can read without signing in, with
/// the ClaimReview JSON-LD search engines look for, one stable anchor per claim, canonical and social-card tags, and a
/// layout that works on a phone and on paper. All user text is encoded; explanations go through <see cref="MarkdownRenderer"/>.
/// </summary>
public static class FactCheckPage
{
    public static string Write(ReportVersion version, FactCheckPageInfo info)
    {
        if (version.Content is not { } content) return WriteFromMarkdown(version, info);
        var latest = info.Versions[^1].Version;
        var isLatest = latest.Version == version.Version;
        var first = info.Versions[0].Version;
        var pageUrl = info.PageUrl;
        var records = ClaimReviewWriter.Write(content, pageUrl, info.Publisher, DateOnly.FromDateTime(first.PublishedAt.UtcDateTime),
            DateOnly.FromDateTime(version.PublishedAt.UtcDateTime));
        var title = $"Fact-check: {content.Article.Title}";
        var description = Description(content);

        var html = new StringBuilder(16_384);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title)).Append(" · ").Append(E(info.Publisher.Organization)).Append("</title>\n")
            .Append("<meta name=\"description\" content=\"").Append(E(description)).Append("\">\n")
            // Every version is its own page; search engines are pointed at the latest, which supersedes the others.
            .Append("<link rel=\"canonical\" href=\"").Append(E(isLatest ? info.LatestUrl : pageUrl)).Append("\">\n");
        if (!isLatest) html.Append("<meta name=\"robots\" content=\"noindex\">\n");
        html.Append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"").Append(E(info.Publisher.Organization)).Append(" fact-checks\" href=\"")
            .Append(E(info.IndexUrl + "/feed.atom")).Append("\">\n");
        Meta(html, "property", "og:type", "article");
        Meta(html, "property", "og:title", title);
        Meta(html, "property", "og:description", description);
        Meta(html, "property", "og:url", isLatest ? info.LatestUrl : pageUrl);
        Meta(html, "property", "og:site_name", info.Publisher.Organization);
        Meta(html, "property", "article:published_time", IsoDate(first.PublishedAt));
        Meta(html, "property", "article:modified_time", IsoDate(version.PublishedAt));
        Meta(html, "name", "twitter:card", "summary");
        Meta(html, "name", "twitter:title", title);
        Meta(html, "name", "twitter:description", description);
        html.Append("<style>\n").Append(Styles).Append("\n</style>\n");
        if (records.Count > 0)
            html.Append("<script type=\"application/ld+json\">").Append(ClaimReviewWriter.WriteScript(records.Select(r => (System.Text.Json.Nodes.JsonNode)r.Json).ToList()))
                .Append("</script>\n");
        html.Append("</head>\n<body>\n");
        html.Append("<header class=\"site\"><a href=\"").Append(E(info.IndexUrl)).Append("\">").Append(E(info.Publisher.Organization)).Append(" · Fact-checks</a></header>\n");
        html.Append("<main>\n<article>\n");
        html.Append("<h1>").Append(E(title)).Append("</h1>\n");
        WriteByline(html, version, content, first, info);
        if (!isLatest)
            html.Append("<p class=\"notice\" id=\"superseded\">This is version ").Append(version.Version).Append(". It was corrected: <a href=\"")
                .Append(E(info.LatestUrl)).Append("\">read the latest version (").Append(latest.Version).Append(")</a>.</p>\n");
        WriteChecked(html, content);
        if (content.Summary is { } summary)
            html.Append("<section aria-labelledby=\"bottom-line\"><h2 id=\"bottom-line\">The bottom line</h2>\n<div class=\"bottom-line\">")
                .Append(MarkdownRenderer.ToHtml(summary)).Append("</div></section>\n");
        if (content.Claims.Count > 1) WriteAtAGlance(html, content);
        foreach (var (claim, i) in content.Claims.Select((c, i) => (c, i))) WriteClaim(html, claim, i + 1, content);
        WriteSources(html, content);
        html.Append("<section aria-labelledby=\"methodology\"><h2 id=\"methodology\">How we checked</h2>\n<p>").Append(E(content.Methodology).Replace("\n", " "))
            .Append("</p>\n");
        if (content.MethodologyNote is { } note) html.Append(MarkdownRenderer.ToHtml(note));
        if (content.CheckedBy.Count > 0 || content.ApprovedBy.Count > 0)
        {
            html.Append("<p class=\"meta\">");
            if (content.CheckedBy.Count > 0) html.Append("Checked by ").Append(E(string.Join(", ", content.CheckedBy))).Append(". ");
            if (content.ApprovedBy.Count > 0) html.Append("Edited and approved by ").Append(E(string.Join(", ", content.ApprovedBy))).Append('.');
            html.Append("</p>\n");
        }
        html.Append("</section>\n");
        WriteCorrections(html, version, info);
        html.Append("</article>\n</main>\n");
        html.Append("<footer class=\"site\"><p>Published by ")
            .Append(info.Publisher.OrganizationUrl is { Length: > 0 } orgUrl ? Link(info.Publisher.Organization, orgUrl) : E(info.Publisher.Organization))
            .Append(".</p><nav class=\"no-print\" aria-label=\"More fact-checks\"><a href=\"").Append(E(info.IndexUrl)).Append("\">All fact-checks</a></nav></footer>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>A version published before public pages existed keeps only its Markdown: shown as it is, without JSON-LD.</summary>
    private static string WriteFromMarkdown(ReportVersion version, FactCheckPageInfo info)
    {
        var isLatest = info.Versions[^1].Version.Version == version.Version;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Fact-check · ").Append(E(info.Publisher.Organization)).Append("</title>\n")
            .Append("<link rel=\"canonical\" href=\"").Append(E(isLatest ? info.LatestUrl : info.PageUrl)).Append("\">\n")
            .Append("<style>\n").Append(Styles).Append("\n</style>\n</head>\n<body>\n<main>\n")
            .Append("<p class=\"byline\">Version ").Append(version.Version).Append(" of ").Append(info.Versions.Count).Append(", published ")
            .Append(LongDate(version.PublishedAt)).Append(" · <a href=\"#corrections\">Corrections</a></p>\n")
            .Append(MarkdownRenderer.ToHtml(version.Markdown).Replace("<h2>Corrections</h2>", "<h2 id=\"corrections\">Corrections</h2>"))
            .Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The first claim and its verdict, or the summary: what a search result or a shared link shows.</summary>
    public static string Description(ReportContent content)
    {
        if (content.Summary is { } summary) return Shorten(Text.OneLine.Of(summary.Replace("*", "").Replace("_", " ").Replace("#", "")), 200);
        var rated = content.Claims.FirstOrDefault(c => c.Verdict is not null);
        return rated is null ? $"A fact-check of “{content.Article.Title}”." : Shorten($"{rated.Verdict}: {rated.Statement}", 200);
    }

    private static void Meta(StringBuilder html, string kind, string name, string value) =>
        html.Append("<meta ").Append(kind).Append("=\"").Append(name).Append("\" content=\"").Append(E(value)).Append("\">\n");

    private static void WriteByline(StringBuilder html, ReportVersion version, ReportContent content, ReportVersion first, FactCheckPageInfo info)
    {
        html.Append("<p class=\"byline\">By ").Append(E(info.Publisher.Organization));
        if (content.PublishedBy is { Length: > 0 } by) html.Append(" · published by ").Append(E(by));
        html.Append(" · <time datetime=\"").Append(IsoDate(first.PublishedAt)).Append("\">").Append(LongDate(first.PublishedAt)).Append("</time>");
        html.Append("<br>Version ").Append(version.Version).Append(" of ").Append(info.Versions.Count);
        if (version.Version > 1) html.Append(", corrected ").Append(LongDate(version.PublishedAt));
        html.Append(" · <a href=\"#corrections\">Corrections</a></p>\n");
    }

    private static void WriteChecked(StringBuilder html, ReportContent content)
    {
        var a = content.Article;
        html.Append("<p class=\"meta\">We checked ");
        html.Append(a.Url is { } url && Reviews.UrlRules.IsSafeLink(url) ? Link($"“{a.Title}”", url) : E($"“{a.Title}”"));
        if (a.Outlet is { Length: > 0 }) html.Append(", ").Append(E(a.Outlet));
        if (a.Author is { Length: > 0 }) html.Append(", by ").Append(E(a.Author));
        if (a.Published is { } on) html.Append(", ").Append(LongDate(on));
        html.Append(".</p>\n");
    }

    private static void WriteAtAGlance(StringBuilder html, ReportContent content)
    {
        html.Append("<section aria-labelledby=\"glance\"><h2 id=\"glance\">The claims at a glance</h2>\n<ol>\n");
        foreach (var claim in content.Claims)
        {
            html.Append("<li><a href=\"#").Append(claim.Anchor).Append("\">").Append(E(Shorten(claim.Statement, 140))).Append("</a> ");
            if (claim.Verdict is { } v) Chip(html, v, content.VerdictOf(claim)?.Color);
            html.Append("</li>\n");
        }
        html.Append("</ol></section>\n");
    }

    private static void WriteClaim(StringBuilder html, ReportClaim claim, int number, ReportContent content)
    {
        var verdict = content.VerdictOf(claim);
        var colour = Colour(verdict?.Color);
        html.Append("<section class=\"claim\" id=\"").Append(claim.Anchor).Append("\" aria-labelledby=\"").Append(claim.Anchor).Append("-title\">\n");
        // The box below holds the claim in full: the heading only numbers it and names who made it.
        html.Append("<h2 id=\"").Append(claim.Anchor).Append("-title\">Claim ").Append(number)
            .Append(claim.Speaker is { } who ? ": " + E(who) : content.Article.Outlet is { Length: > 0 } outlet ? ": " + E(outlet) : "").Append("</h2>\n");
        html.Append("<div class=\"box\" style=\"--verdict:").Append(colour).Append("\">\n");
        html.Append("<div class=\"part\"><span class=\"label\">Claim</span><p class=\"statement\">").Append(E(claim.Statement)).Append("</p>");
        if (claim.Speaker is { } speaker)
            html.Append("<p class=\"who\">Said by <strong>").Append(E(speaker)).Append("</strong>").Append(claim.Occasion is { } o ? ", " + E(o) : "").Append("</p>");
        else if (claim.Occasion is { } where)
            html.Append("<p class=\"who\">Stated ").Append(E(where)).Append(content.Article.Author is { Length: > 0 } author ? ", by " + E(author) : "").Append("</p>");
        if (claim.QuoteCheck is { } quote)
            html.Append("</div>\n<div class=\"part\"><span class=\"label\">Quote</span><p class=\"quote-check\">")
                .Append(E(char.ToUpperInvariant(quote.Finding()[0]) + quote.Finding()[1..])).Append(".</p>");
        html.Append("</div>\n<div class=\"part\"><span class=\"label\">Our verdict").Append(claim.VerdictRates is { } rates ? " " + E(rates) : "")
            .Append("</span><p class=\"verdict\">");
        if (claim.Verdict is { } label)
        {
            Chip(html, label, verdict?.Color);
            if (verdict is { Description.Length: > 0 }) html.Append(' ').Append(E(verdict.Description));
        }
        else html.Append("Not yet checked.");
        html.Append("</p></div>\n</div>\n");
        if (claim.Quoted.Length > 0)
            html.Append("<p class=\"in-article\">In the article: “").Append(E(claim.Quoted)).Append('”')
                .Append(claim.Presentation is { } p ? $" ({E(p)})." : "").Append("</p>\n");
        if (claim.Explanation is { } explanation) html.Append("<div class=\"explanation\">").Append(MarkdownRenderer.ToHtml(explanation)).Append("</div>\n");
        if (claim.Citations.Count > 0)
        {
            html.Append("<h3>Sources for this claim</h3>\n<ul class=\"cites\">\n");
            foreach (var citation in claim.Citations)
            {
                var source = content.Sources[citation.Source - 1];
                html.Append("<li><a href=\"#source-").Append(citation.Source).Append("\">[").Append(citation.Source).Append("]</a> ")
                    .Append(E(ReportWriter.SourceName(source))).Append(", ").Append(E(citation.Stance)).Append(" the claim");
                if (!string.IsNullOrWhiteSpace(citation.Passage)) html.Append(":<blockquote>").Append(E(citation.Passage)).Append("</blockquote>");
                html.Append("</li>\n");
            }
            html.Append("</ul>\n");
        }
        html.Append("</section>\n");
    }

    private static void WriteSources(StringBuilder html, ReportContent content)
    {
        if (content.Sources.Count == 0) return;
        html.Append("<section aria-labelledby=\"sources\"><h2 id=\"sources\">Sources</h2>\n<ol class=\"sources\">\n");
        foreach (var s in content.Sources)
        {
            html.Append("<li id=\"source-").Append(s.Number).Append("\">").Append(Link(ReportWriter.SourceName(s), s.Url));
            var details = new List<string>();
            if (s.Publisher is { Length: > 0 } publisher && publisher != ReportWriter.SourceName(s)) details.Add(E(publisher));
            if (s.PublishedOn is { } on) details.Add("published " + LongDate(on));
            if (details.Count > 0) html.Append(", ").Append(string.Join(", ", details));
            html.Append('.');
            if (s.Kind.Length > 0) html.Append(' ').Append(E(s.Kind)).Append('.');
            if (s.AccessedOn is { } accessed) html.Append(" Accessed ").Append(LongDate(accessed)).Append('.');
            html.Append(' ');
            if (s.PastedCopy)
                html.Append("Archived copy: text pasted by a reviewer").Append(s.ArchivedAt is { } at ? " on " + LongDate(at) : "")
                    .Append(" because the page could not be fetched; kept by the newsroom.");
            else if (s.ArchiveUrl is { } archive)
                html.Append(Link("Archived copy", archive)).Append(s.ArchivedAt is { } saved ? ", saved " + LongDate(saved) : "").Append('.');
            else if (s.ArchivedAt is { } retrieved)
                html.Append("A copy retrieved ").Append(LongDate(retrieved)).Append(" is kept by the newsroom.");
            else html.Append("No archived copy.");
            html.Append("</li>\n");
        }
        html.Append("</ol></section>\n");
    }

    private static void WriteCorrections(StringBuilder html, ReportVersion version, FactCheckPageInfo info)
    {
        html.Append("<section aria-labelledby=\"corrections\"><h2 id=\"corrections\">Corrections</h2>\n");
        var corrections = info.Versions.Where(v => v.Version.Correction is { Length: > 0 }).ToList();
        if (corrections.Count == 0) html.Append("<p>No corrections.</p>\n");
        else
        {
            html.Append("<ul>\n");
            foreach (var (v, _) in corrections)
                html.Append("<li>").Append(LongDate(v.PublishedAt)).Append(" (version ").Append(v.Version).Append("): ").Append(E(v.Correction)).Append("</li>\n");
            html.Append("</ul>\n");
        }
        if (info.Versions.Count > 1)
        {
            html.Append("<p class=\"meta\">Every version stays available:</p>\n<ul class=\"meta\">\n");
            foreach (var (v, url) in info.Versions)
            {
                html.Append("<li>");
                if (v.Version == version.Version) html.Append("Version ").Append(v.Version).Append(" (this page)");
                else html.Append("<a href=\"").Append(E(url)).Append("\">Version ").Append(v.Version).Append("</a>");
                html.Append(", ").Append(LongDate(v.PublishedAt)).Append("</li>\n");
            }
            html.Append("</ul>\n");
        }
        html.Append("</section>\n");
    }
}
