using FactCheck.Browser.Tests.Infrastructure;
using FactCheck.Core.Extraction;
using FactCheck.Core.Reviews;
using FactCheck.Core.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Browser.Tests;

/// <summary>
/// The workbench on a laptop screen (1400×900) with an article of twenty claims: the claim list shows many claims at once,
/// and the article stays beside the claim while the reviewer works down to its sources and explanation.
/// Screenshots to look at: bin/.../desk-*.png.
/// </summary>
public sealed class WorkbenchDeskLayoutTests(FactCheckApp app) : BrowserTest(app)
{
    private static string Shot(string name) => Path.Combine(AppContext.BaseDirectory, $"desk-{name}.png");

    private const int Width = 1400, Height = 900, ClaimCount = 20;

    /// <summary>An article of ten paragraphs, each of two sentences that are one claim each (hand-made, not the extractor's).</summary>
    private long ImportTwentyClaims()
    {
        var text = new System.Text.StringBuilder("Harbour traffic report for the spring quarter\n\n");
        var claims = new List<ExtractedClaim>();
        var blocks = new List<DocumentBlock> { new(BlockKind.Headline, new TextSpan(0, text.Length - 2)) };
        for (var p = 0; p < ClaimCount / 2; p++)
        {
            var start = text.Length;
            for (var s = 0; s < 2; s++)
            {
                var n = p * 2 + s + 1;
                var sentence = $"Pier {n} handled {1_000 + n * 37:N0} containers in March, the harbour authority said in its monthly bulletin, "
                    + $"up from {900 + n * 29:N0} a year earlier after the new cranes arrived at the eastern quay.";
                if (s > 0) text.Append(' ');
                var at = text.Length;
                text.Append(sentence);
                claims.Add(new ExtractedClaim
                {
                    Id = $"c{n}", Kind = n % 3 == 0 ? ClaimKind.Attribution : ClaimKind.Figure, Span = new TextSpan(at, text.Length), CheckWorthiness = 0.5,
                    Statement = $"Pier {n} handled {1_000 + n * 37:N0} containers in March 2026.",
                    Speaker = n % 3 == 0 ? new Speaker("Harbour authority", "the harbour authority", new TextSpan(at, at + 10)) : null,
                });
            }
            blocks.Add(new DocumentBlock(BlockKind.Paragraph, new TextSpan(start, text.Length)));
            text.Append("\n\n");
        }
        var body = text.ToString().TrimEnd();
        return ArticleStore.Create(new ArticleDraft { Text = body, Outlet = "Harbour Post" }, "Harbour traffic report",
            new ExtractionResult("Harbour traffic report", null, null, blocks, claims));
    }

    [Fact]
    public async Task TheListShowsManyClaimsAndTheArticleStaysBesideTheClaimWhileTheEditorScrolls()
    {
        var id = ImportTwentyClaims();
        await using var s = await App.OpenAsync();
        var page = s.Page;
        await page.SetViewportSizeAsync(Width, Height);
        await s.GoToAsync($"/articles/{id}");
        await WaitForWorkbenchAsync(page);
        Assert.Equal((0, ClaimCount), await ProgressAsync(page));

        var inView = await page.EvaluateAsync<int>("""
            () => {
                const list = document.querySelector("[data-testid=claim-list]").getBoundingClientRect();
                return [...document.querySelectorAll("[data-testid=claim-item]")].filter(row => {
                    const r = row.getBoundingClientRect();
                    return r.height > 0 && r.top >= Math.max(0, list.top) - 0.5 && r.bottom <= Math.min(innerHeight, list.bottom) + 0.5;
                }).length;
            }
            """);
        await page.ScreenshotAsync(new() { Path = Shot("list") });
        Assert.True(inView >= 10, $"Only {inView} claim rows are wholly on the {Width}×{Height} screen; the list should show at least 10.");

        // A claim far down the article (an attribution: its editor also asks about the quote), opened from its words.
        var claim = ClaimStore.ListByArticle(id)[14];
        var mark = page.Locator($"#article-text mark[data-claim='{claim.Id}']");
        await mark.ScrollIntoViewIfNeededAsync();
        await mark.ClickAsync();
        await Expect(SelectedClaim(page)).ToHaveAttributeAsync("data-claim", claim.Id.ToString());
        await Expect(page.GetByTestId("claim-editor").GetByRole(AriaRole.Heading, new() { Name = $"Claim 15 of {ClaimCount}" })).ToBeVisibleAsync();
        await Expect(page.Locator("#attribution-check")).ToHaveValueAsync("Not checked");
        await Expect(mark).ToBeInViewportAsync(new() { Ratio = 1 });

        // Working down the claim: its explanation, then its sources. The article and the claim's words stay in view.
        foreach (var (where, selector) in new[] { ("explanation", "#claim-explanation"), ("sources", "[data-testid=evidence-panel]") })
        {
            await page.EvaluateAsync("s => document.querySelector(s).scrollIntoView({ block: 'start' })", selector);
            await page.WaitForTimeoutAsync(200);
            Assert.True(await page.EvaluateAsync<double>("() => scrollY") > 0, $"Scrolling to the {where} did not move the page: the test shows nothing.");
            await Expect(page.Locator(selector)).ToBeInViewportAsync();
            await Expect(page.Locator(".article-pane")).ToBeInViewportAsync();
            await Expect(mark).ToBeInViewportAsync(new() { Ratio = 1 });
            await page.ScreenshotAsync(new() { Path = Shot(where) });
        }
        s.AssertNoBrowserErrors();
    }
}
