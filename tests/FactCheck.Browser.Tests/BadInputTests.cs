using FactCheck.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Browser.Tests;

/// <summary>Bad input on /articles/new gets a clear message and saves nothing.</summary>
public sealed class BadInputTests(FactCheckApp app) : BrowserTest(app)
{
    [Fact]
    public async Task EmptyOrBlankTextIsRefusedAndNothingIsSaved()
    {
        await using var s = await App.OpenAsync();
        var page = s.Page;
        var saved = ArticleStore.List().Count;
        await s.GoToAsync("/articles/new");

        await page.GetByTestId("extract").ClickAsync();
        await Expect(page.GetByTestId("import-error")).ToContainTextAsync("empty");

        await PasteAsync(page, "  \n\n \t ");
        await page.GetByTestId("extract").ClickAsync();
        await Expect(page.GetByTestId("import-error")).ToContainTextAsync("The pasted text is empty or only whitespace");

        Assert.EndsWith("/articles/new", page.Url);
        Assert.Equal(saved, ArticleStore.List().Count);
        s.AssertNoBrowserErrors();
    }

    [Theory]
    [InlineData(20 * 1024 * 1024, "20,971,520 characters long; the limit is 2,000,000")]
    [InlineData(2_500_000, "2,500,000 characters long, which is over the limit of 2,000,000")]
    public async Task AHugePasteGetsAClearMessageAndTheConnectionSurvives(int length, string message)
    {
        await using var s = await App.OpenAsync();
        var page = s.Page;
        var saved = ArticleStore.List().Count;
        await s.GoToAsync("/articles/new");
        await page.WaitForSelectorAsync("html[data-paste-guard=ready]", new() { State = WaitForSelectorState.Attached });

        // What a paste of a whole archive does: the box's value changes in one go.
        await page.EvaluateAsync("""
            n => {
                const box = document.querySelector("textarea#article-input");
                box.value = "Flood words here. ".repeat(Math.ceil(n / 18)).slice(0, n);
                box.dispatchEvent(new Event("change", { bubbles: true }));
            }
            """, length);
        await page.GetByTestId("extract").ClickAsync();

        await Expect(page.GetByTestId("import-error")).ToContainTextAsync(message, new() { Timeout = 60_000 });
        Assert.Equal(saved, ArticleStore.List().Count);
        // Still connected: a good article goes through afterwards.
        await PasteAsync(page, TestArticles.Ferry);
        await page.GetByTestId("extract").ClickAsync();
        await WaitForWorkbenchAsync(page);
        Assert.Equal(saved + 1, ArticleStore.List().Count);
        s.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task ALongArticleShowsProgressWhileItIsExtractedAndTheWorkbenchOpens()
    {
        await using var s = await App.OpenAsync();
        var page = s.Page;
        await s.GoToAsync("/articles/new");
        await page.WaitForSelectorAsync("html[data-paste-guard=ready]", new() { State = WaitForSelectorState.Attached });
        // About a megabyte of news: long enough that extraction takes seconds on these machines.
        var paragraph = TestArticles.Ferry.Split("\n\n", 2)[1];
        var text = "Long ferry story\n\n" + string.Join("\n\n", Enumerable.Repeat(paragraph, 1_000_000 / paragraph.Length + 1));
        await page.EvaluateAsync("""
            t => {
                const box = document.querySelector("textarea#article-input");
                box.value = t;
                box.dispatchEvent(new Event("change", { bubbles: true }));
            }
            """, text);
        await page.GetByText(new System.Text.RegularExpressions.Regex(@"^[\d,]+ characters$")).WaitForAsync();
        await page.GetByTestId("extract").ClickAsync();

        await Expect(page.GetByTestId("extract-progress")).ToContainTextAsync("Breaking the article into claims");
        await WaitForWorkbenchAsync(page, TimeSpan.FromSeconds(90));
        s.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task ABinaryFileRenamedTxtIsRefusedWithAMessage()
    {
        await using var s = await App.OpenAsync();
        var page = s.Page;
        var saved = ArticleStore.List().Count;
        await s.GoToAsync("/articles/new");

        // A PNG header and zero bytes: what a photo saved as "article.txt" looks like.
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, .. new byte[512]];
        var file = new FilePayload { Name = "article.txt", MimeType = "text/plain", Buffer = png };
        // Through the button, as a user picks a file. Setting the input's files right after the circuit connects is
        // lost: InputFile wires its input up in a later render, and the page has no signal for that.
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByTestId("upload").ClickAsync());
        Assert.Equal("input", await chooser.Element.EvaluateAsync<string>("e => e.tagName.toLowerCase() + (e.type === 'file' ? '' : '?')"));
        await chooser.SetFilesAsync(file);

        var error = page.GetByTestId("import-error");
        await Expect(error).ToContainTextAsync("article.txt");
        await Expect(error).ToContainTextAsync("not text");
        await Expect(page.Locator("#article-input")).ToHaveValueAsync("");
        await Expect(page.GetByTestId("uploaded-name")).ToHaveCountAsync(0);
        Assert.Equal(saved, ArticleStore.List().Count);

        // The message closes, and the page still works: a good text goes through.
        await PasteAsync(page, TestArticles.Ferry);
        await page.GetByTestId("extract").ClickAsync();
        await WaitForWorkbenchAsync(page);
        await Expect(page.GetByTestId("import-error")).ToHaveCountAsync(0);
        Assert.Equal(saved + 1, ArticleStore.List().Count);
        s.AssertNoBrowserErrors();
    }
}
