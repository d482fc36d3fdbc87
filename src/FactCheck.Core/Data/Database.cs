using System.Data;
using Dapper;
using Microsoft.Data.Sqlite;

namespace FactCheck.Core.Data;

/// <summary>Opens connections to the FactCheck SQLite database: one per operation, pooled by the provider.</summary>
public sealed class Database
{
    static Database() => DapperSetup.Configure();

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
    }

    public string ConnectionString { get; }

    public string? FilePath { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        // Writers wait for each other instead of failing with "database is locked".
        connection.Execute("PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;");
        return connection;
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;");
        return connection;
    }

    /// <summary>Begins a transaction that takes the write lock at once, so two writers never deadlock on upgrade.</summary>
    public static SqliteTransaction BeginWrite(SqliteConnection connection) =>
        connection.BeginTransaction(IsolationLevel.Serializable, deferred: false);
}
