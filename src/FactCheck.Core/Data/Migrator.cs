using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;

namespace FactCheck.Core.Data;

/// <summary>
/// Applies the embedded <c>Migrations/NNNN_name.sql</c> scripts numbered above the database's
/// <c>PRAGMA user_version</c>, each in its own transaction. Scripts are never edited once they land.
/// </summary>
public static partial class Migrator
{
    public sealed record Migration(int Number, string Name, string Sql);

    public static IReadOnlyList<Migration> All { get; } = Load();

    public static int LatestVersion => All.Count == 0 ? 0 : All[^1].Number;

    /// <summary>Brings the database up to <paramref name="targetVersion"/> (default: latest); returns the migrations applied.</summary>
    public static IReadOnlyList<Migration> Migrate(Database db, int? targetVersion = null) => Apply(db, All, targetVersion);

    internal static IReadOnlyList<Migration> Apply(Database db, IReadOnlyList<Migration> migrations, int? targetVersion = null)
    {
        using var connection = db.Open();
        // WAL lets readers go on while one writer writes; it is a property of the file, set once.
        if (db.FilePath is not null) connection.Execute("PRAGMA journal_mode = WAL;");
        var current = connection.ExecuteScalar<int>("PRAGMA user_version;");
        var applied = new List<Migration>();
        foreach (var migration in migrations.Where(m => m.Number > current && m.Number <= (targetVersion ?? int.MaxValue)))
        {
            using var tx = Database.BeginWrite(connection);
            connection.Execute(migration.Sql, transaction: tx);
            // PRAGMA takes no parameters; Number is an int parsed from our own resource name.
            connection.Execute($"PRAGMA user_version = {migration.Number};", transaction: tx);
            tx.Commit();
            applied.Add(migration);
        }
        return applied;
    }

    public static int CurrentVersion(Database db)
    {
        using var connection = db.Open();
        return connection.ExecuteScalar<int>("PRAGMA user_version;");
    }

    private static List<Migration> Load()
    {
        var assembly = typeof(Migrator).Assembly;
        var list = new List<Migration>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            var match = ResourceName().Match(name);
            if (!match.Success) continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            list.Add(new Migration(int.Parse(match.Groups[1].Value), match.Groups[2].Value, reader.ReadToEnd()));
        }
        list.Sort((a, b) => a.Number.CompareTo(b.Number));
        for (var i = 0; i < list.Count; i++)
            if (list[i].Number != i + 1)
                throw new InvalidOperationException($"Migrations must be numbered 1, 2, 3...; found {list[i].Number} at position {i + 1}.");
        return list;
    }

    [GeneratedRegex(@"\.Migrations\.(\d{4})_(\w+)\.sql$")]
    private static partial Regex ResourceName();
}
