using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace FactCheck.Browser.Tests.Infrastructure;

/// <summary>Runs axe-core on the page as it is now and fails on every serious or critical violation, listed readably.</summary>
public static class AxeCheck
{
    private static readonly HashSet<string> Failing = ["serious", "critical"];

    /// <param name="page">The page, loaded and interactive, in the state to check (a claim open, a menu shown...).</param>
    /// <param name="what">What the page is, for the failure message.</param>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string what)
    {
        // A menu or dialog still fading in has text at part opacity, which axe reads as low contrast: check the page
        // as it settles, once no animation or transition that ends is running (a spinner's endless one never does).
        await page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity)");
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => Failing.Contains(v.Impact ?? "")).ToList();
        Assert.True(serious.Count == 0, $"axe found {serious.Count} serious or critical violation(s) on {what} ({page.Url}):\n"
            + string.Join("\n", serious.Select(Describe)));
    }

    private static string Describe(AxeResultItem v) =>
        $"- {v.Id} ({v.Impact}): {v.Help}\n"
        + string.Join("\n", v.Nodes.Select(n => $"    {n.Target}  {Shorten(n.Html)}"));

    private static string Shorten(string? html) =>
        html is null ? "" : html.Length <= 160 ? html : html[..160] + "…";
}
