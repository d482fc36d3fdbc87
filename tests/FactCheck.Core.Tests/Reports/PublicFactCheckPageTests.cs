using System.Text.Json;
using System.Text.RegularExpressions;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Exports;
using FactCheck.Core.Publishing;
using FactCheck.Core.Reports;
using FactCheck.Core.Reviews;
using FactCheck.Core.Sources;
using FactCheck.Core.Tests.Data;

namespace FactCheck.Core.Tests.Reports;

/// <summary>What publishing keeps for the public page, and the page itself: display names, the editor's order, stable anchors, safe text.</summary>
public partial class PublicFactCheckPageTests : IDisposable
{
    private readonly StoreFixture f;

    public PublicFactCheckPageTests() : this(DatabaseProvider.Sqlite) { }

    private readonly UserStore users;
    private readonly SnapshotStore snapshots;
    private readonly ReportVersionStore versions;
    private readonly ReportPublisher publisher;

    /// <summary>For <see cref="PublicFactCheckPageTestsOnPostgres"/>: the same tests on PostgreSQL.</summary>
    protected PublicFactCheckPageTests(DatabaseProvider provider)
    {
        f = new(provider);
        users = new UserStore(f.Temp.Db, f.Clock);
        snapshots = new SnapshotStore(f.Temp.Db, f.Clock);
        versions = new ReportVersionStore(f.Temp.Db);
        publisher = new ReportPublisher(f.Articles, f.Claims, f.Evidence, snapshots, versions, VerdictScale.Default, f.Clock, users);
    }

    public void Dispose() => f.Dispose();

    private long Published(string reviewer = "rita", string editor = "eduardo")
    {
        var id = f.CreateArticle();
        foreach (var claim in f.Claims.ListByArticle(id))
        {
            var e = f.Evidence.Add(claim.Id, new EvidenceDraft { Url = "https://stats.example.gov/b12", Passage = "1,190 homes flooded" });
            snapshots.Add(e.SourceId, SnapshotDraft.FromPastedText("1,190 homes flooded", f.Clock.Now));
            var rated = f.Claims.SetVerdict(claim.Id, claim.Version, "Mostly true", "The bulletin counts 1,190.", reviewer).Value!;
            Assert.True(f.Claims.Approve(rated.Id, rated.Version, editor).Saved);
        }
        f.Articles.UpdateMethodology(id, "Bulletins.");
        Assert.True(publisher.Publish(id, editor, null).Published);
        return id;
    }

    [Fact]
    public void People_appear_by_display_name_in_the_published_report_and_its_content()
    {
        users.Create("rita", Role.Reviewer, "a long password 1", displayName: "Rita Reviewer");
        var ed = users.Create("eduardo", Role.Editor, "a long password 1");
        Assert.Equal("eduardo", ed.DisplayName); // until one is set, the username
        Assert.Null(users.SetDisplayName(ed.Id, "Eduardo Editor", "eduardo"));
        Assert.NotNull(users.SetDisplayName(ed.Id, "  ", "ed"));
        Assert.NotNull(users.SetDisplayName(ed.Id, new string('x', UserStore.MaxDisplayName + 1), "ed"));

        var id = Published();
        var v = versions.List(id)[0];
        Assert.Contains("| Checked by | Rita Reviewer |", v.Markdown);
        Assert.Contains("| Approved by | Eduardo Editor, 2026-03-13 |", v.Markdown);
        Assert.Contains("by Eduardo Editor |", v.Markdown);
        Assert.DoesNotContain("rita", v.Markdown);
        Assert.DoesNotContain("eduardo", v.Markdown);
        Assert.Equal("Eduardo Editor", v.Content!.PublishedBy);
        Assert.Equal(["Rita Reviewer"], v.Content.CheckedBy);
    }

    [Fact]
    public void The_first_version_gives_a_readable_slug_that_never_changes_and_titles_that_clash_get_their_id()
    {
        var first = Published();
        var slug = versions.SlugOf(first);
        Assert.Equal("floods-in-campo-sereno", slug);
        var second = Published();
        Assert.Equal($"floods-in-campo-sereno-{second}", versions.SlugOf(second));
        Assert.Equal(first, versions.ArticleBySlug("floods-in-campo-sereno"));
        Assert.Null(versions.ArticleBySlug("no-such-thing"));
        Assert.Equal([second, first], versions.Published().Select(p => p.Latest.ArticleId));
        Assert.Equal("fact-check-5", Slugs.From("¿¡!", 5));
        Assert.Equal("acao-em-sao-paulo", Slugs.From("Ação em São Paulo", 5));
    }

    [Fact]
    public void The_editor_sets_the_order_and_unknown_or_repeated_claims_are_refused()
    {
        var id = f.CreateArticle();
        var ids = f.Claims.ListByArticle(id).Select(c => c.Id).ToList();
        Assert.True(ids.Count >= 2);
        Assert.True(f.Articles.UpdateReport(id, new ReportEdit("Bottom line.", ClaimOrder: [ids[1], ids[0]])));
        Assert.Equal([ids[1], ids[0]], f.Articles.Get(id)!.ClaimOrder);
        Assert.Equal("Bottom line.", f.Articles.Get(id)!.Summary);
        Assert.Throws<UnknownClaimsException>(() => f.Articles.UpdateReport(id, new ReportEdit(ClaimOrder: [ids[0], 424242])));
        Assert.Throws<ArgumentException>(() => f.Articles.UpdateReport(id, new ReportEdit(ClaimOrder: [ids[0], ids[0]])));
        Assert.Throws<ArgumentException>(() => f.Articles.UpdateReport(id, new ReportEdit(new string('x', FieldLimits.Summary + 1))));
        Assert.False(f.Articles.UpdateReport(999_999, new ReportEdit("x")));
        Assert.True(f.Articles.UpdateReport(id, new ReportEdit(ClaimOrder: [])));
        Assert.Empty(f.Articles.Get(id)!.ClaimOrder);
        Assert.Equal("Bottom line.", f.Articles.Get(id)!.Summary); // left out, kept
    }

    [Fact]
    public void By_default_the_most_check_worthy_claims_come_first()
    {
        var data = ReportSample.Data();
        var claims = data.Claims.Select(c => c.Id == 3 ? c with { CheckWorthiness = 0.9 } : c with { CheckWorthiness = 0.2 }).ToList();
        Assert.Equal([3L, 1, 2, 4], ReportContentBuilder.Order(claims, []).Select(c => c.Id));
        Assert.Equal([2L, 3, 1, 4], ReportContentBuilder.Order(claims, [2]).Select(c => c.Id));
    }

    [Fact]
    public void Every_claimreview_url_names_an_element_on_the_page_and_user_text_cannot_break_out()
    {
        var data = ReportSample.Data(approved: true);
        data = data with { Claims = [data.Claims[0] with { Statement = "Ruiz said </script><script>alert(1)</script>" }, .. data.Claims.Skip(1)] };
        var content = ReportContentBuilder.Build(data, includeUnchecked: false);
        var version = new ReportVersion { ArticleId = 7, Version = 1, Markdown = "x", Sha256 = new string('0', 64), PublishedBy = "ed", PublishedAt = f.Clock.Now, Content = content };
        const string page = "https://desk.example/fact-checks/floods";
        var html = FactCheckPage.Write(version, new FactCheckPageInfo
        {
            PageUrl = page, LatestUrl = page, IndexUrl = "https://desk.example/fact-checks", Versions = [(version, page + "/v1")],
            Publisher = new PublisherSettings { Organization = "Desk" },
        });

        var script = Assert.Single(LdJson().Matches(html)).Groups[1].Value;
        using var json = JsonDocument.Parse(script);
        var ids = ElementId().Matches(html).Select(m => m.Groups[1].Value).ToHashSet();
        var reviews = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, reviews.Count);
        foreach (var review in reviews)
            Assert.Contains(review.GetProperty("url").GetString()!.Split('#')[1], ids);
        Assert.Equal("Ruiz said </script><script>alert(1)</script>", reviews[0].GetProperty("claimReviewed").GetString());
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("print", html); // a print stylesheet
        Assert.Contains("<meta name=\"viewport\"", html);
        Assert.Contains("Archived copy: text pasted by a reviewer", html);
        Assert.Contains("href=\"https://web.archive.org/web/20260313/https://civil-defense.example.gov/b/12\"", html);
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex LdJson();

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex ElementId();
}

/// <summary>Every test of <see cref="PublicFactCheckPageTests"/>, on PostgreSQL.</summary>
public sealed class PublicFactCheckPageTestsOnPostgres() : PublicFactCheckPageTests(DatabaseProvider.Postgres);
