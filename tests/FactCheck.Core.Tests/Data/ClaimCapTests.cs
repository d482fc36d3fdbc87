using FactCheck.Core.Data;
using FactCheck.Core.Extraction;
using FactCheck.Core.Import;
using FactCheck.Core.Reviews;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Data;

/// <summary>Issue 13, item 11: claims per article are capped on every route that creates them.</summary>
public class ClaimCapTests : IDisposable
{
    private readonly StoreFixture f;

    public ClaimCapTests() : this(DatabaseProvider.Sqlite) { }

    /// <summary>For <see cref="ClaimCapTestsOnPostgres"/>: the same tests on PostgreSQL.</summary>
    protected ClaimCapTests(DatabaseProvider provider) => f = new(provider);

    public void Dispose() => f.Dispose();

    /// <summary>One fact claim per sentence, given out of text order, as many as there are sentences.</summary>
    private sealed class SentenceExtractor : IClaimExtractor
    {
        public ExtractionResult Extract(string text, DateOnly? published = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
        {
            var claims = new List<ExtractedClaim>();
            var start = 0;
            for (var end = text.IndexOf('.', start); end >= 0; end = start < text.Length ? text.IndexOf('.', start) : -1)
            {
                claims.Add(new ExtractedClaim { Id = $"c{claims.Count}", Kind = ClaimKind.Fact, Statement = text[start..(end + 1)].Trim(), Span = new TextSpan(start, end + 1) });
                start = end + 2;
            }
            claims.Reverse();
            return new ExtractionResult(null, null, null, [new DocumentBlock(BlockKind.Paragraph, new TextSpan(0, text.Length))], claims);
        }
    }

    private static string Sentences(int n) => string.Join(' ', Enumerable.Range(1, n).Select(i => $"Fact number {i} is stated."));

    [Fact]
    public void Extraction_past_the_cap_keeps_the_first_claims_in_text_order_and_says_where_they_end()
    {
        var intake = new ArticleIntake(f.Articles, new SentenceExtractor(), new ImportLimits { MaxClaims = 3 });
        var text = Sentences(10);

        var result = intake.ImportArticle(new ArticleDraft { Text = text, Title = "Ten facts" });

        var kept = f.Claims.ListByArticle(result.Id);
        Assert.Equal(["Fact number 1 is stated.", "Fact number 2 is stated.", "Fact number 3 is stated."], kept.Select(c => c.Statement));
        Assert.Equal((10, 3), (result.ClaimsFound, result.ClaimsKept));
        Assert.NotNull(result.Notice);
        Assert.Contains("gave 10 claims", result.Notice);
        Assert.Contains($"up to character {kept[^1].Span.End:N0} of {text.Length:N0}", result.Notice);
        Assert.Contains("import it as an article of its own", result.Notice);
        Assert.Equal(text, f.Articles.Get(result.Id)!.Text); // the whole text is kept, so the rest can be seen and split off
    }

    [Fact]
    public void Under_the_cap_everything_is_kept_without_a_notice()
    {
        var intake = new ArticleIntake(f.Articles, new SentenceExtractor(), new ImportLimits { MaxClaims = 3 });
        var result = intake.ImportArticle(new ArticleDraft { Text = Sentences(3) });
        Assert.Equal((3, 3, (string?)null), (result.ClaimsFound, result.ClaimsKept, result.Notice));
    }

    [Fact]
    public void The_default_cap_is_five_thousand() => Assert.Equal(5_000, ImportLimits.Default.MaxClaims);

    [Fact]
    public void Adding_a_claim_by_hand_to_a_full_article_is_refused_with_what_to_do()
    {
        var id = f.Articles.Create(new ArticleDraft { Text = StoreFixture.Text }, "Floods", StoreFixture.Extraction());
        var count = f.Claims.CountByArticle(id);

        var e = Assert.Throws<ArgumentException>(() => f.Claims.AddManual(id, new TextSpan(0, 14), ClaimKind.Fact, "Mayor Ana Ruiz", maxClaims: count));

        Assert.Contains($"already has {count:N0} claims", e.Message);
        Assert.Contains("Delete claims you do not need", e.Message);
        Assert.Equal(count, f.Claims.CountByArticle(id));
        f.Claims.AddManual(id, new TextSpan(0, 14), ClaimKind.Fact, "Mayor Ana Ruiz", maxClaims: count + 1);
        Assert.Equal(count + 1, f.Claims.CountByArticle(id));
    }

    [Fact]
    public void Splitting_a_claim_of_a_full_article_is_refused()
    {
        var id = f.Articles.Create(new ArticleDraft { Text = StoreFixture.Text }, "Floods", StoreFixture.Extraction());
        var claim = f.Claims.ListByArticle(id)[0];
        var count = f.Claims.CountByArticle(id);

        var refused = f.Claims.Split(claim.Id, claim.Version, claim.Span.Start + 15, StoreFixture.Text, maxClaims: count);

        Assert.False(refused.Saved);
        Assert.Contains("the most one article can hold", refused.Error);
        Assert.Equal(count, f.Claims.CountByArticle(id));
        Assert.True(f.Claims.Split(claim.Id, claim.Version, claim.Span.Start + 15, StoreFixture.Text, maxClaims: count + 1).Saved);
    }
}

/// <summary>Every test of <see cref="ClaimCapTests"/>, on PostgreSQL.</summary>
public sealed class ClaimCapTestsOnPostgres() : ClaimCapTests(DatabaseProvider.Postgres);
