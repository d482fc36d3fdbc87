using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Http;

/// <summary>The real app in memory on its own temp SQLite file (or PostgreSQL database: <see cref="PostgresAppFactory"/>), with helpers that sign in the way a browser or a script does.</summary>
public partial class AppFactory : WebApplicationFactory<Program>
{
    public const string Password = "test password 1234";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "factcheck-web-tests", Guid.NewGuid().ToString("n"));

    private string? postgresDatabase;
    private string? postgresConnectionString;

    public string DatabasePath => Path.Combine(folder, "http.db");

    /// <summary>The engine the app runs on: SQLite here, PostgreSQL in <see cref="PostgresAppFactory"/>.</summary>
    public virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <summary>On PostgreSQL, a database another instance also uses (its owner drops it); null: a database of its own.</summary>
    public string? SharedConnectionString { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(folder);
        if (Provider == DatabaseProvider.Postgres)
        {
            // Once per factory: a host derived with WithWebHostBuilder runs this again and must find the same data, as on SQLite.
            if (SharedConnectionString is null && postgresConnectionString is null)
                // The app migrates its database itself.
                (postgresDatabase, postgresConnectionString) = FactCheck.Testing.PostgresServer.CreateDatabase(migrated: false);
            var connectionString = SharedConnectionString ?? postgresConnectionString!;
            builder.UseSetting("Database:Provider", "postgres");
            builder.UseSetting("ConnectionStrings:FactCheck", connectionString);
        }
        else builder.UseSetting("ConnectionStrings:FactCheck", $"Data Source={DatabasePath}");
        builder.UseEnvironment("Production");
    }

    /// <summary>A user with <see cref="Password"/>, made the first time it is asked for.</summary>
    public User EnsureUser(string username, Role role)
    {
        var users = Services.GetRequiredService<UserStore>();
        lock (users) return users.Find(username) ?? users.Create(username, role, Password);
    }

    /// <summary>A client that signed in through the sign-in form (antiforgery token and cookie included), like a browser.</summary>
    public async Task<HttpClient> SignedInClientAsync(string username = "admin", Role role = Role.Admin)
    {
        EnsureUser(username, role);
        var client = CreateClient();
        var form = await client.GetStringAsync("/signin");
        var response = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
            ["_handler"] = "signin",
            ["Input.Username"] = username,
            ["Input.Password"] = Password,
        }));
        response.EnsureSuccessStatusCode();
        Assert.DoesNotContain("signin-error", await response.Content.ReadAsStringAsync());
        return client;
    }

    /// <summary>Where clients send requests: the in-memory server's nominal address, unless the app listens on a real port.</summary>
    protected virtual Uri ClientBaseAddress => new("http://localhost");

    /// <summary>A client that sends an API token of a user with the given role, as automation does.</summary>
    public HttpClient ApiClient(string username = "robot-editor", Role role = Role.Editor)
    {
        var user = EnsureUser(username, role);
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ClientBaseAddress });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Services.GetRequiredService<ApiTokenStore>().Create(user.Id));
        return client;
    }

    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("The page has no antiforgery token.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (postgresDatabase is not null) FactCheck.Testing.PostgresServer.Drop(postgresDatabase);
        try { Directory.Delete(folder, true); } catch (IOException) { }
    }
}
