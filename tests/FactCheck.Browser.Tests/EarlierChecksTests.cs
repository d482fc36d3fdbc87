using FactCheck.Browser.Tests.Infrastructure;
using FactCheck.Core.ClaimReviews;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Browser.Tests;

/// <summary>"Has this been checked before?": a reviewer sees another newsroom's check of the claim, cites it with one click, and the report lists it.</summary>
public sealed class EarlierChecksTests(FactCheckApp app) : BrowserTest(app)
{
    private const string ReviewUrl = "https://harbourcheck.example/2026/pier-capacity";

    [Fact]
    public async Task OpenAClaimSeeTheEarlierCheckCiteItWithOneClickAndFindItInTheReportsSources()
    {
        App.Services.GetRequiredService<ClaimReviewImporter>().Import($$"""
            [{ "@type": "ClaimReview", "url": "{{ReviewUrl}}",
               "claimReviewed": "The Marlow Bay pier can take 300 extra ferry passengers every day.",
               "datePublished": "2026-02-20", "author": { "@type": "Organization", "name": "Harbour Check" },
               "itemReviewed": { "@type": "Claim", "author": { "name": "Tomas Quill" } },
               "reviewRating": { "@type": "Rating", "alternateName": "Mostly false" } },
             { "@type": "ClaimReview", "url": "https://harbourcheck.example/2025/flu", "claimReviewed": "Flu vaccines contain microchips.",
               "author": { "name": "Harbour Check" }, "reviewRating": { "alternateName": "False" } }]
            """, "admin");
        var articleId = ImportDirectly(TestArticles.Ferry, TestArticles.FerryTitle);
        await using var s = await App.OpenAsync();
        var page = s.Page;
        await s.GoToAsync($"/articles/{articleId}");
        await WaitForWorkbenchAsync(page);

        await page.GetByTestId("claim-item").Filter(new() { HasText = "300" }).First.ClickAsync();
        var earlier = page.GetByTestId("earlier-check").Filter(new() { HasText = "300 extra ferry passengers" });
        await Expect(earlier).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("earlier-check").First).ToContainTextAsync("300 extra ferry passengers");
        await Expect(earlier).ToContainTextAsync("Mostly false");
        await Expect(earlier).ToContainTextAsync("checked by Harbour Check");
        await Expect(earlier).ToContainTextAsync("20 February 2026");
        await Expect(earlier.GetByTestId("earlier-check-link")).ToHaveAttributeAsync("href", ReviewUrl);
        await Expect(earlier.GetByTestId("earlier-check-similarity")).ToContainTextAsync("similarity");
        await page.GetByTestId("earlier-checks").ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "factcheck-earlier-checks.png") });

        await earlier.GetByTestId("cite-earlier-check").ClickAsync();

        await Expect(earlier.GetByTestId("earlier-check-cited")).ToBeVisibleAsync();
        var item = page.GetByTestId("evidence-item");
        await Expect(item).ToHaveCountAsync(1);
        await Expect(item).ToContainTextAsync("Earlier fact-check");

        await s.GoToAsync($"/articles/{articleId}/report");
        var report = page.GetByTestId("report-html");
        await report.WaitForAsync();
        var source = report.Locator("li", new() { Has = page.Locator($"a[href=\"{ReviewUrl}\"]") }).Last;
        await Expect(source).ToContainTextAsync("Harbour Check");
        await Expect(source).ToContainTextAsync("Earlier fact-check");
        Assert.Empty(s.Problems);
    }

    [Fact]
    public async Task UploadAFeedSeeEachBadRecordRefusedWithItsReasonAndFindTheRestOnTheFactChecksPage()
    {
        var file = Path.Combine(Path.GetTempPath(), $"factcheck-feed-{Guid.NewGuid():n}.json");
        await File.WriteAllTextAsync(file, """
            { "@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": [
              { "@type": "ClaimReview", "url": "https://gullcheck.example/tides", "claimReviewed": "Tides on Gull Island stopped for a day in March.",
                "author": { "name": "Gull Check" }, "datePublished": "2026-03-20", "reviewRating": { "alternateName": "False" } },
              { "@type": "ClaimReview", "claimReviewed": "A record without an address." },
              { "@type": "ClaimReview", "url": "javascript:alert(1)", "claimReviewed": "A hostile address." } ] }
            """);
        try
        {
            await using var s = await App.OpenAsync();
            var page = s.Page;
            await s.GoToAsync("/earlier-checks");
            await page.Locator("[data-testid=claimreview-import] input[type=file]").SetInputFilesAsync(file);

            await Expect(page.GetByTestId("claimreview-import-result")).ToContainTextAsync("1 new");
            var refused = page.GetByTestId("claimreview-refusal");
            await Expect(refused).ToHaveCountAsync(2);
            await Expect(refused.Nth(0)).ToContainTextAsync("no \"url\"");
            await Expect(refused.Nth(1)).ToContainTextAsync("not an http(s) address");
            await Expect(page.GetByTestId("fact-check-row").Filter(new() { HasText = "Tides on Gull Island" })).ToHaveCountAsync(1);

            await page.Locator("#fact-check-search").FillAsync("gull island tides");
            await Expect(page.GetByTestId("empty-state")).ToContainTextAsync("Nothing matches");
            await page.Locator("#fact-check-search").FillAsync("Tides on Gull");
            await Expect(page.GetByTestId("fact-check-row")).ToHaveCountAsync(1);
            await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "factcheck-fact-checks-page.png"), FullPage = true });
            Assert.Empty(s.Problems);
        }
        finally { File.Delete(file); }
    }
}
