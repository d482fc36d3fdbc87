using System.Text.Json;
using FactCheck.Core.Data;

namespace FactCheck.Cli;

/// <summary>
/// Opens the same database the web app uses: <c>--db PATH</c>, else the environment's
/// <c>ConnectionStrings__FactCheck</c>, else <c>ConnectionStrings:FactCheck</c> in the nearest appsettings.json.
/// </summary>
public static class CliDatabase
{
    public static Database Open(string? dbPath)
    {
        var root = FindContentRoot();
        string connectionString;
        if (dbPath is not null)
            connectionString = $"Data Source={Path.GetFullPath(dbPath)}";
        else if (Environment.GetEnvironmentVariable("ConnectionStrings__FactCheck") is { Length: > 0 } fromEnv)
            connectionString = fromEnv;
        else
            connectionString = ReadSetting(root) ?? throw new CommandLineException(
                "no database configured: pass --db PATH or set ConnectionStrings:FactCheck in appsettings.json");
        var db = new Database(connectionString, root ?? Directory.GetCurrentDirectory());
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

    private static string? ReadSetting(string? root)
    {
        if (root is null) return null;
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "appsettings.json")),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return doc.RootElement.TryGetProperty("ConnectionStrings", out var cs) && cs.TryGetProperty("FactCheck", out var v)
            ? v.GetString() : null;
    }
}
