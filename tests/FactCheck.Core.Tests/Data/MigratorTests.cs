using Dapper;
using FactCheck.Core.Data;

namespace FactCheck.Core.Tests.Data;

public class MigratorTests
{
    [Fact]
    public void Fresh_database_is_migrated_to_the_latest_version_with_wal_and_foreign_keys()
    {
        using var temp = new TempDatabase(migrate: false);
        var applied = Migrator.Migrate(temp.Db);

        Assert.Equal(Migrator.All.Select(m => m.Number), applied.Select(m => m.Number));
        Assert.Equal(Migrator.LatestVersion, Migrator.CurrentVersion(temp.Db));
        using var c = temp.Db.Open();
        Assert.Equal("wal", c.ExecuteScalar<string>("PRAGMA journal_mode;"));
        Assert.Equal(1, c.ExecuteScalar<int>("PRAGMA foreign_keys;"));
        Assert.Equal(10000, c.ExecuteScalar<int>("PRAGMA busy_timeout;"));
        Assert.True(File.Exists(temp.Path_));
    }

    [Fact]
    public void Migrating_twice_applies_nothing_the_second_time()
    {
        using var temp = new TempDatabase();
        Assert.Empty(Migrator.Migrate(temp.Db));
    }

    [Fact]
    public void Database_created_by_an_earlier_migration_is_upgraded_and_keeps_its_data()
    {
        using var temp = new TempDatabase(migrate: false);
        Migrator.Migrate(temp.Db, targetVersion: 1);
        Assert.Equal(1, Migrator.CurrentVersion(temp.Db));
        using (var c = temp.Db.Open())
            c.Execute("INSERT INTO articles (title, text, created_at, updated_at) VALUES ('Old article', 'Text.', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");

        var applied = Migrator.Migrate(temp.Db);

        Assert.Equal(Enumerable.Range(2, Migrator.LatestVersion - 1), applied.Select(m => m.Number));
        using var after = temp.Db.Open();
        Assert.Equal("Old article", after.ExecuteScalar<string>("SELECT title FROM articles"));
        Assert.Equal(1, after.ExecuteScalar<int>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'ix_articles_title'"));
    }

    [Fact]
    public void A_failing_migration_is_rolled_back_whole_and_the_version_stays()
    {
        using var temp = new TempDatabase(migrate: false);
        var migrations = Migrator.All.Append(new Migrator.Migration(Migrator.LatestVersion + 1, "broken",
            "CREATE TABLE half_done (id INTEGER); INSERT INTO no_such_table VALUES (1);")).ToList();

        Assert.ThrowsAny<Microsoft.Data.Sqlite.SqliteException>(() => Migrator.Apply(temp.Db, migrations));

        Assert.Equal(Migrator.LatestVersion, Migrator.CurrentVersion(temp.Db));
        using var c = temp.Db.Open();
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_done'"));
    }

    [Fact]
    public void Relative_database_path_is_resolved_against_the_base_folder_and_created()
    {
        var folder = Path.Combine(Path.GetTempPath(), "factcheck-tests", Guid.NewGuid().ToString("n"));
        try
        {
            var db = new Database("Data Source=data/nested/fc.db", folder);
            Migrator.Migrate(db);
            Assert.Equal(Path.Combine(folder, "data", "nested", "fc.db"), db.FilePath);
            Assert.True(File.Exists(db.FilePath));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, true);
        }
    }
}
