using FactCheck.Core.Data;
using FactCheck.Core.Reviews;

namespace FactCheck.Core.Tests.Data;

public class EvidenceStoreTests : IDisposable
{
    private readonly StoreFixture f;

    public EvidenceStoreTests() : this(DatabaseProvider.Sqlite) { }

    /// <summary>For <see cref="EvidenceStoreTestsOnPostgres"/>: the same tests on PostgreSQL.</summary>
    protected EvidenceStoreTests(DatabaseProvider provider) => f = new(provider);

    public void Dispose() => f.Dispose();

    [Fact]
    public void Evidence_is_stored_with_its_source_and_the_same_url_reuses_one_source()
    {
        var articleId = f.CreateArticle();
        var claims = f.Claims.ListByArticle(articleId);
        var first = f.Evidence.Add(claims[0].Id, new EvidenceDraft
        {
            Url = "https://civil-defense.example.gov/bulletin/12", Title = "Bulletin 12", Publisher = "State Civil Defense",
            PublishedOn = new DateOnly(2026, 3, 12), Kind = SourceKind.OfficialStatistic, Passage = "  1,204 homes flooded  ", Stance = Stance.Supports,
        });
        var second = f.Evidence.Add(claims[1].Id, new EvidenceDraft
        {
            Url = "https://civil-defense.example.gov/bulletin/12", Passage = "River at 14.2 m", Stance = Stance.Context,
        });

        Assert.Equal(first.SourceId, second.SourceId);
        Assert.Equal("1,204 homes flooded", first.Passage);
        Assert.Equal("Bulletin 12", second.Source.Title);
        Assert.Equal(SourceKind.OfficialStatistic, second.Source.Kind);
        Assert.Equal(new DateOnly(2026, 3, 13), first.Source.AccessedOn);
        Assert.Equal(2, f.Evidence.ListByArticle(articleId).Count);
        Assert.Equal(Stance.Context, Assert.Single(f.Evidence.ListByClaim(claims[1].Id)).Stance);
    }

    [Theory]
    [InlineData("javascript:alert(1)", "Only http and https")]
    [InlineData("ftp://example.org/file", "Only http and https")]
    [InlineData("not a url", "not a web address")]
    [InlineData("", "Enter the source")]
    public void Unsafe_or_malformed_urls_are_refused_with_a_clear_message(string url, string message)
    {
        var claim = f.Claims.ListByArticle(f.CreateArticle())[0];
        var e = Assert.Throws<ArgumentException>(() => f.Evidence.Add(claim.Id, new EvidenceDraft { Url = url, Passage = "x" }));
        Assert.Contains(message, e.Message);
        Assert.Empty(f.Evidence.ListByClaim(claim.Id));
    }

    [Fact]
    public void Overlong_urls_are_refused()
    {
        Assert.Contains("limit is 2,048", UrlRules.Validate("https://example.org/" + new string('a', 3000)));
    }

    [Fact]
    public void Evidence_can_be_updated_and_removed()
    {
        var claim = f.Claims.ListByArticle(f.CreateArticle())[0];
        var e = f.Evidence.Add(claim.Id, new EvidenceDraft { Url = "https://example.org/x", Passage = "old" });
        Assert.True(f.Evidence.UpdatePassage(e.Id, "new words", Stance.Contradicts));
        Assert.Equal(Stance.Contradicts, f.Evidence.ListByClaim(claim.Id)[0].Stance);
        Assert.True(f.Evidence.Delete(e.Id));
        Assert.Empty(f.Evidence.ListByClaim(claim.Id));
    }
}

/// <summary>Every test of <see cref="EvidenceStoreTests"/>, on PostgreSQL.</summary>
public sealed class EvidenceStoreTestsOnPostgres() : EvidenceStoreTests(DatabaseProvider.Postgres);
