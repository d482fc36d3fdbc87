using FactCheck.Core.Data;
using FactCheck.Core.Extraction;
using FactCheck.Core.Reviews;

namespace FactCheck.Core.Tests.Data;

public class ArticleIntakeTests : IDisposable
{
    private readonly StoreFixture f;

    public ArticleIntakeTests() : this(DatabaseProvider.Sqlite) { }

    /// <summary>For <see cref="ArticleIntakeTestsOnPostgres"/>: the same tests on PostgreSQL.</summary>
    protected ArticleIntakeTests(DatabaseProvider provider) => f = new(provider);

    public void Dispose() => f.Dispose();

    private sealed class BrokenExtractor : IClaimExtractor
    {
        public ExtractionResult Extract(string text, DateOnly? published = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default) =>
            throw new IndexOutOfRangeException("boom");
    }

    [Fact]
    public void A_fault_in_the_extractor_is_a_clear_message_and_nothing_is_saved()
    {
        var intake = new ArticleIntake(f.Articles, new BrokenExtractor());
        var e = Assert.Throws<ArgumentException>(() => intake.Import(new ArticleDraft { Text = "Some text." }));
        Assert.Contains("Nothing was saved", e.Message);
        Assert.Empty(f.Articles.List());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Empty_text_is_refused(string text)
    {
        var intake = new ArticleIntake(f.Articles, new ClaimExtractor());
        Assert.Contains("empty", Assert.Throws<ArgumentException>(() => intake.Import(new ArticleDraft { Text = text })).Message);
    }

    [Fact]
    public void The_title_comes_from_the_draft_then_the_headline_then_the_first_sentence_whole()
    {
        var intake = new ArticleIntake(f.Articles, new ClaimExtractor());
        var id = intake.Import(new ArticleDraft { Text = "Harbor bridge to close\n\nPORT LYALL, May 4 (Coastline Wire)--The bridge will close, officials said." });
        Assert.Equal("Harbor bridge to close", f.Articles.Get(id)!.Title);
        var untitled = intake.Import(new ArticleDraft { Text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen" });
        // Stored whole: pages shorten a title on screen, the record keeps it.
        Assert.Equal("one two three four five six seven eight nine ten eleven twelve thirteen fourteen", f.Articles.Get(untitled)!.Title);
        Assert.Contains("title is 1,001 characters long", Assert.Throws<ArgumentException>(() => intake.Import(new ArticleDraft { Text = "Body.", Title = new string('t', 1_001) })).Message);
    }
}

/// <summary>Every test of <see cref="ArticleIntakeTests"/>, on PostgreSQL.</summary>
public sealed class ArticleIntakeTestsOnPostgres() : ArticleIntakeTests(DatabaseProvider.Postgres);
