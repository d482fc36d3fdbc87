using FactCheck.Core.Data;
using FactCheck.Core.Extraction;
using FactCheck.Core.Reviews;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Data;

public class ArticleStoreTests : IDisposable
{
    private readonly StoreFixture f;

    public ArticleStoreTests() : this(DatabaseProvider.Sqlite) { }

    /// <summary>For <see cref="ArticleStoreTestsOnPostgres"/>: the same tests on PostgreSQL.</summary>
    protected ArticleStoreTests(DatabaseProvider provider) => f = new(provider);

    public void Dispose() => f.Dispose();

    [Fact]
    public void Article_is_stored_with_its_claims_layout_and_date_from_the_extraction()
    {
        var id = f.CreateArticle();

        var article = f.Articles.Get(id)!;
        Assert.Equal("Floods in Campo Sereno", article.Title);
        Assert.Equal("Meridian News", article.Outlet);
        Assert.Equal(StoreFixture.Text, article.Text);
        Assert.Equal(new DateOnly(2026, 3, 12), article.Published);
        Assert.Equal(2, article.Blocks.Count);
        Assert.Equal(new TextSpan(47, 77), article.Blocks[1].Span);
        Assert.Equal(f.Clock.Now, article.CreatedAt);

        var claims = f.Claims.ListByArticle(id);
        Assert.Equal(2, claims.Count);
        var first = claims[0];
        Assert.Equal(ClaimKind.Attribution, first.Kind);
        Assert.Equal("Ana Ruiz", first.SpeakerName);
        Assert.Equal("Mayor Ana Ruiz", first.SpeakerMention);
        Assert.Equal("said", first.Cue);
        Assert.False(first.Direct);
        Assert.Equal([new TextSpan(20, 44)], first.Content);
        Assert.Equal(1204, Assert.Single(first.Figures).Value);
        Assert.Equal("homes flooded", first.Figures[0].Measure);
        Assert.Equal(ClaimStatus.Open, first.Status);
        Assert.Equal(1, first.Version);
        Assert.Equal("Mayor Ana Ruiz said 1,204 homes were flooded.", first.Span.Slice(article.Text));
    }

    [Fact]
    public void List_counts_claims_and_verdicts_and_searches_title_and_outlet()
    {
        var floods = f.CreateArticle();
        f.CreateArticle("Budget vote delayed", "Capital Times");
        var claim = f.Claims.ListByArticle(floods)[0];
        f.Claims.SetVerdict(claim.Id, claim.Version, "True", "Checked.");

        var all = f.Articles.List();
        Assert.Equal(2, all.Count);
        var summary = all.Single(a => a.Id == floods);
        Assert.Equal(2, summary.ClaimCount);
        Assert.Equal(1, summary.VerdictCount);
        Assert.Equal(0.5, summary.Progress);
        Assert.Equal("In progress", summary.Status);

        Assert.Equal("Budget vote delayed", Assert.Single(f.Articles.List("capital")).Title);
        Assert.Equal(floods, Assert.Single(f.Articles.List("FLOODS")).Id);
        Assert.Empty(f.Articles.List("100%_"));
    }

    [Fact]
    public void Deleting_an_article_deletes_its_claims_and_evidence_but_keeps_sources()
    {
        var id = f.CreateArticle();
        var claim = f.Claims.ListByArticle(id)[0];
        f.Evidence.Add(claim.Id, new EvidenceDraft { Url = "https://example.org/a", Passage = "1,204 homes" });

        Assert.Null(f.Articles.Delete(id));

        Assert.Null(f.Articles.Get(id));
        Assert.Empty(f.Claims.ListByArticle(id));
        Assert.Empty(f.Evidence.ListByClaim(claim.Id));
        var other = f.CreateArticle();
        var reused = f.Evidence.Add(f.Claims.ListByArticle(other)[0].Id, new EvidenceDraft { Url = "https://example.org/a", Passage = "x" });
        Assert.Equal("https://example.org/a", reused.Source.Url);
    }

    [Fact]
    public void A_failure_while_storing_claims_leaves_no_half_saved_article()
    {
        var bad = StoreFixture.Extraction() with
        {
            Claims = [StoreFixture.Extraction().Claims[0], StoreFixture.Extraction().Claims[1] with { Kind = (ClaimKind)99 }],
        };
        Assert.ThrowsAny<Exception>(() => f.Articles.Create(new ArticleDraft { Text = StoreFixture.Text }, "Broken", bad));
        Assert.Empty(f.Articles.List());
    }
}

/// <summary>Every test of <see cref="ArticleStoreTests"/>, on PostgreSQL.</summary>
public sealed class ArticleStoreTestsOnPostgres() : ArticleStoreTests(DatabaseProvider.Postgres);
