using FactCheck.Core.Extraction;
using FactCheck.Core.Import;
using FactCheck.Core.Reviews;
using FactCheck.Core.Sources;
using FactCheck.Core.Tests.Data;
using FactCheck.Core.Tests.Sources;

namespace FactCheck.Core.Tests.Import;

/// <summary>Importing an article from its web address: through the guarded fetcher, into the same intake as a paste.</summary>
public sealed class WebArticleIntakeTests : IDisposable
{
    private const string NewsPage = """
        <!DOCTYPE html>
        <html lang="en"><head>
          <meta charset="utf-8">
          <title>Lake Varna ferry fares to rise by 18 percent | Varna Ledger</title>
          <meta property="og:title" content="Lake Varna ferry fares to rise by 18 percent">
          <meta property="og:site_name" content="Varna Ledger">
          <meta name="author" content="Tomas Brandt">
          <meta property="article:published_time" content="2026-04-02T07:00:00Z">
        </head><body>
          <nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/subscribe">Subscribe today</a></nav>
          <article>
            <h1>Lake Varna ferry fares to rise by 18 percent</h1>
            <p>OSTERHOLM, April 2 (Varna Ledger) - Ferry fares across Lake Varna will rise by 18 percent in June, the transport board said on Wednesday.</p>
            <p>Board chair Ilse Maren said the company carried 412,000 passengers last year, up from 365,000 in 2024.</p>
            <p>"Fuel costs have doubled since 2023," Maren told reporters at the harbour office.</p>
          </article>
          <footer>Cookie settings · Privacy</footer>
        </body></html>
        """;

    private readonly StoreFixture f = new();
    private readonly LoopbackServer server = new();

    public void Dispose()
    {
        server.Dispose();
        f.Dispose();
    }

    private WebArticleIntake Intake(SourceFetcher fetcher) =>
        new(fetcher, new ArticleIntake(f.Articles, new ClaimExtractor()), ImportLimits.Default);

    private static SourceFetchOptions Options(bool allowPrivate) =>
        new() { AllowPrivateNetworks = allowPrivate, ConnectTimeout = TimeSpan.FromSeconds(5), ReadTimeout = TimeSpan.FromSeconds(5) };

    [Fact]
    public async Task A_news_page_is_imported_with_its_title_text_url_fetch_time_and_claims()
    {
        server.Text("/ferry-fares", NewsPage);
        using var fetcher = new SourceFetcher(Options(allowPrivate: true), f.Clock);

        var result = await Intake(fetcher).ImportAsync(server.Url("/ferry-fares"), actor: "ana", cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.Ok, result.Error);
        var article = f.Articles.Get(result.Stored.Id)!;
        Assert.Equal("Lake Varna ferry fares to rise by 18 percent", article.Title);
        Assert.Contains("412,000 passengers", article.Text);
        Assert.DoesNotContain("Subscribe", article.Text);
        Assert.DoesNotContain("Cookie", article.Text);
        Assert.Equal(server.Url("/ferry-fares"), article.Url);
        Assert.Equal(f.Clock.Now, article.FetchedAt);
        Assert.Equal("Varna Ledger", article.Outlet);
        var claims = f.Claims.ListByArticle(article.Id);
        Assert.NotEmpty(claims);
        Assert.Equal(claims.Count, result.Stored.ClaimsKept);
        Assert.Contains(claims, c => c.Statement.Contains("412,000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_outlet_and_date_given_by_the_user_win_over_the_page()
    {
        server.Text("/ferry-fares", NewsPage);
        using var fetcher = new SourceFetcher(Options(allowPrivate: true), f.Clock);

        var result = await Intake(fetcher).ImportAsync(server.Url("/ferry-fares"), "Lakeside Post", new DateOnly(2026, 4, 3),
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.Ok, result.Error);
        var article = f.Articles.Get(result.Stored.Id)!;
        Assert.Equal("Lakeside Post", article.Outlet);
        Assert.Equal(new DateOnly(2026, 4, 3), article.Published);
    }

    [Fact]
    public void A_pasted_article_has_no_fetch_time()
    {
        var id = new ArticleIntake(f.Articles, new ClaimExtractor()).Import(new ArticleDraft { Text = StoreFixture.Text, Url = "https://ledger.example/a" });
        Assert.Null(f.Articles.Get(id)!.FetchedAt);
    }

    [Fact]
    public async Task A_private_address_is_refused_with_the_fetchers_message_and_nothing_is_saved()
    {
        using var fetcher = new SourceFetcher(Options(allowPrivate: false), f.Clock);

        var result = await Intake(fetcher).ImportAsync("http://10.0.0.1/news/ferry", cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(result.Ok);
        Assert.Equal(FetchFailureKind.BlockedAddress, result.FetchFailure);
        Assert.Contains("does not fetch from", result.Error);
        Assert.Contains("paste its text", result.Error);
        Assert.Empty(f.Articles.List());
    }

    [Theory]
    [InlineData("/missing", "not found")]
    [InlineData("/photo", "not a web page")]
    [InlineData("/empty", "no readable text")]
    public async Task A_page_that_cannot_be_imported_saves_nothing_and_says_why(string path, string message)
    {
        server.Bytes("/photo", [0xFF, 0xD8, 0xFF, 0xE0], "image/jpeg");
        server.Text("/empty", "<html><head><title>Loading</title></head><body><script>app()</script></body></html>");
        using var fetcher = new SourceFetcher(Options(allowPrivate: true), f.Clock);

        var result = await Intake(fetcher).ImportAsync(server.Url(path), cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(result.Ok);
        Assert.Contains(message, result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(f.Articles.List());
    }
}
