using FactCheck.Core.Data;
using FactCheck.Core.Extraction;
using FactCheck.Core.Import;
using FactCheck.Core.Reviews;
using FactCheck.Core.Sources;
using MudBlazor.Services;

namespace FactCheck.Web;

/// <summary>All of FactCheck's registrations, so that Program.cs stays short.</summary>
public static class FactCheckServices
{
    public static IServiceCollection AddFactCheck(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorComponents().AddInteractiveServerComponents()
            // A pasted article travels to the server in one message; the importer, not the transport, enforces the limit.
            .AddHubOptions(o => o.MaximumReceiveMessageSize = 32 * 1024 * 1024);
        // A closed or dropped page's circuit is kept only briefly for a reconnect (typing is saved within a second anyway), and
        // only so many are kept at all: each holds its page's state in server memory. Read lazily so that tests can change it.
        services.AddOptions<Microsoft.AspNetCore.Components.Server.CircuitOptions>().Configure(o =>
        {
            o.DisconnectedCircuitRetentionPeriod = TimeSpan.FromSeconds(configuration.GetValue("Circuits:DisconnectedRetentionSeconds", 60));
            o.DisconnectedCircuitMaxRetained = configuration.GetValue("Circuits:MaxDisconnected", 50);
        });
        services.AddSingleton(_ => new FactCheck.Web.Circuits.OpenCircuits(configuration.GetValue("Circuits:MaxPerUser", 20)));
        services.AddScoped<FactCheck.Web.Circuits.CircuitGate>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler>(sp => sp.GetRequiredService<FactCheck.Web.Circuits.CircuitGate>());
        services.AddScoped<FactCheck.Web.Circuits.CircuitConnection>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, FactCheck.Web.Circuits.ConnectionWatcher>();
        services.AddMudServices(ToastSettings.Apply);
        services.AddOpenApi();
        services.AddProblemDetails();
        services.AddSingleton(TimeProvider.System);
        // Read lazily so that tests (and command-line overrides) can change the setting before first use.
        services.AddSingleton(sp =>
        {
            var env = sp.GetRequiredService<IWebHostEnvironment>();
            var connectionString = configuration.GetConnectionString("FactCheck")
                ?? throw new InvalidOperationException("Set ConnectionStrings:FactCheck in appsettings.json, e.g. \"Data Source=data/factcheck.db\".");
            // Database:Provider is sqlite (the default: a file, no set-up) or postgres (several instances on one server).
            return Database.Create(configuration["Database:Provider"], connectionString, env.ContentRootPath);
        });
        services.AddSingleton(sp => configuration.GetSection("Import").Get<ImportLimits>() ?? new ImportLimits());
        services.AddSingleton(sp => configuration.GetSection("Publisher").Get<FactCheck.Core.Exports.PublisherSettings>() ?? new());
        services.AddSingleton<ArticleStore>();
        services.AddSingleton<ClaimStore>();
        services.AddSingleton<EvidenceStore>();
        services.AddSingleton<SourceStore>();
        services.AddSingleton<SearchStore>();
        services.AddSingleton<IClaimExtractor, ClaimExtractor>();
        services.AddSingleton<SnapshotStore>();
        // Fetching a private, loopback, link-local or other special-purpose address, or this server's own, is refused unless Sources:AllowPrivateNetworks is true.
        services.AddSingleton(sp => new SourceFetcher(new SourceFetchOptions
        {
            AllowPrivateNetworks = configuration.GetValue<bool>("Sources:AllowPrivateNetworks"),
        }, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<SourceArchive>();
        services.AddSingleton<ChangeHub>();
        // Several instances on one PostgreSQL database: shared Data Protection keys, changes and presence through LISTEN/NOTIFY.
        FactCheck.Web.Instances.InstanceServices.AddFactCheckInstances(services);
        services.AddSingleton<UserStore>();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<ApiTokenStore>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<FactCheck.Core.Data.ReportVersionStore>();
        // Reads the scale as it is now: an administrator's change applies to the next page or request.
        services.AddTransient<FactCheck.Core.Reports.ReportPublisher>();
        services.AddSingleton<CommentStore>();
        services.AddSingleton<VerdictScaleStore>();
        services.AddSingleton<ReviewWorkflow>();
        services.AddSingleton<ArticleIntake>();
        services.AddSingleton<WebArticleIntake>();
        services.AddSingleton<ArticleTextCache>();
        services.AddSingleton<ClaimSummaryPool>();
        // Earlier checks: the embedding model loads on first use (a second or two) and is shared by every request.
        services.AddSingleton(_ => FactCheck.Core.Matching.SentenceEmbedder.Instance);
        services.AddSingleton<ClaimReviewStore>();
        services.AddSingleton<OwnVerdictStore>();
        services.AddSingleton<FactCheck.Core.Matching.EarlierCheckIndex>();
        services.AddSingleton<FactCheck.Core.ClaimReviews.PendingEmbeddingWorker>();
        // A large import is stored at once and embedded here, off every request and page.
        services.AddHostedService<EmbeddingService>();
        services.AddSingleton<FactCheck.Core.ClaimReviews.ClaimReviewImporter>();
        services.AddSingleton<FactCheck.Core.Matching.EarlierCheckFinder>();
        services.AddSingleton<EarlierCheckCitations>();
        services.AddSingleton<FactCheckCatalog>();
        services.AddTransient(sp => sp.GetRequiredService<VerdictScaleStore>().Current());
        // What one open workbench shows, shared by its panels: per circuit, emptied when the page closes.
        services.AddScoped<FactCheck.Web.Components.Pages.Workbench.WorkbenchState>();
        return services;
    }

    /// <summary>Before the app starts: migrations, then (on PostgreSQL) the Data Protection key every instance shares.</summary>
    public static void PrepareFactCheckDatabase(this IServiceProvider services)
    {
        Migrator.Migrate(services.GetRequiredService<Database>());
        services.GetRequiredService<FactCheck.Web.Instances.SharedKey>().Ensure();
    }
}
