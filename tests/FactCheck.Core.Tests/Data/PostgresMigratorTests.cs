using Dapper;
using FactCheck.Core.Data;

namespace FactCheck.Core.Tests.Data;

/// <summary>PostgreSQL's migrations: twins of SQLite's, each applied once in its own transaction with a schema_version row.</summary>
public class PostgresMigratorTests
{
    [Fact]
    public void Every_sqlite_migration_has_a_postgres_twin_with_the_same_number_and_name()
    {
        // A new SQLite migration (0013...) needs its PostgreSQL twin in Data/Migrations/Postgres/ before it can land.
        Assert.Equal(Migrator.All.Select(m => $"{m.Number:0000}_{m.Name}"), Migrator.Postgres.Select(m => $"{m.Number:0000}_{m.Name}"));
    }

    [Fact]
    public void Fresh_database_is_migrated_and_each_script_is_recorded_once()
    {
        using var temp = new TempDatabase(migrate: false, provider: DatabaseProvider.Postgres);
        Assert.Equal(0, Migrator.CurrentVersion(temp.Db));

        var applied = Migrator.Migrate(temp.Db);

        Assert.Equal(Migrator.Postgres.Select(m => m.Number), applied.Select(m => m.Number));
        Assert.Equal(Migrator.LatestVersion, Migrator.CurrentVersion(temp.Db));
        Assert.Empty(Migrator.Migrate(temp.Db));
        using var c = temp.Db.Open();
        var recorded = c.Query<(int Version, string Name)>("SELECT version, name FROM schema_version ORDER BY version").ToList();
        Assert.Equal(Migrator.Postgres.Select(m => (m.Number, m.Name)), recorded);
    }

    [Fact]
    public void Two_instances_starting_at_once_apply_each_script_once()
    {
        using var temp = new TempDatabase(migrate: false, provider: DatabaseProvider.Postgres);
        using var second = Database.Postgres(temp.Db.ConnectionString);

        var runs = new[] { temp.Db, second }.AsParallel().Select(db => Migrator.Migrate(db).Count).ToList();

        Assert.Equal(Migrator.LatestVersion, runs.Sum());
        using var c = temp.Db.Open();
        Assert.Equal(Migrator.LatestVersion, c.ExecuteScalar<int>("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public void An_earlier_database_is_upgraded_and_keeps_its_data()
    {
        using var temp = new TempDatabase(migrate: false, provider: DatabaseProvider.Postgres);
        Migrator.Migrate(temp.Db, targetVersion: 5);
        using (var c = temp.Db.Open())
            c.Execute("INSERT INTO articles (title, text, created_at, updated_at) VALUES ('Old article', 'Text.', '2026-01-01 00:00:00+00:00', '2026-01-01 00:00:00+00:00')");

        var applied = Migrator.Migrate(temp.Db);

        Assert.Equal(Enumerable.Range(6, Migrator.LatestVersion - 5), applied.Select(m => m.Number));
        using var after = temp.Db.Open();
        Assert.Equal("Old article", after.ExecuteScalar<string>("SELECT title FROM articles"));
    }

    [Fact]
    public void A_failing_migration_is_rolled_back_whole_and_the_version_stays()
    {
        using var temp = new TempDatabase(migrate: false, provider: DatabaseProvider.Postgres);
        var migrations = Migrator.Postgres.Append(new Migrator.Migration(Migrator.LatestVersion + 1, "broken",
            "CREATE TABLE half_done (id INTEGER); INSERT INTO no_such_table VALUES (1);")).ToList();

        Assert.Throws<Npgsql.PostgresException>(() => Migrator.Apply(temp.Db, migrations));

        Assert.Equal(Migrator.LatestVersion, Migrator.CurrentVersion(temp.Db));
        using var c = temp.Db.Open();
        Assert.False(c.ExecuteScalar<bool>("SELECT to_regclass('half_done') IS NOT NULL"));
    }

    [Fact]
    public void The_audit_trail_snapshots_and_published_reports_refuse_truncate_too()
    {
        using var temp = new TempDatabase(provider: DatabaseProvider.Postgres);
        using var c = temp.Db.Open();
        foreach (var table in new[] { "audit_log", "snapshots", "report_versions" })
            temp.AssertRefused(() => c.Execute($"TRUNCATE {table} CASCADE"));
    }

    [Fact]
    public void Usernames_and_verdict_labels_compare_without_regard_to_case_like_on_sqlite()
    {
        using var temp = new TempDatabase(provider: DatabaseProvider.Postgres);
        var users = new UserStore(temp.Db, TimeProvider.System);
        users.Create("Ana.Ruiz", FactCheck.Core.Accounts.Role.Editor, "a long enough password");

        Assert.Equal("Ana.Ruiz", users.Find("ana.ruiz")?.Username);
        Assert.Throws<ArgumentException>(() => users.Create("ANA.RUIZ", FactCheck.Core.Accounts.Role.Editor, "a long enough password"));
    }
}
