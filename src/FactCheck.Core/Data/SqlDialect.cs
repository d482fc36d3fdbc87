namespace FactCheck.Core.Data;

/// <summary>
/// Where FactCheck's SQL differs between SQLite and PostgreSQL. Everything else is written once, in the stores, and runs
/// on both:
/// <list type="bullet">
/// <item>Upserts: <c>INSERT ... ON CONFLICT (key) DO UPDATE SET x = excluded.x</c> means the same on both.</item>
/// <item>Returning ids: <c>INSERT ... RETURNING id</c> on both (ids are <c>INTEGER PRIMARY KEY</c> / identity columns).</item>
/// <item>Dates and times: calendar dates are YYYY-MM-DD text on both; points in time are text on SQLite and timestamptz on PostgreSQL (migration 0014), written and read in one form by <see cref="StoredTime"/> (PostgreSQL gets the text untyped, so the column types it).</item>
/// <item>Yes/no values: 0 or 1 in an integer column on both.</item>
/// <item>Case-insensitive names: <c>COLLATE NOCASE</c> on both (a PostgreSQL ICU collation of that name, made by migration 0001).</item>
/// <item>Locking: <see cref="Database.BeginWrite"/> (writers take turns; readers never wait).</item>
/// </list>
/// </summary>
public sealed record SqlDialect
{
    /// <summary>The advisory lock every PostgreSQL write transaction takes (the digits spell "FACT" on a phone pad).</summary>
    public const long WriterLockKey = 3228;

    /// <summary>Taken by the instance that migrates, so that two instances starting at once do not both apply a script.</summary>
    public const long MigrationLockKey = 3229;

    /// <summary>Taken by an instance that makes sure the shared Data Protection key exists, so that only one makes it.</summary>
    public const long KeyCreationLockKey = 3230;

    public static readonly SqlDialect Sqlite = new()
    {
        Name = "sqlite",
        CaseInsensitiveLike = "LIKE",
        JsonNumberTemplate = "json_extract({0}, '$.{1}')",
        InListTemplate = "{0} IN @{1}",
        UtcDayTemplate = "substr({0}, 1, 10)",
    };

    public static readonly SqlDialect Postgres = new()
    {
        Name = "postgres",
        CaseInsensitiveLike = "ILIKE",
        JsonNumberTemplate = "(({0})::jsonb ->> '{1}')::bigint",
        InListTemplate = "{0} = ANY(@{1})",
        UtcDayTemplate = "to_char(({0}) AT TIME ZONE 'UTC', 'YYYY-MM-DD')",
    };

    /// <summary>The dialect of an open connection, for a store's static helpers.</summary>
    public static SqlDialect Of(System.Data.Common.DbConnection connection) => connection is Npgsql.NpgsqlConnection ? Postgres : Sqlite;

    public required string Name { get; init; }

    /// <summary>LIKE ignores ASCII case in SQLite; PostgreSQL needs ILIKE for that.</summary>
    public required string CaseInsensitiveLike { get; init; }

    private string JsonNumberTemplate { get; init; } = "";

    private string InListTemplate { get; init; } = "";

    private string UtcDayTemplate { get; init; } = "";

    /// <summary>
    /// The UTC day (<c>yyyy-MM-dd</c> text) of a stored time: the first ten characters of SQLite's text, a formatted
    /// <c>timestamptz</c> on PostgreSQL (migration 0014), whatever the session's time zone.
    /// </summary>
    public string UtcDay(string expression) => string.Format(System.Globalization.CultureInfo.InvariantCulture, UtcDayTemplate, expression);

    /// <summary>The number under <paramref name="key"/> in a JSON text column (a constant key of ours, never user input).</summary>
    public string JsonNumber(string column, string key) => string.Format(System.Globalization.CultureInfo.InvariantCulture, JsonNumberTemplate, column, key);

    /// <summary>
    /// <paramref name="column"/> is one of the list parameter's values. Dapper spreads a list into <c>IN (@p1, @p2...)</c> for
    /// SQLite but passes PostgreSQL one array, which needs <c>= ANY(@p)</c>.
    /// </summary>
    public string InList(string column, string parameter) => string.Format(System.Globalization.CultureInfo.InvariantCulture, InListTemplate, column, parameter);
}
