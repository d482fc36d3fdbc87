using System.Data.Common;
using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;

namespace FactCheck.Core.Data;

/// <summary>
/// Applies the embedded migration scripts numbered above the database's version, each in its own transaction with the
/// record of its number. SQLite's scripts are <c>Migrations/NNNN_name.sql</c> and its version is <c>PRAGMA user_version</c>;
/// PostgreSQL's twins, numbered alike, are <c>Migrations/Postgres/NNNN_name.sql</c>, recorded in the <c>schema_version</c>
/// table. Scripts are never edited once they land.
/// </summary>
public static partial class Migrator
{
    public sealed record Migration(int Number, string Name, string Sql);

    public static IReadOnlyList<Migration> All { get; } = Load(SqliteResource());

    /// <summary>PostgreSQL's twins of <see cref="All"/>: same numbers, same names.</summary>
    public static IReadOnlyList<Migration> Postgres { get; } = Load(PostgresResource());

    public static int LatestVersion => All.Count == 0 ? 0 : All[^1].Number;

    public static IReadOnlyList<Migration> For(DatabaseProvider provider) => provider == DatabaseProvider.Postgres ? Postgres : All;

    /// <summary>Brings the database up to <paramref name="targetVersion"/> (default: latest); returns the migrations applied.</summary>
    public static IReadOnlyList<Migration> Migrate(Database db, int? targetVersion = null) => Apply(db, For(db.Provider), targetVersion);

    internal static IReadOnlyList<Migration> Apply(Database db, IReadOnlyList<Migration> migrations, int? targetVersion = null)
    {
        using var connection = db.Open();
        return db.Provider == DatabaseProvider.Postgres
            ? ApplyPostgres(connection, migrations, targetVersion)
            : ApplySqlite(db, connection, migrations, targetVersion);
    }

    private static List<Migration> ApplySqlite(Database db, DbConnection connection, IReadOnlyList<Migration> migrations, int? targetVersion)
    {
        // WAL lets readers go on while one writer writes; it is a property of the file, set once.
        if (db.FilePath is not null) connection.Execute("PRAGMA journal_mode = WAL;");
        var current = connection.ExecuteScalar<int>("PRAGMA user_version;");
        var applied = new List<Migration>();
        foreach (var migration in Pending(migrations, current, targetVersion))
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

    private static List<Migration> ApplyPostgres(DbConnection connection, IReadOnlyList<Migration> migrations, int? targetVersion)
    {
        // Several instances may start at once: one migrates while the others wait on this session lock, then find nothing to do.
        connection.Execute("SELECT pg_advisory_lock(@key)", new { key = SqlDialect.MigrationLockKey });
        try
        {
            connection.Execute("""
                CREATE TABLE IF NOT EXISTS schema_version (
                    version    INTEGER PRIMARY KEY,
                    name       TEXT NOT NULL,
                    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
                )
                """);
            var applied = new List<Migration>();
            foreach (var migration in Pending(migrations, CurrentPostgres(connection), targetVersion))
            {
                using var tx = connection.BeginTransaction();
                connection.Execute(migration.Sql, transaction: tx);
                connection.Execute("INSERT INTO schema_version (version, name) VALUES (@Number, @Name)", migration, tx);
                tx.Commit();
                applied.Add(migration);
            }
            return applied;
        }
        finally
        {
            connection.Execute("SELECT pg_advisory_unlock(@key)", new { key = SqlDialect.MigrationLockKey });
        }
    }

    private static IEnumerable<Migration> Pending(IReadOnlyList<Migration> migrations, int current, int? targetVersion) =>
        migrations.Where(m => m.Number > current && m.Number <= (targetVersion ?? int.MaxValue));

    public static int CurrentVersion(Database db)
    {
        using var connection = db.Open();
        if (db.Provider == DatabaseProvider.Sqlite) return connection.ExecuteScalar<int>("PRAGMA user_version;");
        return connection.ExecuteScalar<bool>("SELECT to_regclass('schema_version') IS NOT NULL") ? CurrentPostgres(connection) : 0;
    }

    private static int CurrentPostgres(DbConnection connection) =>
        connection.ExecuteScalar<int>("SELECT COALESCE(MAX(version), 0) FROM schema_version");

    private static List<Migration> Load(Regex resourceName)
    {
        var assembly = typeof(Migrator).Assembly;
        var list = new List<Migration>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            var match = resourceName.Match(name);
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
    private static partial Regex SqliteResource();

    [GeneratedRegex(@"\.Migrations\.Postgres\.(\d{4})_(\w+)\.sql$")]
    private static partial Regex PostgresResource();
}
