using Bunit;
using Bunit.TestDoubles;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Extraction;
using FactCheck.Core.Import;
using FactCheck.Core.Reviews;
using FactCheck.Web.Auth;
using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace FactCheck.Web.Tests;

/// <summary>bUnit with MudBlazor and FactCheck's real stores on a temp SQLite file.</summary>
public abstract class WorkbenchTestContext : BunitContext
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "factcheck-web-tests", Guid.NewGuid().ToString("n"));

    protected WorkbenchTestContext()
    {
        Directory.CreateDirectory(folder);
        Db = new Database($"Data Source={Path.Combine(folder, "web.db")}", folder);
        Migrator.Migrate(Db);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(Db);
        Services.AddSingleton<ArticleStore>();
        Services.AddSingleton<ClaimStore>();
        Services.AddSingleton<EvidenceStore>();
        Services.AddSingleton<SourceStore>();
        Services.AddSingleton<SearchStore>();
        Services.AddSingleton<SnapshotStore>();
        Services.AddSingleton(new FactCheck.Core.Sources.SourceFetcher(new FactCheck.Core.Sources.SourceFetchOptions { AllowPrivateNetworks = true }));
        Services.AddSingleton<FactCheck.Core.Sources.SourceArchive>();
        Services.AddSingleton<ReportVersionStore>();
        Services.AddSingleton<ChangeHub>();
        Services.AddSingleton<AuditLog>();
        Services.AddSingleton<FactCheck.Core.Reports.ReportPublisher>();
        Services.AddSingleton<IClaimExtractor, ClaimExtractor>();
        Services.AddSingleton<ArticleIntake>();
        Services.AddSingleton<WebArticleIntake>();
        Services.AddSingleton<ArticleTextCache>();
        Services.AddSingleton<ClaimSummaryPool>();
        Services.AddSingleton(new ImportLimits());
        Services.AddSingleton(VerdictScale.Default);
        Services.AddSingleton<UserStore>();
        Services.AddSingleton<SessionStore>();
        Services.AddSingleton<ApiTokenStore>();
        Services.AddSingleton<CommentStore>();
        Services.AddSingleton<VerdictScaleStore>();
        Services.AddSingleton<ReviewWorkflow>();
        Services.AddSingleton(new FactCheck.Core.Exports.PublisherSettings());
        Services.AddSingleton(_ => FactCheck.Core.Matching.SentenceEmbedder.Instance);
        Services.AddSingleton<ClaimReviewStore>();
        Services.AddSingleton<OwnVerdictStore>();
        Services.AddSingleton<FactCheck.Core.Matching.EarlierCheckIndex>();
        Services.AddSingleton<FactCheck.Core.Matching.EarlierCheckFinder>();
        Services.AddSingleton<EarlierCheckCitations>();
        Services.AddScoped<CurrentUser>();
        Services.AddScoped<FactCheck.Web.Circuits.CircuitConnection>();
        Services.AddScoped<FactCheck.Web.Components.Pages.Workbench.WorkbenchState>();
        Auth = AddAuthorization();
        SignIn("editor", Role.Editor);
    }

    protected BunitAuthorizationContext Auth { get; }

    /// <summary>Who the rendered components see as signed in: a real user in the test database.</summary>
    protected User SignIn(string username, Role role)
    {
        var users = Services.GetRequiredService<UserStore>();
        var user = users.Find(username) ?? users.Create(username, role, "test password 1234");
        Auth.SetAuthorized(user.Username);
        Auth.SetRoles(user.Role.ToString());
        Auth.SetClaims(
            new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new System.Security.Claims.Claim(UserPrincipal.SessionClaim, Services.GetRequiredService<SessionStore>().Start(user.Id)));
        return user;
    }

    protected Database Db { get; }

    protected ArticleStore Articles => Services.GetRequiredService<ArticleStore>();

    protected ClaimStore Claims => Services.GetRequiredService<ClaimStore>();

    protected EvidenceStore Evidence => Services.GetRequiredService<EvidenceStore>();

    /// <summary>The project's own little story: a quote, reported speech, a figure with a qualifier, a relative date.</summary>
    public const string Story = """
        Harbor bridge to close for repairs

        PORT LYALL, May 4 (Coastline Wire)--The Harbor Bridge will close for at least 14 weeks starting on Monday, the transport department said.

        "We cannot keep patching it," said Transport Commissioner Dana Okafor. She added that repairs would cost about $48 million.
        """;

    protected long ImportStory() =>
        Services.GetRequiredService<ArticleIntake>().Import(new ArticleDraft { Text = Story, Outlet = "Coastline Wire", Published = new DateOnly(2026, 5, 4) });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, true); } catch (IOException) { }
    }

    /// <summary>
    /// Waits until the earlier checks of the opened claim — searched off the render thread once the claim is shown — are
    /// on the page, and until the render that put them there has finished. bUnit's synchronous Click/Change/TriggerEvent
    /// only queue their event while the renderer's dispatcher is busy with such a background render, so a test must not
    /// act before it is over. Call it after opening the page and after anything that opens another claim or changes the
    /// opened claim's wording (each starts a new search).
    /// </summary>
    protected static IRenderedComponent<TComponent> Settled<TComponent>(IRenderedComponent<TComponent> cut) where TComponent : IComponent
    {
        cut.WaitForAssertion(() =>
        {
            // Every claim editor has its panel, and every panel shows the finished search of its own claim.
            Assert.Equal(cut.FindAll("[data-testid=claim-editor]").Count, cut.FindAll("[data-testid=claim-editor] [data-testid=earlier-checks]").Count);
            Assert.All(cut.FindAll("[data-testid=earlier-checks]"), e =>
            {
                Assert.False(string.IsNullOrEmpty(e.GetAttribute("data-claim")));
                Assert.Equal(e.GetAttribute("data-claim"), e.GetAttribute("data-searched"));
            });
        }, TimeSpan.FromSeconds(60));
        // The check above runs as the render lands, while the dispatcher may still be finishing that work item: a no-op
        // queued behind it returns once the dispatcher is free.
        cut.InvokeAsync(() => { }).GetAwaiter().GetResult();
        return cut;
    }
}
