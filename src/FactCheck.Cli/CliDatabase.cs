using System.Text.Json;
using FactCheck.Core.Data;

namespace FactCheck.Cli;

/// <summary>
/// Opens the same database the web app uses, read the same way: <c>--db PATH</c> (a SQLite file), else the environment's
/// <c>Database__Provider</c> and <c>ConnectionStrings__FactCheck</c>, else <c>Database:Provider</c> and
/// <c>ConnectionStrings:FactCheck</c> in the nearest appsettings.json. The provider is sqlite unless set to postgres.
/// </summary>
public static class CliDatabase
{
    public static Database Open(string? dbPath)
    {
        var root = FindContentRoot();
        var settings = Settings.Read(root);
        string connectionString;
        string? provider;
        if (dbPath is not null)
            (connectionString, provider) = ($"Data Source={Path.GetFullPath(dbPath)}", "sqlite");
        else
        {
            connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__FactCheck") is { Length: > 0 } fromEnv ? fromEnv
                : settings.ConnectionString ?? throw new CommandLineException(
                    "no database configured: pass --db PATH or set ConnectionStrings:FactCheck in appsettings.json");
            provider = Environment.GetEnvironmentVariable("Database__Provider") is { Length: > 0 } p ? p : settings.Provider;
        }
        Database db;
        try { db = Database.Create(provider, connectionString, root ?? Directory.GetCurrentDirectory()); }
        catch (ArgumentException e) { throw new CommandLineException(e.Message); }
        Migrator.Migrate(db);
        return db;
    }

    private static string? FindContentRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "appsettings.json")))
                    return dir.FullName;
        return null;
    }

    private sealed record Settings(string? Provider, string? ConnectionString)
    {
        public static Settings Read(string? root)
        {
            if (root is null) return new(null, null);
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "appsettings.json")),
                new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var r = doc.RootElement;
            return new(
                r.TryGetProperty("Database", out var d) && d.TryGetProperty("Provider", out var p) ? p.GetString() : null,
                r.TryGetProperty("ConnectionStrings", out var cs) && cs.TryGetProperty("FactCheck", out var v) ? v.GetString() : null);
        }
    }
}
