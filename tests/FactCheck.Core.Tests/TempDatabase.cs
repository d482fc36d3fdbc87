using FactCheck.Core.Data;
using Microsoft.Data.Sqlite;

namespace FactCheck.Core.Tests;

/// <summary>A real SQLite file in a fresh temp folder, migrated to the latest version unless told otherwise.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase(bool migrate = true)
    {
        Folder = Path.Combine(Path.GetTempPath(), "factcheck-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(Folder);
        Path_ = System.IO.Path.Combine(Folder, "test.db");
        Db = new Database($"Data Source={Path_}", Folder);
        if (migrate) Migrator.Migrate(Db);
    }

    public string Folder { get; }

    public string Path_ { get; }

    public Database Db { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>A clock that stands still, so that stored times and reports are exact.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
