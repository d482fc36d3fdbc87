using Dapper;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Extraction;
using FactCheck.Core.Reviews;
using FactCheck.Core.Search;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Data;

public class SearchStoreTests : IDisposable
{
    private readonly StoreFixture f;
    private readonly SearchStore search;

    public SearchStoreTests() : this(DatabaseProvider.Sqlite) { }

    /// <summary>For <see cref="SearchStoreTestsOnPostgres"/>: the same tests on PostgreSQL.</summary>
    protected SearchStoreTests(DatabaseProvider provider)
    {
        f = new(provider);
        search = new SearchStore(f.Temp.Db);
    }

    public void Dispose() => f.Dispose();

    private SearchResults Find(string q, Func<SearchRequest, SearchRequest>? with = null) =>
        search.Search((with ?? (r => r))(new SearchRequest { Query = q }));

    private long Article(string title, string outlet, DateOnly published) =>
        f.Articles.Create(new ArticleDraft { Text = StoreFixture.Text, Outlet = outlet, Published = published }, title, StoreFixture.Extraction());

    [Fact]
    public void Finds_articles_claims_sources_and_passages_with_highlighted_words()
    {
        var id = f.CreateArticle("Floods in Campo Sereno");
        var claim = f.Claims.ListByArticle(id)[0];
        f.Claims.SetVerdict(claim.Id, claim.Version, "False", "The civil defence bulletin counts 1,150 homes.");
        f.Evidence.Add(claim.Id, new EvidenceDraft { Url = "https://stats.example.gov/bulletin", Title = "Civil defence bulletin", Publisher = "Civil Defence", Passage = "1,150 homes were flooded overnight" });

        var flooded = Find("flood");
        Assert.Contains(flooded.Hits, h => h.Kind == SearchHitKind.Article && h.Id == id && h.Title == "Floods in Campo Sereno");
        var claimHit = Assert.Single(flooded.Hits, h => h.Kind == SearchHitKind.Claim);
        Assert.Equal(claim.Id, claimHit.Id);
        Assert.Equal(id, claimHit.ArticleId);
        Assert.Equal("False", claimHit.Verdict);
        Assert.Equal("Ana Ruiz", claimHit.Speaker);
        Assert.Contains("<mark>flooded</mark>", claimHit.SnippetHtml);
        var passage = Assert.Single(flooded.Hits, h => h.Kind == SearchHitKind.Evidence);
        Assert.Equal(claim.Id, passage.ClaimId);
        Assert.Equal("Civil defence bulletin", passage.Title);
        Assert.Contains("<mark>flooded</mark>", passage.SnippetHtml);

        Assert.Contains(Find("bulletin").Hits, h => h.Kind == SearchHitKind.Claim && h.Id == claim.Id); // the explanation
        Assert.Contains(Find("bulletin").Hits, h => h.Kind == SearchHitKind.Source && h.Url == "https://stats.example.gov/bulletin");
        Assert.Contains(Find("ruiz").Hits, h => h.Kind == SearchHitKind.Claim && h.Id == claim.Id); // the speaker
        Assert.Contains(Find("\"homes were flooded\"").Hits, h => h.Kind == SearchHitKind.Claim);
        Assert.DoesNotContain(Find("\"flooded homes\"").Hits, h => h.Kind == SearchHitKind.Claim);
        Assert.Contains(Find("sere*").Hits, h => h.Kind == SearchHitKind.Article);
        Assert.Empty(Find("flood volcano").Hits);
    }

    [Fact]
    public void The_index_follows_every_write_and_a_rolled_back_write_leaves_it_as_it_was()
    {
        var id = f.CreateArticle();
        var claim = f.Claims.ListByArticle(id)[1];
        Assert.Contains(Find("peaked").Hits, h => h.Id == claim.Id);

        var edited = f.Claims.Edit(claim.Id, claim.Version, new ClaimEdit("The levee broke on 12 March 2026.", ClaimKind.Fact, "Rafael Lins"));
        Assert.True(edited.Saved);
        Assert.DoesNotContain(Find("peaked").Hits, h => h.Kind == SearchHitKind.Claim);
        Assert.Contains(Find("levee").Hits, h => h.Id == claim.Id);
        Assert.Contains(Find("lins").Hits, h => h.Id == claim.Id);

        using (var c = f.Temp.Db.Open())
        using (var tx = Database.BeginWrite(c))
        {
            c.Execute("UPDATE claims SET statement = 'A dam collapsed upstream.' WHERE id = @id", new { id = claim.Id }, tx);
            tx.Rollback();
        }
        Assert.Empty(Find("dam collapsed").Hits);
        Assert.Contains(Find("levee").Hits, h => h.Id == claim.Id);

        var e = f.Evidence.Add(claim.Id, new EvidenceDraft { Url = "https://example.org/levee", Passage = "the levee gave way at dawn" });
        Assert.Contains(Find("dawn").Hits, h => h.Kind == SearchHitKind.Evidence && h.Id == e.Id);
        Assert.True(f.Evidence.UpdatePassage(e.Id, "the levee gave way at noon", Stance.Supports));
        Assert.Empty(Find("dawn").Hits);
        Assert.True(f.Evidence.Delete(e.Id));
        Assert.Empty(Find("noon").Hits);

        Assert.Null(f.Claims.Delete(claim.Id));
        Assert.DoesNotContain(Find("levee").Hits, h => h.Kind == SearchHitKind.Claim);
        Assert.Null(f.Articles.Delete(id));
        Assert.Empty(Find("flooded").Hits);
        Assert.All(search.Check(), s => Assert.True(s.Agrees, s.Problem));
    }

    [Fact]
    public void Filters_by_verdict_speaker_outlet_dates_state_assignee_and_kind()
    {
        var march = Article("Floods in March", "Meridian News", new DateOnly(2026, 3, 12));
        var june = Article("Floods in June", "Coastal Post", new DateOnly(2026, 6, 2));
        var m = f.Claims.ListByArticle(march)[0];
        var j = f.Claims.ListByArticle(june)[0];
        f.Claims.SetVerdict(m.Id, m.Version, "False", "Wrong count.");
        var user = new UserStore(f.Temp.Db, f.Clock).Create("rita", Role.Reviewer, "a long enough password");
        f.Claims.Assign([j.Id], user.Id, "editor");

        IEnumerable<long> Claims(SearchResults r) => r.Hits.Where(h => h.Kind == SearchHitKind.Claim).Select(h => h.Id);
        Assert.Equal(new[] { m.Id, j.Id }.Order(), Claims(Find("homes")).Order());
        Assert.Equal([m.Id], Claims(Find("homes", r => r with { Verdict = "false" })));
        Assert.Equal([j.Id], Claims(Find("homes", r => r with { Outlet = "coastal" })));
        Assert.Equal([j.Id], Claims(Find("homes", r => r with { PublishedFrom = new DateOnly(2026, 4, 1) })));
        Assert.Equal([m.Id], Claims(Find("homes", r => r with { PublishedTo = new DateOnly(2026, 3, 31) })));
        Assert.Equal([j.Id], Claims(Find("homes", r => r with { AssigneeId = user.Id })));
        Assert.Equal([j.Id], Claims(Find("homes", r => r with { State = ClaimStatus.InReview })));
        Assert.Equal(new[] { m.Id, j.Id }.Order(), Claims(Find("homes", r => r with { Speaker = "RUIZ" })).Order());
        Assert.Empty(Claims(Find("homes", r => r with { Speaker = "Lins" })));

        // An article or a source stays when it holds a claim the filters keep.
        Assert.Equal([march], Find("floods", r => r with { Verdict = "False" }).Hits.Where(h => h.Kind == SearchHitKind.Article).Select(h => h.Id));
        Assert.Equal([june], Find("floods", r => r with { Outlet = "Coastal Post" }).Hits.Where(h => h.Kind == SearchHitKind.Article).Select(h => h.Id));
        f.Evidence.Add(m.Id, new EvidenceDraft { Url = "https://stats.example.gov/homes", Title = "Homes register", Passage = "homes" });
        Assert.Single(Find("register", r => r with { Verdict = "False" }).Hits, h => h.Kind == SearchHitKind.Source);
        Assert.Empty(Find("register", r => r with { Outlet = "Coastal" }).Hits);

        var onlyArticles = Find("floods homes", r => r with { Kinds = [SearchHitKind.Article] });
        Assert.NotEmpty(onlyArticles.Hits);
        Assert.All(onlyArticles.Hits, h => Assert.Equal(SearchHitKind.Article, h.Kind));
    }

    [Fact]
    public void User_text_in_a_snippet_is_escaped_and_only_the_highlight_is_markup()
    {
        var id = f.CreateArticle();
        var claim = f.Claims.ListByArticle(id)[0];
        f.Claims.SetVerdict(claim.Id, claim.Version, "False", "Alert: <script>alert('flood')</script> & <b>bold</b> \u0002stray\u0003 \u0003marker");
        var hit = Assert.Single(Find("alert").Hits);
        Assert.DoesNotContain("<script", hit.SnippetHtml);
        Assert.DoesNotContain("<b>", hit.SnippetHtml);
        // PostgreSQL's headline may leave the tags out of the fragment; whatever of them it shows is escaped.
        if (hit.SnippetHtml.Contains("script")) Assert.Contains("&lt;script&gt;", hit.SnippetHtml);
        var tags = System.Text.RegularExpressions.Regex.Matches(hit.SnippetHtml, "<[^>]*>").Select(m => m.Value).ToList();
        Assert.All(tags, t => Assert.Contains(t, new[] { "<mark>", "</mark>" }));
        Assert.Equal(tags.Count(t => t == "<mark>"), tags.Count(t => t == "</mark>"));
    }

    public static TheoryData<string> HostileQueries() =>
    [
        "\"", "\"\"\"", "flood\"", "\"flood", "NEAR(flood homes", "NEAR(flood homes, 2)", "*", "flood*", "**", "* flood", "(flood",
        "flood)", "((((", "flood OR", "AND", "NOT flood", "-flood", "statement:flood", "{statement speaker_name}: flood", "^flood",
        "'", "' OR 1=1 --", "flood & homes | !river", "<->", "flood:*", "\\", "%", "_", "\0", "🌊🌊", "🌊 flood 🏠", "فيضانات المدينة",
        "שיטפון", "\u202Eflood\u202C", "e\u0301", "\u0301", "x" + new string('y', 5000), new string('(', 10_000),
        string.Join(' ', Enumerable.Repeat("flood", 3000)), "\u0002flood\u0003",
    ];

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public void Hostile_queries_never_throw(string q)
    {
        f.CreateArticle();
        var results = Find(q.Length > SearchRequest.MaxQueryLength ? q[..SearchRequest.MaxQueryLength] : q);
        Assert.NotNull(results);
        // The store refuses what the API refuses, with a reason, instead of failing inside the engine.
        if (q.Length > SearchRequest.MaxQueryLength)
            Assert.Contains("characters long", Assert.Throws<ArgumentException>(() => Find(q)).Message);
    }

    [Fact]
    public void Words_found_in_hostile_text_still_match()
    {
        f.CreateArticle();
        Assert.NotEmpty(Find("(flooded homes").Hits);
        Assert.NotEmpty(Find("flooded) homes:").Hits);
        Assert.NotEmpty(Find("\"homes*").Hits);
        Assert.NotEmpty(Find("🌊 flooded (").Hits);
        Assert.Equal("Type a word with letters or digits to search.", Find("🌊 *").Notice);
    }

    [Fact]
    public void Many_matches_are_counted_up_to_the_cap_and_the_best_are_returned()
    {
        var claims = Enumerable.Range(0, SearchStore.CandidateCap + 5).Select(i => new ExtractedClaim
        {
            Id = "c" + i, Kind = ClaimKind.Fact, Statement = i == 3 ? "Rain rain rain." : $"Claim {i} about rain and other weather.",
            Span = new TextSpan(0, 10),
        }).ToList();
        f.Articles.Create(new ArticleDraft { Text = "Rain all week." }, "Weather", new ExtractionResult("Weather", null, null, [], claims));

        var r = Find("rain", r => r with { Kinds = [SearchHitKind.Claim], Limit = 5 });
        Assert.Equal(SearchStore.CandidateCap, r.Matches);
        Assert.True(r.MoreMatches);
        Assert.Equal("1,000+ results", r.CountText);
        Assert.Equal(5, r.Hits.Count);
        Assert.True(r.Hits.Zip(r.Hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public void Check_finds_a_damaged_index_and_rebuild_repairs_it()
    {
        var id = f.CreateArticle();
        var claim = f.Claims.ListByArticle(id)[0];
        Assert.All(search.Check(), s => Assert.True(s.Agrees, s.Problem));
        Assert.Equal(4, search.Check().Count);

        using (var c = f.Temp.Db.Open())
        {
            if (f.Temp.Provider == DatabaseProvider.Postgres) c.Execute("DELETE FROM search_claims WHERE id = @id", new { id = claim.Id });
            else
                c.Execute("""
                    INSERT INTO search_claims (search_claims, rowid, statement, speaker_name, explanation)
                    SELECT 'delete', id, statement, speaker_name, explanation FROM claims WHERE id = @id
                    """, new { id = claim.Id });
        }
        var damaged = Assert.Single(search.Check(), s => !s.Agrees);
        Assert.Equal("search_claims", damaged.Index);
        Assert.Equal(2, damaged.Rows);
        Assert.Equal(1, damaged.Indexed);
        Assert.DoesNotContain(Find("flooded").Hits, h => h.Kind == SearchHitKind.Claim);

        search.Rebuild();
        Assert.All(search.Check(), s => Assert.True(s.Agrees, s.Problem));
        Assert.Contains(Find("flooded").Hits, h => h.Kind == SearchHitKind.Claim && h.Id == claim.Id);
    }

    [Fact]
    public void Malformed_requests_are_refused_with_a_reason()
    {
        Assert.Contains("limit", Assert.Throws<ArgumentException>(() => Find("x", r => r with { Limit = 0 })).Message);
        Assert.Contains("limit", Assert.Throws<ArgumentException>(() => Find("x", r => r with { Limit = 101 })).Message);
        Assert.Contains("after", Assert.Throws<ArgumentException>(() =>
            Find("x", r => r with { PublishedFrom = new DateOnly(2026, 5, 1), PublishedTo = new DateOnly(2026, 4, 1) })).Message);
        Assert.Empty(Find("   ").Hits);
        Assert.Null(Find("   ").Notice);
    }
}

public sealed class SearchStoreTestsOnPostgres() : SearchStoreTests(DatabaseProvider.Postgres);
