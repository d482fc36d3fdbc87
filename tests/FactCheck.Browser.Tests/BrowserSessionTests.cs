using FactCheck.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Browser.Tests;

/// <summary>The end-of-test check is only worth something if it fails when the browser reports a problem.</summary>
public sealed class BrowserSessionTests(FactCheckApp app) : BrowserTest(app)
{
    [Fact]
    public async Task ConsoleErrorsUncaughtExceptionsAndFailedRequestsFailTheCheck()
    {
        await using var s = await App.OpenAsync();
        await s.GoToAsync("/");
        await Expect(s.Page.GetByTestId("new-article")).ToBeVisibleAsync();
        s.AssertNoBrowserErrors();

        await s.Page.EvaluateAsync("""
            () => {
                console.error("collector check");
                setTimeout(() => { throw new Error("uncaught check"); });
                fetch("/no-such-file.js").catch(() => {});
            }
            """);
        // The events arrive asynchronously: wait for them, up to the usual timeout.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (s.Problems.Count < 3 && DateTime.UtcNow < deadline)
            await s.Page.WaitForFunctionAsync("() => new Promise(r => requestAnimationFrame(() => r(true)))");

        var failure = Assert.ThrowsAny<Exception>(s.AssertNoBrowserErrors);
        Assert.Contains("console error: collector check", failure.Message);
        Assert.Contains("uncaught check", failure.Message);
        Assert.Contains("HTTP 404: GET " + App.BaseUrl + "/no-such-file.js", failure.Message);
    }
}
