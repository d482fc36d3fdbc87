using FactCheck.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Browser.Tests;

/// <summary>User text is shown, never run: in the article, the explanation preview and the report.</summary>
public sealed class HostileContentTests(FactCheckApp app) : BrowserTest(app)
{
    private const string HostileExplanation = """
        Officials confirmed it. [click](javascript:alert(1)) and [again](JaVaScRiPt:alert(2))

        <script>alert(3)</script> <img src=x onerror=alert(4)> <a href="javascript:alert(5)">raw link</a>
        <b onmouseover=alert(6)>hover me</b> **safe bold**
        """;

    /// <summary>Any link or resource whose address is javascript: (spaces and case ignored), anywhere in the page.</summary>
    private const string ScriptUrlsJs = """
        () => [...document.querySelectorAll("[href],[src],[action],[formaction]")]
            .flatMap(el => ["href", "src", "action", "formaction"].map(a => el.getAttribute(a)))
            .filter(v => v && /^\s*javascript:/i.test(v.replace(/[\u0000-\u001f]/g, "")))
        """;

    [Fact]
    public async Task ScriptInTheArticleAndTheExplanationIsShownAsTextAndNeverRuns()
    {
        await using var s = await App.OpenAsync();
        var page = s.Page;

        var articleId = await PasteAndExtractAsync(s, TestArticles.Hostile);
        var article = page.Locator("div#article-text");
        await Expect(article).ToContainTextAsync("Council Website Hacked <script>alert(1)</script>");
        await Expect(article).ToContainTextAsync("showed the code <img src=x onerror=alert(1)> on its front page");
        await Expect(article.Locator("script, img, iframe")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("article-title")).ToContainTextAsync("<script>alert(1)</script>");
        await Expect(page.GetByTestId("claim-list").Locator("script, img")).ToHaveCountAsync(0);

        await page.Locator("#claim-explanation").FillAsync(HostileExplanation);
        var preview = page.GetByTestId("explanation-preview");
        await Expect(preview.Locator("strong")).ToHaveTextAsync("safe bold");
        await Expect(preview).ToContainTextAsync("<script>alert(3)</script>");
        await Expect(preview).ToContainTextAsync("<img src=x onerror=alert(4)>");
        await Expect(preview.Locator("script, img, iframe, b[onmouseover], [onerror]")).ToHaveCountAsync(0);
        // Whatever is left of the javascript: links must not be clickable into script.
        foreach (var link in await preview.GetByText("click").AllAsync()) await link.ClickAsync();
        await preview.GetByText("hover me").HoverAsync();
        Assert.Empty(await page.EvaluateAsync<string[]>(ScriptUrlsJs));

        // A javascript: source address is refused with a message.
        await page.GetByTestId("show-evidence-form").ClickAsync();
        await page.Locator("#evidence-url").FillAsync("javascript:alert(7)");
        await page.Locator("#evidence-passage").FillAsync("Anything.");
        await page.GetByTestId("add-evidence").ClickAsync();
        await Expect(page.GetByTestId("evidence-error")).ToContainTextAsync("Only http and https");
        await Expect(page.GetByTestId("evidence-list").Locator("li")).ToHaveCountAsync(0);

        // The unfinished source is not dropped silently: leaving asks first.
        await page.GetByTestId("open-report").ClickAsync();
        await Expect(page.GetByText("Leave without adding the source?")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Leave" }).ClickAsync();
        var report = page.GetByTestId("report-html");
        await report.WaitForAsync();
        Assert.EndsWith($"/articles/{articleId}/report", page.Url);
        await Expect(report.Locator("h1")).ToContainTextAsync("<script>alert(1)</script>");
        await Expect(report).ToContainTextAsync("<img src=x onerror=alert(1)>");
        await Expect(report).ToContainTextAsync("<script>alert(3)</script>");
        await Expect(report.Locator("strong", new() { HasText = "safe bold" })).ToBeVisibleAsync();
        await Expect(report.Locator("script, img, iframe, [onerror], [onmouseover]")).ToHaveCountAsync(0);
        Assert.Empty(await page.EvaluateAsync<string[]>(ScriptUrlsJs));

        await page.GetByRole(AriaRole.Tab, new() { Name = "Markdown" }).ClickAsync();
        // Kept as the reviewer's text in the Markdown source...
        await Expect(page.GetByTestId("report-markdown")).ToContainTextAsync("[click](javascript:alert(1))");
        Assert.Empty(await page.EvaluateAsync<string[]>(ScriptUrlsJs)); // ...but never as a link

        // The downloaded standalone HTML report, opened as a page of its own: the same text, no script, no script links.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-html").ClickAsync());
        var html = await File.ReadAllTextAsync((await download.PathAsync())!);
        await page.SetContentAsync(html);
        await Expect(page.Locator("h1")).ToContainTextAsync("<script>alert(1)</script>");
        await Expect(page.Locator("body")).ToContainTextAsync("<img src=x onerror=alert(1)>");
        await Expect(page.Locator("script, img, iframe, [onerror], [onmouseover]")).ToHaveCountAsync(0);
        Assert.Empty(await page.EvaluateAsync<string[]>(ScriptUrlsJs));

        Assert.Empty(s.Dialogs);
        s.AssertNoBrowserErrors();
    }
}
