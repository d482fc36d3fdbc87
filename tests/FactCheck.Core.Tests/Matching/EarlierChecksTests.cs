using System.Text;
using Dapper;
using FactCheck.Core.Accounts;
using FactCheck.Core.ClaimReviews;
using FactCheck.Core.Data;
using FactCheck.Core.Matching;
using FactCheck.Core.Reports;
using FactCheck.Core.Reviews;
using FactCheck.Core.Sources;
using FactCheck.Core.Tests.Data;

namespace FactCheck.Core.Tests.Matching;

/// <summary>
/// Earlier checks end to end in Core: imports stored at once and embedded in the background, the in-memory index that
/// ranks them, the list the Fact-checks page shows, and citing a check (or copying its sources) onto a claim.
/// </summary>
public class EarlierChecksTests : IDisposable
{
    private readonly StoreFixture f;
    private readonly ClaimReviewStore reviews;
    private readonly OwnVerdictStore own;
    private readonly EarlierCheckIndex index;
    private readonly PendingEmbeddingWorker worker;
    private readonly ClaimReviewImporter importer;
    private readonly ReviewWorkflow workflow;
    private readonly EarlierCheckCitations citations;
    private readonly User reviewer;

    public EarlierChecksTests() : this(DatabaseProvider.Sqlite) { }

    /// <summary>For <see cref="EarlierChecksTestsOnPostgres"/>: the same tests on PostgreSQL.</summary>
    protected EarlierChecksTests(DatabaseProvider provider)
    {
        f = new StoreFixture(provider);
        reviews = new ClaimReviewStore(f.Temp.Db, f.Clock);
        own = new OwnVerdictStore(f.Temp.Db);
        index = new EarlierCheckIndex(reviews, own, SentenceEmbedder.Instance, f.Clock);
        worker = new PendingEmbeddingWorker(reviews, SentenceEmbedder.Instance, index);
        importer = new ClaimReviewImporter(reviews, SentenceEmbedder.Instance, index, worker, new SourceFetcher(new SourceFetchOptions()));
        var users = new UserStore(f.Temp.Db, f.Clock);
        workflow = new ReviewWorkflow(f.Claims, new CommentStore(f.Temp.Db, f.Clock), f.Evidence, f.Articles, new VerdictScaleStore(f.Temp.Db, f.Clock));
        citations = new EarlierCheckCitations(workflow, f.Evidence);
        reviewer = users.Create("rita", Role.Reviewer, "a long enough password");
    }

    public void Dispose() => f.Dispose();

    private static string Feed(IEnumerable<(string Url, string Claim, string? Rating)> items)
    {
        var json = new StringBuilder("[");
        foreach (var (url, claim, rating) in items)
        {
            if (json.Length > 1) json.Append(',');
            json.Append($$$"""{"@type":"ClaimReview","url":"{{{url}}}","claimReviewed":"{{{claim}}}","author":{"name":"Harbour Checkers"},"datePublished":"2025-11-02","reviewRating":{"alternateName":"{{{rating ?? "False"}}}"}}""");
        }
        return json.Append(']').ToString();
    }

    private static IEnumerable<(string, string, string?)> Filler(int n) =>
        Enumerable.Range(0, n).Select(i => ($"https://filler.example/{i}", $"Statistic number {i} about school meals was misreported.", (string?)"Mixed"));

    [Fact]
    public void A_large_import_is_stored_at_once_ranked_by_its_words_and_ranked_by_meaning_once_the_background_embedder_has_run()
    {
        var bridge = ("https://checkers.example/bridge", "The harbour bridge will be shut for a whole year for repairs.", (string?)"False");
        var result = importer.Import(Feed(Filler(ClaimReviewImporter.EmbedNowLimit + 8).Append(bridge)), "rita");

        Assert.Equal(ClaimReviewImporter.EmbedNowLimit + 9, result.Created);
        Assert.Equal(ClaimReviewImporter.EmbedNowLimit + 9, result.PendingEmbeddings);
        Assert.Equal(ClaimReviewImporter.EmbedNowLimit + 9, reviews.PendingCount());
        var query = SentenceEmbedder.Instance.Embed("The harbour bridge will close for twelve months of repairs.");
        var before = index.Current();
        Assert.Equal(ClaimReviewImporter.EmbedNowLimit + 9, before.Pending);
        var lexical = before.Rank("The harbour bridge will close for twelve months of repairs.", query, 3);
        Assert.Equal("https://checkers.example/bridge", lexical[0].Url);
        Assert.Equal(0, lexical[0].Semantic);

        Assert.Equal(ClaimReviewImporter.EmbedNowLimit + 9, worker.RunOnce());
        Assert.Equal(0, reviews.PendingCount());
        f.Clock.Now += EarlierCheckIndex.MinRebuildInterval;
        var after = index.Current();
        Assert.True(after.Generation > before.Generation);
        Assert.Equal(0, after.Pending);
        var ranked = after.Rank("The harbour bridge will close for twelve months of repairs.", query, 3);
        Assert.Equal("https://checkers.example/bridge", ranked[0].Url);
        Assert.True(ranked[0].Semantic > 0.5, $"semantic {ranked[0].Semantic}");
        Assert.Equal(ClaimReviewImporter.EmbedNowLimit + 9, after.Count);
        Assert.Equal((ClaimReviewImporter.EmbedNowLimit + 9) * 384L * 4, after.VectorBytes);
    }

    [Fact]
    public void A_merge_that_rewords_the_claim_waits_for_a_new_vector_and_one_that_keeps_the_words_keeps_its_vector()
    {
        var v = new float[SentenceEmbedder.Dimensions];
        v[0] = 1;
        var record = new ClaimReviewRecord { Url = "https://merge.example/a", ClaimReviewed = "Rain fell upward in Lisbon.", Rating = "False" };
        var id = reviews.Upsert([(record, v)], "rita")[0].Id;

        var same = reviews.Upsert([(record with { Rating = "Pants on fire" }, null)], "rita")[0];
        Assert.False(same.Created);
        Assert.Equal(1, reviews.Get(id)!.Embedding![0]);
        Assert.Equal("Pants on fire", reviews.Get(id)!.Review.Rating);

        reviews.Upsert([(record with { ClaimReviewed = "Rain fell sideways in Lisbon." }, null)], "rita");
        Assert.Null(reviews.Get(id)!.Embedding);
        var pending = Assert.Single(reviews.Pending(10));
        Assert.Equal("Rain fell sideways in Lisbon.", pending.ClaimReviewed);
        // A vector computed for the old words is not stored against the new ones.
        Assert.Equal(0, reviews.SaveEmbeddings([(pending with { ClaimReviewed = "Rain fell upward in Lisbon." }, v)]));
        Assert.Equal(1, reviews.SaveEmbeddings([(pending, v)]));
        Assert.Equal(0, reviews.PendingCount());
    }

    [Fact]
    public void Citing_an_earlier_check_adds_a_source_of_kind_earlier_fact_check_that_the_report_lists()
    {
        importer.Import(Feed([("https://checkers.example/floods", "Ana Ruiz said 1,204 homes were flooded in Campo Sereno.", "Mostly true")]), "rita");
        var articleId = f.CreateArticle();
        var claim = f.Claims.ListByArticle(articleId)[0];
        var finder = new EarlierCheckFinder(f.Claims, index);
        var check = finder.Find(claim.Id)![0];
        Assert.Equal("https://checkers.example/floods", check.Url);
        Assert.Equal("Harbour Checkers", check.CheckedBy);

        var cited = citations.Cite(reviewer, claim.Id, check, "https://desk.example", "Desk News");

        Assert.Equal(SourceKind.EarlierFactCheck, cited.Source.Kind);
        Assert.Equal("https://checkers.example/floods", cited.Source.Url);
        Assert.Equal("Harbour Checkers", cited.Source.Publisher);
        Assert.Equal(new DateOnly(2025, 11, 2), cited.Source.PublishedOn);
        Assert.Equal(Stance.Context, cited.Stance);
        claim = f.Claims.Get(claim.Id)!;
        f.Claims.SetVerdict(claim.Id, claim.Version, "Mostly true", "An earlier check agrees.", "rita");
        var publisher = new ReportPublisher(f.Articles, f.Claims, f.Evidence, new SnapshotStore(f.Temp.Db, f.Clock), new ReportVersionStore(f.Temp.Db),
            VerdictScale.Default, f.Clock);
        var markdown = ReportWriter.Write(publisher.Load(articleId)!);
        Assert.Contains("Fact-check: “Ana Ruiz said 1,204 homes were flooded in Campo Sereno.” — rated Mostly true", markdown);
        Assert.Contains("Earlier fact-check", markdown);
        Assert.Contains("https://checkers.example/floods", markdown);
    }

    [Fact]
    public void Our_own_published_verdicts_are_matched_from_other_articles_only_and_their_sources_can_be_copied()
    {
        var earlier = f.CreateArticle("Floods last year");
        var published = f.Claims.ListByArticle(earlier)[0];
        f.Evidence.Add(published.Id, new EvidenceDraft { Url = "https://stats.example.gov/bulletin", Passage = "1,190 homes were flooded.", Kind = SourceKind.OfficialStatistic }, "rita");
        using (var c = f.Temp.Db.Open())
        {
            c.Execute("UPDATE claims SET status = 'Published', verdict = 'Mostly true' WHERE id = @id", new { id = published.Id });
            c.Execute("UPDATE articles SET slug = 'floods-last-year' WHERE id = @id", new { id = earlier });
        }
        var now = f.CreateArticle("Floods again");
        var claim = f.Claims.ListByArticle(now)[0];

        var found = new EarlierCheckFinder(f.Claims, index).Find(claim.Id)!;
        var match = Assert.Single(found, m => m.Origin == EarlierCheckOrigin.OwnVerdict);
        Assert.Equal(published.Id, match.Id);
        Assert.Equal($"/fact-checks/floods-last-year#claim-{published.Id}", match.Url);
        Assert.DoesNotContain(new EarlierCheckFinder(f.Claims, index).Find(published.Id)!, m => m.Id == published.Id && m.Origin == EarlierCheckOrigin.OwnVerdict);
        Assert.Equal($"https://desk.example/fact-checks/floods-last-year#claim-{published.Id}", EarlierCheckCitations.AbsoluteUrl(match, "https://desk.example/"));

        Assert.Equal(1, citations.CopySources(reviewer, claim.Id, published.Id));
        Assert.Equal(0, citations.CopySources(reviewer, claim.Id, published.Id));
        var copied = Assert.Single(f.Evidence.ListByClaim(claim.Id));
        Assert.Equal(("https://stats.example.gov/bulletin", "1,190 homes were flooded.", SourceKind.OfficialStatistic),
            (copied.Source.Url, copied.Passage, copied.Source.Kind));
    }

    [Fact]
    public void The_catalog_lists_imported_and_own_checks_together_with_search_filter_and_pages()
    {
        importer.Import(Feed(Filler(30).Append(("https://checkers.example/bridge", "The harbour bridge will be shut for a year.", "False"))), "rita");
        var article = f.CreateArticle();
        var ours = f.Claims.ListByArticle(article)[0];
        using (var c = f.Temp.Db.Open()) c.Execute("UPDATE claims SET status = 'Published', verdict = 'False' WHERE id = @id", new { id = ours.Id });
        var catalog = new FactCheckCatalog(f.Temp.Db);

        var first = catalog.List(null, null, 0, 25, "Desk News");
        Assert.Equal(32, first.Total);
        Assert.Equal(25, first.Items.Count);
        Assert.Equal(7, catalog.List(null, null, 1, 25, "Desk News").Items.Count);
        Assert.Equal("Harbour Checkers", catalog.List("BRIDGE", null, 0, 25, "Desk News").Items.Single().CheckedBy);
        var own = catalog.List(null, EarlierCheckOrigin.OwnVerdict, 0, 25, "Desk News");
        Assert.Equal((1, "Desk News", ours.Id), (own.Total, own.Items[0].CheckedBy, own.Items[0].Id));
        Assert.Equal(31, catalog.List(null, EarlierCheckOrigin.ClaimReview, 0, 25, "Desk News").Total);
        // Wildcards typed in the search are words, not patterns.
        Assert.Equal(0, catalog.List("%_", null, 0, 25, "Desk News").Total);
    }

    [Fact]
    public void A_page_is_read_for_its_json_ld_blocks_and_a_broken_block_is_refused_while_the_others_import()
    {
        var html = """
            <html><head>
            <script type="application/ld+json">{"@type":"Organization","name":"Harbour Checkers"}</script>
            <script type="application/ld+json">{"@type":"ClaimReview","url":"https://checkers.example/page-1","claimReviewed":"Tides stopped for a day."}</script>
            <script type="application/ld+json">{ not json </script>
            </head><body><p>A fact-check.</p></body></html>
            """;
        var parse = ClaimReviewDocument.Read(Encoding.UTF8.GetBytes(html), "text/html", "page.html");

        Assert.Equal("https://checkers.example/page-1", Assert.Single(parse.Records).Url);
        var refused = Assert.Single(parse.Refused);
        Assert.Equal("script[2]", refused.Where);
        Assert.Throws<ClaimReviewFormatException>(() => ClaimReviewDocument.Read(Encoding.UTF8.GetBytes("<html><body>No data</body></html>"), "text/html", "x.html"));
    }

    [Fact]
    public async Task Importing_from_a_private_address_is_refused_by_the_guarded_fetcher()
    {
        var result = await importer.ImportUrlAsync("http://127.0.0.1:9/feed.json", "rita");

        Assert.Null(result.Import);
        Assert.Contains("does not fetch from", result.Error);
        Assert.Equal(0, reviews.Count());
    }
}

public sealed class EarlierChecksTestsOnPostgres() : EarlierChecksTests(DatabaseProvider.Postgres);
