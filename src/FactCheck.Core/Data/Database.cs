using System.Data;
using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FactCheck.Core.Data;

/// <summary>Which engine holds the data: embedded SQLite (the default, no set-up) or a shared PostgreSQL server.</summary>
public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>
/// Opens connections to the FactCheck database: one per operation, pooled by the provider. SQLite is a file next to
/// the app; PostgreSQL lets several app instances share one database.
/// </summary>
public sealed class Database : IDisposable
{
    static Database() => DapperSetup.Configure();

    private readonly NpgsqlDataSource? postgres;

    /// <summary>A SQLite database.</summary>
    /// <param name="connectionString">e.g. <c>Data Source=data/factcheck.db</c>; a relative file is resolved against <paramref name="baseDirectory"/>.</param>
    public Database(string connectionString, string baseDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.DataSource))
            throw new ArgumentException("The connection string names no database file (Data Source=...).", nameof(connectionString));
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.GetFullPath(builder.DataSource, baseDirectory);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
            FilePath = path;
        }
        builder.ForeignKeys = true;
        builder.DefaultTimeout = 30;
        builder.Pooling = true;
        ConnectionString = builder.ToString();
        Provider = DatabaseProvider.Sqlite;
    }

    private Database(NpgsqlDataSource dataSource)
    {
        postgres = dataSource;
        ConnectionString = dataSource.ConnectionString;
        Provider = DatabaseProvider.Postgres;
    }

    /// <summary>A PostgreSQL database, e.g. <c>Host=db;Database=factcheck;Username=factcheck;Password=...</c>.</summary>
    public static Database Postgres(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try { builder = new NpgsqlConnectionStringBuilder(connectionString); }
        catch (ArgumentException e) { throw new ArgumentException($"The PostgreSQL connection string is not valid: {e.Message}", nameof(connectionString)); }
        if (string.IsNullOrWhiteSpace(builder.Host))
            throw new ArgumentException("The PostgreSQL connection string names no server (Host=...).", nameof(connectionString));
        // Names the instances in pg_stat_activity, so that an administrator can tell FactCheck's connections apart.
        builder.ApplicationName ??= "FactCheck";
        return new Database(NpgsqlDataSource.Create(builder));
    }

    /// <summary>The database named by the settings <c>Database:Provider</c> (sqlite or postgres) and <c>ConnectionStrings:FactCheck</c>.</summary>
    public static Database Create(string? provider, string connectionString, string baseDirectory) => ParseProvider(provider) switch
    {
        DatabaseProvider.Postgres => Postgres(connectionString),
        _ => new Database(connectionString, baseDirectory),
    };

    public static DatabaseProvider ParseProvider(string? provider) => provider?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        _ => throw new ArgumentException($"Database:Provider is '{provider}': use 'sqlite' (the default) or 'postgres'.", nameof(provider)),
    };

    public DatabaseProvider Provider { get; }

    /// <summary>The few places where the engines' SQL differs.</summary>
    public SqlDialect Dialect => Provider == DatabaseProvider.Postgres ? SqlDialect.Postgres : SqlDialect.Sqlite;

    public string ConnectionString { get; }

    /// <summary>The SQLite file; null for PostgreSQL or an in-memory database.</summary>
    public string? FilePath { get; }

    public DbConnection Open()
    {
        if (postgres is not null) return postgres.OpenConnection();
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        // Writers wait for each other instead of failing with "database is locked".
        connection.Execute("PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;");
        return connection;
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (postgres is not null) return await postgres.OpenConnectionAsync(cancellationToken);
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;");
        return connection;
    }

    /// <summary>
    /// Begins a write transaction. SQLite takes its one write lock at once (no deadlock on upgrade), so everything a
    /// store checks inside the transaction holds when it commits. PostgreSQL starts a read-committed transaction and
    /// takes no lock: each store locks what its checks read, in its own SQL (<see cref="SqlDialect.ForUpdate"/>,
    /// <see cref="SqlDialect.ForShare"/>, <see cref="SqlDialect.Lock"/>), so that saves on different claims of any
    /// instance go on side by side and only writers of the same row (or the same account, scale...) take turns.
    /// </summary>
    public static DbTransaction BeginWrite(DbConnection connection) =>
        connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(IsolationLevel.Serializable, deferred: false)
            : connection.BeginTransaction(IsolationLevel.ReadCommitted);

    public void Dispose() => postgres?.Dispose();
}
