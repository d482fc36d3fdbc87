using System.Text;
using FactCheck.Core.Data;
using FactCheck.Core.Exports;
using FactCheck.Core.Publishing;
using FactCheck.Core.Reports;

namespace FactCheck.Web;

/// <summary>
/// What readers and search engines see without signing in: each published fact-check at /fact-checks/{slug} (latest
/// version) and /fact-checks/{slug}/v{n}, the index at /fact-checks, an Atom feed and a ClaimReview DataFeed. Plain
/// server-rendered HTML, no interactive circuit; everything else (drafts, working data) stays behind sign-in.
/// </summary>
public static class PublicPages
{
    public static void MapPublicPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/fact-checks").AllowAnonymous();

        pages.MapGet("/", (HttpContext http, ReportVersionStore versions, PublisherSettings publisher) =>
        {
            var root = PublicAddress.Base(publisher, http.Request);
            return Html(http, FactCheckIndexPage.Write(Entries(versions, root), PublicAddress.Index(root), publisher));
        });

        pages.MapGet("/feed.atom", (HttpContext http, ReportVersionStore versions, PublisherSettings publisher) =>
        {
            var root = PublicAddress.Base(publisher, http.Request);
            Public(http);
            return Results.Text(AtomFeed.Write(Entries(versions, root), PublicAddress.Index(root), publisher), "application/atom+xml; charset=utf-8", Encoding.UTF8);
        });

        // Every ClaimReview of every fact-check at its latest version, as one schema.org DataFeed.
        pages.MapGet("/claimreviews.json", (HttpContext http, ReportVersionStore versions, PublisherSettings publisher) =>
        {
            var root = PublicAddress.Base(publisher, http.Request);
            var published = versions.Published();
            var records = published.Where(p => p.Latest.Content is not null).SelectMany(p => ClaimReviewWriter.Write(p.Latest.Content!,
                PublicAddress.Page(root, p.Slug), publisher, DateOnly.FromDateTime(p.FirstPublishedAt.UtcDateTime),
                DateOnly.FromDateTime(p.Latest.PublishedAt.UtcDateTime)));
            Public(http);
            var feed = ClaimReviewFeed.Write(PublicAddress.Index(root) + "/claimreviews.json", publisher, records,
                published.Count == 0 ? null : published.Max(p => p.Latest.PublishedAt));
            return Results.Text(feed, "application/ld+json; charset=utf-8", Encoding.UTF8);
        });

        pages.MapGet("/{slug:regex(^[a-z0-9-]{{1,80}}$)}", (string slug, HttpContext http, ReportVersionStore versions, PublisherSettings publisher) =>
            Page(http, slug, null, versions, publisher));

        pages.MapGet("/{slug:regex(^[a-z0-9-]{{1,80}}$)}/v{version:int}", (string slug, int version, HttpContext http, ReportVersionStore versions, PublisherSettings publisher) =>
            Page(http, slug, version, versions, publisher));
    }

    private static IResult Page(HttpContext http, string slug, int? number, ReportVersionStore versions, PublisherSettings publisher)
    {
        // Only an article with a published version has a slug with versions: anything else is the same 404.
        if (versions.ArticleBySlug(slug) is not { } articleId) return NotFound(http);
        var all = versions.List(articleId);
        var version = number is { } n ? all.FirstOrDefault(v => v.Version == n) : all[^1];
        if (version is null) return NotFound(http);
        var root = PublicAddress.Base(publisher, http.Request);
        var info = new FactCheckPageInfo
        {
            PageUrl = number is null ? PublicAddress.Page(root, slug) : PublicAddress.Version(root, slug, version.Version),
            LatestUrl = PublicAddress.Page(root, slug),
            IndexUrl = PublicAddress.Index(root),
            Versions = all.Select(v => (v, PublicAddress.Version(root, slug, v.Version))).ToList(),
            Publisher = publisher,
        };
        return Html(http, FactCheckPage.Write(version, info));
    }

    private static List<FactCheckEntry> Entries(ReportVersionStore versions, string root) =>
        versions.Published().Select(p => new FactCheckEntry(p, PublicAddress.Page(root, p.Slug))).ToList();

    private static IResult Html(HttpContext http, string html, int status = StatusCodes.Status200OK)
    {
        if (status == StatusCodes.Status200OK) Public(http);
        else http.Response.Headers.XContentTypeOptions = "nosniff";
        // The pages carry no script to run (JSON-LD is data) and load nothing from elsewhere.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    private static void Public(HttpContext http)
    {
        http.Response.Headers.CacheControl = "public, max-age=60";
        http.Response.Headers.XContentTypeOptions = "nosniff";
    }

    private static IResult NotFound(HttpContext http) => Html(http, """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Not found</title></head>
        <body><main><h1>There is no published fact-check here</h1><p><a href="/fact-checks">All published fact-checks</a></p></main></body></html>
        """, StatusCodes.Status404NotFound);
}
