using System.Net;
using FactCheck.Browser.Tests.Infrastructure;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Reviews;
using FactCheck.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.Browser.Tests;

/// <summary>Two app instances (real Kestrel servers) on one PostgreSQL database, each with its own Chromium session.</summary>
public sealed class TwoInstanceTests : IAsyncLifetime
{
    private string database = "";
    private readonly List<WebApplicationFactory<Program>> instances = [];
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async ValueTask InitializeAsync()
    {
        Assert.SkipUnless(Chromium.Found, Chromium.Missing);
        PostgresServer.RequireOrSkip();
        string connectionString;
        (database, connectionString) = PostgresServer.CreateDatabase(migrated: false);
        for (var i = 0; i < 2; i++)
        {
            var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
                .UseSetting("Database:Provider", "postgres")
                .UseSetting("ConnectionStrings:FactCheck", connectionString));
            factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
            factory.StartServer();
            instances.Add(factory);
        }
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path, Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        foreach (var f in instances) await f.DisposeAsync();
        if (database.Length > 0) PostgresServer.Drop(database);
    }

    private string Url(int instance) =>
        instances[instance].Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');

    private async Task<BrowserSession> OpenAsync(int instance, string username)
    {
        var users = instances[0].Services.GetRequiredService<UserStore>();
        lock (users) { if (users.Find(username) is null) users.Create(username, Role.Reviewer, FactCheckApp.Password); }
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = Url(instance), ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        context.SetDefaultTimeout(20_000);
        var session = new BrowserSession(context, await context.NewPageAsync());
        await session.SignInAsync(username, FactCheckApp.Password);
        return session;
    }

    private static async Task OpenWorkbenchAsync(BrowserSession s, string url)
    {
        await s.GoToAsync(url);
        await s.Page.Locator("div#article-text mark").First.WaitForAsync();
        await s.Page.GetByTestId("claim-item").First.WaitForAsync();
    }

    [Fact]
    public async Task A_verdict_saved_on_one_instance_appears_live_on_the_other_and_presence_crosses_instances()
    {
        var articleId = instances[0].Services.GetRequiredService<ArticleIntake>().Import(new ArticleDraft { Text = TestArticles.Ferry, Title = TestArticles.FerryTitle });
        await using var ana = await OpenAsync(0, "ana");
        await using var ben = await OpenAsync(1, "ben");
        await OpenWorkbenchAsync(ana, $"/articles/{articleId}");
        await OpenWorkbenchAsync(ben, $"/articles/{articleId}");

        await Expect(ana.Page.GetByTestId("viewers")).ToContainTextAsync("1 other reviewer has this article open: ben");
        await Expect(ben.Page.GetByTestId("viewers")).ToContainTextAsync("1 other reviewer has this article open: ana");

        await ana.Page.Locator("[data-testid=verdict-picker] button[data-verdict='Mostly false']").ClickAsync();
        await Expect(ana.Page.GetByTestId("claim-item").First.GetByTestId("claim-verdict")).ToHaveTextAsync("Mostly false");
        await Expect(ben.Page.GetByTestId("claim-item").First.GetByTestId("claim-verdict")).ToHaveTextAsync("Mostly false");
        await Expect(ben.Page.Locator("[data-testid=verdict-picker] button[data-verdict='Mostly false']")).ToHaveAttributeAsync("aria-checked", "true");

        await ana.Page.GotoAsync("/");
        await Expect(ben.Page.GetByTestId("viewers")).ToHaveCountAsync(0);
        ana.AssertNoBrowserErrors();
        ben.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task A_sign_in_on_one_instance_works_on_the_other()
    {
        var articleId = instances[0].Services.GetRequiredService<ArticleIntake>().Import(new ArticleDraft { Text = TestArticles.Ferry, Title = TestArticles.FerryTitle });
        await using var ana = await OpenAsync(0, "ana");

        // Same browser, same cookie, the other instance: the workbench opens and the circuit connects, no sign-in page.
        await OpenWorkbenchAsync(ana, $"{Url(1)}/articles/{articleId}");

        Assert.StartsWith(Url(1), ana.Page.Url);
        Assert.DoesNotContain("/signin", ana.Page.Url);
        ana.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task Saves_on_both_instances_from_the_same_version_give_one_save_and_one_conflict_dialog()
    {
        var intake = instances[0].Services.GetRequiredService<ArticleIntake>();
        var claims = instances[1].Services.GetRequiredService<ClaimStore>();
        var articleId = intake.Import(new ArticleDraft { Text = TestArticles.Ferry, Title = TestArticles.FerryTitle });
        var claim = claims.ListByArticle(articleId)[0];
        await using var ana = await OpenAsync(0, "ana");
        await using var ben = await OpenAsync(1, "ben");
        await OpenWorkbenchAsync(ana, $"/articles/{articleId}");
        await OpenWorkbenchAsync(ben, $"/articles/{articleId}");

        await Task.WhenAll(
            ana.Page.Locator("#claim-explanation").FillAsync("Ana: the timetable lists two routes."),
            ben.Page.Locator("#claim-explanation").FillAsync("Ben: the council minutes list one route."));

        var anaDialog = ana.Page.GetByTestId("conflict-dialog");
        var benDialog = ben.Page.GetByTestId("conflict-dialog");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await anaDialog.IsVisibleAsync() && !await benDialog.IsVisibleAsync())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(20), "Neither instance showed the conflict dialog.");
            await Task.Delay(100);
        }
        var loser = await anaDialog.IsVisibleAsync() ? ana : ben;
        var winner = ReferenceEquals(loser, ana) ? ben : ana;
        await Expect(winner.Page.GetByTestId("conflict-dialog")).ToHaveCountAsync(0);
        var dialog = loser.Page.GetByTestId("conflict-dialog");
        await Expect(dialog).ToContainTextAsync("Ana: the timetable lists two routes.");
        await Expect(dialog).ToContainTextAsync("Ben: the council minutes list one route.");
        Assert.Equal(claim.Version + 1, claims.Get(claim.Id)!.Version);

        await loser.Page.GetByTestId("keep-mine").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        var mine = ReferenceEquals(loser, ana) ? "Ana: the timetable lists two routes." : "Ben: the council minutes list one route.";
        await Expect(winner.Page.Locator("#claim-explanation")).ToHaveValueAsync(mine);
        Assert.Equal(mine, claims.Get(claim.Id)!.Explanation);
        ana.AssertNoBrowserErrors();
        ben.AssertNoBrowserErrors();
    }
}
