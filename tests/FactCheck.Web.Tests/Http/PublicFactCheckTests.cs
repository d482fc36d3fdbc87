using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Reviews;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Http;

/// <summary>
/// Publishing that readers and search engines can see, over real HTTP on loopback: the public page answers without
/// credentials and carries ClaimReview JSON-LD whose anchors exist on it; everything unpublished stays behind sign-in.
/// </summary>
public partial class PublicFactCheckTests(LoopbackApp app) : IClassFixture<LoopbackApp>
{
    private const string EditorName = "robot-rita";
    private const string EditorDisplayName = "Rita Okonjo";
    private const string ReviewerName = "robot-sam";
    private const string ReviewerDisplayName = "Samuel Adeyemi";

    private HttpClient Editor()
    {
        var client = app.ApiClient(EditorName, Role.Editor);
        var users = app.Services.GetRequiredService<UserStore>();
        Assert.Null(users.SetDisplayName(users.Find(EditorName)!.Id, EditorDisplayName, "test"));
        return client;
    }

    private HttpClient Reviewer()
    {
        var client = app.ApiClient(ReviewerName, Role.Reviewer);
        var users = app.Services.GetRequiredService<UserStore>();
        Assert.Null(users.SetDisplayName(users.Find(ReviewerName)!.Id, ReviewerDisplayName, "test"));
        return client;
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    /// <summary>An article with its first two claims checked by a reviewer, sourced with a pasted snapshot and approved, ready to publish.</summary>
    private async Task<(long ArticleId, long[] ClaimIds)> CheckedArticle(string title, string? hostileStatement = null)
    {
        var editor = Editor();
        var reviewer = Reviewer();
        var created = await Json(await editor.PostAsJsonAsync("/api/articles", new
        {
            title, text = WorkbenchTestContext.Story, url = "https://coastline.example/bridge", outlet = "Coastline Wire", published = "2026-05-04",
        }));
        var articleId = created.GetProperty("id").GetInt64();
        var claims = created.GetProperty("claims").EnumerateArray().Take(2).ToList();
        Assert.Equal(2, claims.Count);
        var ids = new List<long>();
        foreach (var (claim, i) in claims.Select((c, i) => (c, i)))
        {
            var id = claim.GetProperty("id").GetInt64();
            ids.Add(id);
            var version = claim.GetProperty("version").GetInt32();
            if (i == 0 && hostileStatement is not null)
            {
                var store = app.Services.GetRequiredService<ClaimStore>();
                var current = store.Get(id)!;
                version = store.Edit(id, current.Version, new ClaimEdit(hostileStatement, current.Kind, current.SpeakerName), ReviewerName).Value!.Version;
            }
            var rated = await reviewer.PutAsJsonAsync($"/api/claims/{id}/verdict", new { rating = i == 0 ? "False" : "Unverifiable", explanation = "Ten *weeks*, per notice 77.", version });
            Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
            var evidence = await reviewer.PostAsJsonAsync($"/api/claims/{id}/evidence", new
            {
                url = "https://transport.example.gov/n/78", title = "Notice 78", excerpt = "ten weeks", stance = "contradicts", snapshotText = "Closed for ten weeks.",
            });
            Assert.Equal(HttpStatusCode.Created, evidence.StatusCode);
            var current2 = await Json(await editor.GetAsync($"/api/claims/{id}"));
            Assert.Equal(HttpStatusCode.OK, (await editor.PostAsJsonAsync($"/api/claims/{id}/approve", new { version = current2.GetProperty("version").GetInt32() })).StatusCode);
        }
        return (articleId, ids.ToArray());
    }

    private async Task<JsonElement> Publish(long articleId, string? correction = null)
    {
        var response = await Editor().PostAsJsonAsync($"/api/articles/{articleId}/publish", new { correction });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Json(response);
    }

    private static JsonElement[] ClaimReviews(string html)
    {
        var scripts = LdJson().Matches(html);
        var found = new List<JsonElement>();
        foreach (Match script in scripts)
        {
            using var doc = JsonDocument.Parse(script.Groups[1].Value);
            var root = doc.RootElement.Clone();
            found.AddRange(root.ValueKind == JsonValueKind.Array ? root.EnumerateArray() : [root]);
        }
        return found.Where(e => e.GetProperty("@type").GetString() == "ClaimReview").ToArray();
    }

    private static HashSet<string> ElementIds(string html) => ElementId().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToHashSet();

    [Fact]
    public async Task Published_via_the_api_the_page_answers_without_credentials_with_json_ld_whose_urls_name_anchors_on_the_page()
    {
        var (articleId, ids) = await CheckedArticle("Harbor bridge closure", hostileStatement: "Okafor said </script><script>alert(1)</script> the bridge closes for 14 weeks.");
        var report = await Editor().PutAsJsonAsync($"/api/articles/{articleId}/report", new
        {
            methodology = "Checked against the department's notices.", summary = "The closure is **ten** weeks, not fourteen.", claimOrder = new[] { ids[1], ids[0] },
        });
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);

        var published = await Publish(articleId);
        var url = published.GetProperty("url").GetString()!;
        Assert.StartsWith(app.BaseUrl + "/fact-checks/harbor-bridge-closure", url);

        var response = await app.Anonymous().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();

        var reviews = ClaimReviews(html);
        Assert.Equal(2, reviews.Length);
        var pageIds = ElementIds(html);
        foreach (var review in reviews)
        {
            var reviewUrl = review.GetProperty("url").GetString()!;
            Assert.StartsWith(url + "#", reviewUrl);
            Assert.Contains(reviewUrl[(url.Length + 1)..], pageIds);
            Assert.Equal("FactCheck newsroom", review.GetProperty("author").GetProperty("name").GetString()); // the organisation from settings
            Assert.Equal("https://coastline.example/bridge", review.GetProperty("itemReviewed").GetProperty("appearance").GetProperty("url").GetString());
            Assert.True(review.GetProperty("reviewRating").TryGetProperty("alternateName", out _));
        }
        // The editor's order, anchored by claim id; a numeric rating only where the scale has one.
        Assert.Equal($"{url}#claim-{ids[1]}", reviews[0].GetProperty("url").GetString());
        Assert.False(reviews[0].GetProperty("reviewRating").TryGetProperty("ratingValue", out _)); // Unverifiable
        Assert.Equal(2, reviews[1].GetProperty("reviewRating").GetProperty("ratingValue").GetInt32()); // False
        Assert.Equal("Okafor said </script><script>alert(1)</script> the bridge closes for 14 weeks.", reviews[1].GetProperty("claimReviewed").GetString());
        Assert.DoesNotContain("<script>alert(1)", html);

        Assert.Contains($"<link rel=\"canonical\" href=\"{url}\">", html);
        Assert.Matches("<meta property=\"og:title\" content=\"Fact-check: Harbor bridge closure\">", html);
        Assert.Contains("<meta name=\"twitter:card\"", html);
        Assert.Contains("Version 1 of 1", html);
        Assert.Contains("href=\"#corrections\"", html);
        Assert.Contains("id=\"corrections\"", html);
        Assert.Contains("<strong>ten</strong> weeks", html); // the editor's summary, rendered from Markdown
        Assert.Contains(EditorDisplayName, html);
        Assert.Contains(ReviewerDisplayName, html);
        Assert.DoesNotContain(EditorName, html);
        Assert.DoesNotContain(ReviewerName, html);
        Assert.DoesNotContain("InReview", html);
        Assert.DoesNotContain("Kind:", html);
    }

    [Fact]
    public async Task An_unpublished_article_has_no_public_page_and_drafts_and_working_pages_need_sign_in()
    {
        var (articleId, _) = await CheckedArticle("Ferry timetable changes");
        var reader = app.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/fact-checks/ferry-timetable-changes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/fact-checks/ferry-timetable-changes/v1")).StatusCode);
        Assert.DoesNotContain("ferry-timetable-changes", await reader.GetStringAsync("/fact-checks"));

        await Editor().PutAsJsonAsync($"/api/articles/{articleId}/report", new { methodology = "Notices." });
        await Publish(articleId);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/fact-checks/ferry-timetable-changes")).StatusCode);
        // Published or not, the working data stays behind sign-in.
        foreach (var path in new[]
                 {
                     $"/articles/{articleId}", $"/articles/{articleId}/report", $"/articles/{articleId}/report.md",
                     $"/articles/{articleId}/report.md?draft=true", $"/articles/{articleId}/claims.json", $"/articles/{articleId}/claimreview.json",
                     $"/api/articles/{articleId}", "/",
                 })
        {
            var response = await reader.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized,
                $"{path} answered {(int)response.StatusCode} without sign-in");
            if (response.StatusCode == HttpStatusCode.Redirect) Assert.Contains("/signin", response.Headers.Location!.ToString());
        }
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/fact-checks/no-such-fact-check")).StatusCode);
    }

    [Fact]
    public async Task A_correction_is_the_new_page_and_the_earlier_version_stays_reachable_with_the_same_anchors()
    {
        var (articleId, ids) = await CheckedArticle("Bridge repair costs");
        await Editor().PutAsJsonAsync($"/api/articles/{articleId}/report", new { methodology = "Notices." });
        var first = await Publish(articleId);
        var editor = Editor();
        var claim = await Json(await editor.GetAsync($"/api/claims/{ids[0]}"));
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsJsonAsync($"/api/claims/{ids[0]}/reopen", new { version = claim.GetProperty("version").GetInt32(), comment = "Revised notice." })).StatusCode);
        claim = await Json(await editor.GetAsync($"/api/claims/{ids[0]}"));
        claim = await Json(await Reviewer().PutAsJsonAsync($"/api/claims/{ids[0]}/verdict", new { rating = "Mostly false", explanation = "Twelve weeks now.", version = claim.GetProperty("version").GetInt32() }));
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsJsonAsync($"/api/claims/{ids[0]}/approve", new { version = claim.GetProperty("version").GetInt32() })).StatusCode);
        var second = await Publish(articleId, "The department revised the closure to twelve weeks.");

        var url = second.GetProperty("url").GetString()!;
        Assert.Equal(first.GetProperty("url").GetString(), url); // the lasting address
        Assert.Equal(url + "/v2", second.GetProperty("versionUrl").GetString());
        var reader = app.Anonymous();
        var latest = await reader.GetStringAsync(url);
        Assert.Contains("Version 2 of 2", latest);
        Assert.Contains("The department revised the closure to twelve weeks.", latest);
        Assert.Contains("Mostly false", latest);
        var old = await reader.GetAsync(url + "/v1");
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        var oldHtml = await old.Content.ReadAsStringAsync();
        Assert.Contains("This is version 1", oldHtml);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", oldHtml);
        Assert.Contains($"href=\"{url}\"", oldHtml);
        // The same claim has the same anchor in both versions, and each page's anchors exist on it.
        var oldReviews = ClaimReviews(oldHtml);
        var newReviews = ClaimReviews(latest);
        Assert.Equal(oldReviews.Select(r => r.GetProperty("url").GetString()!.Split('#')[1]), newReviews.Select(r => r.GetProperty("url").GetString()!.Split('#')[1]));
        Assert.All(oldReviews, r => Assert.Contains(r.GetProperty("url").GetString()!.Split('#')[1], ElementIds(oldHtml)));
        Assert.Equal("False", oldReviews.Single(r => r.GetProperty("url").GetString()!.EndsWith($"claim-{ids[0]}")).GetProperty("reviewRating").GetProperty("alternateName").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(url + "/v3")).StatusCode);
    }

    [Fact]
    public async Task The_index_the_atom_feed_and_the_claimreview_datafeed_list_what_is_published()
    {
        var (articleId, ids) = await CheckedArticle("Toll plaza reopening");
        await Editor().PutAsJsonAsync($"/api/articles/{articleId}/report", new { methodology = "Notices." });
        var url = (await Publish(articleId)).GetProperty("url").GetString()!;
        var reader = app.Anonymous();

        var index = await reader.GetAsync("/fact-checks");
        Assert.Equal("text/html", index.Content.Headers.ContentType!.MediaType);
        var indexHtml = await index.Content.ReadAsStringAsync();
        Assert.Contains($"href=\"{url}\"", indexHtml);
        Assert.Matches("class=\"rating\" style=\"background:#[0-9a-f]{6};color:#[0-9a-f]{6}\">False</span>", indexHtml);

        var atom = await reader.GetAsync("/fact-checks/feed.atom");
        Assert.Equal("application/atom+xml", atom.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await atom.Content.ReadAsStringAsync());
        XNamespace ns = "http://www.w3.org/2005/Atom";
        var entry = feed.Root!.Elements(ns + "entry").Single(e => e.Element(ns + "id")!.Value == url);
        Assert.Equal("Fact-check: Toll plaza reopening", entry.Element(ns + "title")!.Value);
        Assert.Equal(url, entry.Element(ns + "link")!.Attribute("href")!.Value);

        var data = await reader.GetAsync("/fact-checks/claimreviews.json");
        Assert.Equal("application/ld+json", data.Content.Headers.ContentType!.MediaType);
        var dataFeed = await Json(data);
        Assert.Equal("DataFeed", dataFeed.GetProperty("@type").GetString());
        var elements = dataFeed.GetProperty("dataFeedElement").EnumerateArray().ToList();
        Assert.Contains(elements, e => e.GetProperty("@type").GetString() == "ClaimReview" && e.GetProperty("url").GetString() == $"{url}#claim-{ids[0]}");

        // The signed-in export points at the same anchors on the public page.
        var export = await Json(await Editor().GetAsync($"/api/articles/{articleId}/claimreview.json"));
        Assert.Contains(export.EnumerateArray(), r => r.GetProperty("url").GetString() == $"{url}#claim-{ids[0]}");
    }

    [Fact]
    public async Task The_report_api_is_for_editors_and_explains_bad_input()
    {
        var (articleId, ids) = await CheckedArticle("Bus lane trial");
        var path = $"/api/articles/{articleId}/report";
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PutAsJsonAsync(path, new { summary = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Reviewer().PutAsJsonAsync(path, new { summary = "x" })).StatusCode);

        var editor = Editor();
        var tooLong = await editor.PutAsJsonAsync(path, new { summary = new string('x', FieldLimits.Summary + 1) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("summary", (await Json(tooLong)).GetProperty("detail").GetString());
        var twice = await editor.PutAsJsonAsync(path, new { claimOrder = new[] { ids[0], ids[0] } });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("more than once", (await Json(twice)).GetProperty("detail").GetString());
        var unknown = await editor.PutAsJsonAsync(path, new { claimOrder = new[] { ids[0], 99_999_999L } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Contains("99999999", (await Json(unknown)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await editor.PutAsJsonAsync("/api/articles/99999999/report", new { summary = "x" })).StatusCode);

        var ok = await editor.PutAsJsonAsync(path, new { summary = "Bottom line.", methodology = "How.", claimOrder = new[] { ids[1] } });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var saved = await Json(ok);
        Assert.Equal("Bottom line.", saved.GetProperty("summary").GetString());
        Assert.Equal([ids[1]], saved.GetProperty("claimOrder").EnumerateArray().Select(e => e.GetInt64()));
        // A field left out keeps its value.
        var kept = await Json(await editor.PutAsJsonAsync(path, new { methodology = "How, revised." }));
        Assert.Equal("Bottom line.", kept.GetProperty("summary").GetString());
        Assert.Equal("How, revised.", kept.GetProperty("methodology").GetString());
        var article = app.Services.GetRequiredService<ArticleStore>().Get(articleId)!;
        Assert.Equal([ids[1]], article.ClaimOrder);
    }

    [Fact]
    public async Task After_publishing_report_md_is_the_published_version_and_the_draft_is_asked_for_separately()
    {
        var (articleId, ids) = await CheckedArticle("Harbor ferry fares");
        await Editor().PutAsJsonAsync($"/api/articles/{articleId}/report", new { methodology = "Notices." });
        var editor = Editor();
        var before = await editor.GetStringAsync($"/api/articles/{articleId}/report.md");
        await Publish(articleId);
        // The claim goes back to review for a correction: the working draft is a draft again, the published report is not.
        var claim = await Json(await editor.GetAsync($"/api/claims/{ids[0]}"));
        await editor.PostAsJsonAsync($"/api/claims/{ids[0]}/reopen", new { version = claim.GetProperty("version").GetInt32(), comment = "Check again." });

        var published = await editor.GetAsync($"/api/articles/{articleId}/report.md");
        var markdown = await published.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Draft — not approved", markdown);
        Assert.Contains("| Fact-check published | version 1, ", markdown);
        Assert.Contains($"by {EditorDisplayName} |", markdown);
        Assert.Contains("-v1.md", published.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(app.Services.GetRequiredService<ReportVersionStore>().List(articleId)[^1].Markdown, markdown);

        var draft = await editor.GetAsync($"/api/articles/{articleId}/report.md?draft=true");
        Assert.Contains("Draft — not approved", await draft.Content.ReadAsStringAsync());
        Assert.Contains("-draft.md", draft.Content.Headers.ContentDisposition!.FileName);
        Assert.Contains("Draft — not approved", before); // unpublished and without approvals, the only report is the draft

        Assert.DoesNotContain(EditorName, markdown);
        Assert.DoesNotContain(ReviewerName, markdown);
        Assert.Contains($"| Checked by | {ReviewerDisplayName} |", markdown);
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex LdJson();

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex ElementId();
}
