using FactCheck.Core.Data;
using FactCheck.Core.Reviews;

namespace FactCheck.Core.Tests.Data;

public class SourceStoreTests : IDisposable
{
    private readonly StoreFixture f;

    public SourceStoreTests() : this(DatabaseProvider.Sqlite) { }

    private readonly SourceStore sources;

    /// <summary>For <see cref="SourceStoreTestsOnPostgres"/>: the same tests on PostgreSQL.</summary>
    protected SourceStoreTests(DatabaseProvider provider)
    {
        f = new(provider);
        sources = new SourceStore(f.Temp.Db, f.Clock);
    }

    public void Dispose() => f.Dispose();

    [Fact]
    public void Library_lists_each_url_once_with_where_it_is_used_and_searches()
    {
        var a = f.CreateArticle("Floods");
        var b = f.CreateArticle("Budget");
        var ca = f.Claims.ListByArticle(a);
        var cb = f.Claims.ListByArticle(b);
        f.Evidence.Add(ca[0].Id, new EvidenceDraft { Url = "https://stats.example.gov/floods", Title = "Flood statistics", Publisher = "Statistics Office", Passage = "1,204 homes" });
        f.Evidence.Add(ca[1].Id, new EvidenceDraft { Url = "https://stats.example.gov/floods", Passage = "peaked", Stance = Stance.Context });
        f.Evidence.Add(cb[0].Id, new EvidenceDraft { Url = "https://stats.example.gov/floods", Passage = "homes" });
        f.Evidence.Add(cb[0].Id, new EvidenceDraft { Url = "https://news.example.com/story", Title = "A story", Passage = "x" });

        var list = sources.List();
        Assert.Equal(2, list.Count);
        var top = list[0];
        Assert.Equal("https://stats.example.gov/floods", top.Source.Url);
        Assert.Equal(3, top.EvidenceCount);
        Assert.Equal(2, top.ArticleCount);
        Assert.Equal("https://news.example.com/story", Assert.Single(sources.List("STORY")).Source.Url);
        Assert.Single(sources.List("statistics office"));

        var uses = sources.Uses(top.Source.Id);
        Assert.Equal(3, uses.Count);
        Assert.Equal(["Budget", "Floods", "Floods"], uses.Select(u => u.ArticleTitle).Order().ToList());
        Assert.Contains(uses, u => u.Stance == Stance.Context && u.Passage == "peaked");
    }

    [Fact]
    public void Details_can_be_corrected_but_the_url_is_kept()
    {
        var claim = f.Claims.ListByArticle(f.CreateArticle())[0];
        var e = f.Evidence.Add(claim.Id, new EvidenceDraft { Url = "https://stats.example.gov/a", Passage = "x" });
        Assert.True(sources.Update(e.Source with { Title = "Corrected", Kind = SourceKind.Dataset, Url = "https://elsewhere.example" }));
        var stored = sources.List()[0].Source;
        Assert.Equal("Corrected", stored.Title);
        Assert.Equal(SourceKind.Dataset, stored.Kind);
        Assert.Equal("https://stats.example.gov/a", stored.Url);
    }
}

/// <summary>Every test of <see cref="SourceStoreTests"/>, on PostgreSQL.</summary>
public sealed class SourceStoreTestsOnPostgres() : SourceStoreTests(DatabaseProvider.Postgres);
