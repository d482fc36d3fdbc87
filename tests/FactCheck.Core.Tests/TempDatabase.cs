using FactCheck.Core.Data;
using FactCheck.Testing;
using Microsoft.Data.Sqlite;

namespace FactCheck.Core.Tests;

/// <summary>
/// A real database for one test, migrated to the latest version unless told otherwise: a SQLite file in a fresh temp
/// folder, or a fresh database on the test run's throwaway PostgreSQL cluster (<see cref="PostgresServer"/>).
/// </summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string? postgresName;

    public TempDatabase(bool migrate = true, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        Folder = Path.Combine(Path.GetTempPath(), "factcheck-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(Folder);
        Path_ = System.IO.Path.Combine(Folder, "test.db");
        if (provider == DatabaseProvider.Postgres)
        {
            var (name, connectionString) = PostgresServer.CreateDatabase(migrated: migrate);
            postgresName = name;
            Db = Database.Postgres(connectionString);
        }
        else
        {
            Db = new Database($"Data Source={Path_}", Folder);
            if (migrate) Migrator.Migrate(Db);
        }
    }

    public string Folder { get; }

    /// <summary>The SQLite file (unused on PostgreSQL).</summary>
    public string Path_ { get; }

    public Database Db { get; }

    public DatabaseProvider Provider => Db.Provider;

    /// <summary>
    /// Runs SQL the database itself must refuse (a trigger guarding an immutable table) and returns the engine's error:
    /// a SqliteException from RAISE(ABORT), or PostgreSQL's restrict_violation from the factcheck_refuse() trigger.
    /// </summary>
    public Exception AssertRefused(Action write)
    {
        if (Provider == DatabaseProvider.Sqlite) return Assert.ThrowsAny<SqliteException>(write);
        var e = Assert.Throws<Npgsql.PostgresException>(write);
        Assert.Equal(Npgsql.PostgresErrorCodes.RestrictViolation, e.SqlState);
        return e;
    }

    public void Dispose()
    {
        Db.Dispose();
        if (postgresName is not null) PostgresServer.Drop(postgresName);
        else SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>A clock that stands still, so that stored times and reports are exact.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
