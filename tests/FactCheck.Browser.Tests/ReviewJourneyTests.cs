using System.Text.RegularExpressions;
using FactCheck.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Browser.Tests;

/// <summary>The path a fact-checker takes: paste, extract, review a claim, reload, read and download the report.</summary>
public sealed class ReviewJourneyTests(FactCheckApp app) : BrowserTest(app)
{
    private const string SourceUrl = "https://transport.example.org/gull-island/residents-2026";
    private const string SourceTitle = "Gull Island residents register 2026";
    private const string Passage = "Registered year-round residents of Gull Island on 1 January 2026: 1,214.";
    private const string Explanation = """
        The **regional transport office** counts far fewer residents than the article says.

        - its register lists 1,214 people
        - see the [office's table](https://transport.example.org/gull-island)
        """;

    [Fact]
    public async Task PasteExtractReviewReloadAndDownloadTheReport()
    {
        await using var s = await App.OpenAsync();
        var page = s.Page;

        var articleId = await PasteAndExtractAsync(s, TestArticles.Ferry, title: TestArticles.FerryTitle);
        await Expect(page.GetByTestId("article-title")).ToHaveTextAsync(TestArticles.FerryTitle);
        var (_, claimCount) = await ProgressAsync(page);
        Assert.True(claimCount >= 3, $"Expected the quote, the reported speech and the figures as claims; got {claimCount}.");
        var articleText = await page.Locator("#article-text").InnerTextAsync();
        Assert.Contains("Mayor Elena Brandt said after the vote", articleText);
        // Highlights anchor claims: each names a claim of this article (overlapping claims share a highlight).
        var claimIds = ClaimStore.ListByArticle(articleId).Select(c => c.Id.ToString()).ToHashSet();
        Assert.Equal(claimCount, claimIds.Count);
        var marked = await page.Locator("div#article-text mark").EvaluateAllAsync<string[]>("ms => ms.map(m => m.dataset.claim)");
        Assert.NotEmpty(marked);
        Assert.All(marked, id => Assert.Contains(id, claimIds));


        // Click a highlight that belongs to another claim than the one selected on arrival.
        var firstSelected = await SelectedClaim(page).GetAttributeAsync("data-claim");
        var mark = page.Locator($"#article-text mark:not([data-claim=\"{firstSelected}\"])").First;
        var claimId = await mark.GetAttributeAsync("data-claim");
        var markText = await mark.InnerTextAsync();
        await mark.ClickAsync();
        await Expect(SelectedClaim(page)).ToHaveAttributeAsync("data-claim", claimId!);
        await Expect(page.Locator($"#article-text mark.selected[data-claim=\"{claimId}\"]").First).ToBeVisibleAsync();
        var editor = page.GetByTestId("claim-editor");
        await Expect(editor).ToBeVisibleAsync();
        Assert.Contains(Squash(markText), Squash(await editor.GetByTestId("claim-quote").InnerTextAsync()));

        await editor.GetByTestId("show-evidence-form").ClickAsync();
        await page.Locator("#evidence-url").FillAsync(SourceUrl);
        await page.Locator("#evidence-title").FillAsync(SourceTitle);
        await page.Locator("#evidence-passage").FillAsync(Passage);
        await page.GetByTestId("add-evidence").ClickAsync();
        var evidence = page.GetByTestId("evidence-list").Locator("li");
        await Expect(evidence).ToHaveCountAsync(1);
        await Expect(evidence.First.Locator($"a[href=\"{SourceUrl}\"]")).ToHaveTextAsync(SourceTitle);
        await Expect(evidence.First).ToContainTextAsync(Passage);

        var falseButton = page.Locator("[data-testid=verdict-picker] button[data-verdict=\"False\"]");
        await falseButton.ClickAsync();
        await Expect(SelectedClaim(page).GetByTestId("claim-verdict")).ToHaveTextAsync("False");
        await Expect(page.GetByTestId("needs-source")).ToHaveCountAsync(0);

        await page.Locator("#claim-explanation").FillAsync(Explanation);
        var preview = page.GetByTestId("explanation-preview");
        await Expect(preview.Locator("strong")).ToHaveTextAsync("regional transport office");
        await Expect(preview.Locator("li")).ToHaveCountAsync(2);
        await Expect(preview.Locator("a[href=\"https://transport.example.org/gull-island\"]")).ToHaveTextAsync("office's table");
        await Expect(page.GetByTestId("progress-summary")).ToContainTextAsync($"1 of {claimCount} claims have a verdict");

        // Everything above must have been saved as it was made: a reload shows it all again.
        await s.ReloadAsync();
        await page.Locator($"#claim-{claimId}").ClickAsync();
        await Expect(SelectedClaim(page)).ToHaveAttributeAsync("data-claim", claimId!);
        await Expect(SelectedClaim(page).GetByTestId("claim-verdict")).ToHaveTextAsync("False");
        await Expect(page.Locator("#claim-explanation")).ToHaveValueAsync(Explanation);
        await Expect(preview.Locator("strong")).ToHaveTextAsync("regional transport office");
        await Expect(evidence).ToHaveCountAsync(1);
        await Expect(evidence.First.Locator($"a[href=\"{SourceUrl}\"]")).ToHaveTextAsync(SourceTitle);
        await Expect(evidence.First).ToContainTextAsync(Passage);
        await Expect(page.GetByTestId("progress-summary")).ToContainTextAsync($"1 of {claimCount} claims have a verdict");
        var statement = Squash(await SelectedClaim(page).Locator(".claim-statement").InnerTextAsync());

        await page.GetByTestId("open-report").ClickAsync();
        var report = page.GetByTestId("report-html");
        await report.WaitForAsync();
        Assert.EndsWith($"/articles/{articleId}/report", page.Url);
        await Expect(report.Locator("h1")).ToHaveTextAsync($"Fact-check: {TestArticles.FerryTitle}");
        var claimSection = report.Locator("h3", new() { HasText = statement });
        await Expect(claimSection).ToHaveCountAsync(1);
        // The claim's summary box: "Claim" / "Our verdict" with the rating.
        await Expect(report.Locator("blockquote", new() { HasText = "Our verdict:" }).Locator("strong", new() { HasText = "False" }).First).ToBeVisibleAsync();
        await Expect(report.Locator("strong", new() { HasText = "regional transport office" })).ToBeVisibleAsync();
        await Expect(report.Locator($"a[href=\"{SourceUrl}\"]")).ToHaveTextAsync(SourceTitle);
        await Expect(report.Locator("li", new() { HasText = Passage })).ToBeVisibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-md").ClickAsync());
        Assert.Matches($@"^factcheck-{articleId}-marlow-bay-council-approves-second-ferry-route\.md$", download.SuggestedFilename);
        var markdown = await File.ReadAllTextAsync((await download.PathAsync())!, TestContext.Current.CancellationToken);
        Assert.Contains($"# Fact-check: {TestArticles.FerryTitle}\n", markdown);
        // User text in the report is backslash-escaped so that it never turns into markup; read it unescaped.
        var plain = Squash(Regex.Replace(markdown, @"\\([\\`*_{}\[\]()<>#+\-.!|~&])", "$1"));
        Assert.Contains(statement, plain);
        Assert.Contains("> **Our verdict:** **False**", markdown);
        Assert.Contains(Squash(Explanation), Squash(markdown));
        Assert.Matches($@"\[{Regex.Escape(SourceTitle)}\]\(<?{Regex.Escape(SourceUrl)}>?\)", markdown);
        Assert.Contains($"“{Passage}”", plain);
        Assert.Contains("| False | 1 |", markdown);

        Assert.Empty(s.Dialogs);
        s.AssertNoBrowserErrors();
    }
}
