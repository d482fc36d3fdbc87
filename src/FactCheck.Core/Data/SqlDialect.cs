using System.Data;
using Dapper;

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
/// <item>Locking: on SQLite <see cref="Database.BeginWrite"/> makes writers take turns (readers never wait). On PostgreSQL
/// a store locks what its checks read, inside the write transaction: the row with <see cref="ForUpdate"/> or
/// <see cref="ForShare"/>, or a name or a whole-database fact with <see cref="Lock"/>; both are nothing on SQLite.</item>
/// </list>
/// </summary>
public sealed record SqlDialect
{
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
        ForUpdate = "",
        ForShare = "",
    };

    public static readonly SqlDialect Postgres = new()
    {
        Name = "postgres",
        CaseInsensitiveLike = "ILIKE",
        JsonNumberTemplate = "(({0})::jsonb ->> '{1}')::bigint",
        InListTemplate = "{0} = ANY(@{1})",
        UtcDayTemplate = "to_char(({0}) AT TIME ZONE 'UTC', 'YYYY-MM-DD')",
        // The lock an UPDATE of a non-key column takes itself, taken at the read: it does not hold up rows that only
        // point at this one (a comment's or evidence's foreign key).
        ForUpdate = "FOR NO KEY UPDATE",
        ForShare = "FOR SHARE",
        LockSql = "SELECT pg_advisory_xact_lock(@what, @key)",
    };

    /// <summary>The dialect of an open connection, for a store's static helpers.</summary>
    public static SqlDialect Of(System.Data.Common.DbConnection connection) => connection is Npgsql.NpgsqlConnection ? Postgres : Sqlite;

    public required string Name { get; init; }

    /// <summary>LIKE ignores ASCII case in SQLite; PostgreSQL needs ILIKE for that.</summary>
    public required string CaseInsensitiveLike { get; init; }

    /// <summary>
    /// Ends a SELECT inside a write transaction that reads rows it is about to change: on PostgreSQL they stay locked
    /// until commit, so the checks made on them (version, status) still hold when the change is written; another
    /// writer of the same rows waits, and then reads them as that writer left them. Nothing on SQLite.
    /// </summary>
    public required string ForUpdate { get; init; }

    /// <summary>
    /// Ends a SELECT of rows a write depends on without changing them (the user a claim is assigned to, the claim a
    /// comment is written on): on PostgreSQL they cannot change until commit, while other readers with this lock go on.
    /// Nothing on SQLite.
    /// </summary>
    public required string ForShare { get; init; }

    private string? LockSql { get; init; }

    /// <summary>
    /// Takes, until the transaction ends, PostgreSQL's advisory lock on <paramref name="what"/> (and
    /// <paramref name="key"/> within it): for checks over rows that may not exist yet (a username, the number of
    /// administrators), where no row can be locked. Nothing on SQLite.
    /// </summary>
    public void Lock(IDbConnection c, IDbTransaction tx, WriteLock what, int key = 0)
    {
        if (LockSql is not null) c.Execute(LockSql, new { what = (int)what, key }, tx);
    }

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

/// <summary>
/// What a PostgreSQL advisory lock taken with <see cref="SqlDialect.Lock"/> guards: its first key (the digits follow
/// 3228, "FACT" on a phone pad; the migration and key-creation locks are 3229 and 3230). Each guards a check over
/// rows that a row lock cannot cover, so writers of different claims and articles never wait on one another.
/// </summary>
public enum WriteLock
{
    /// <summary>Which accounts exist: only the first account made on the first-run page, each username once.</summary>
    Accounts = 3231,

    /// <summary>How many active administrators remain: two administrators demoting each other cannot both succeed.</summary>
    Administrators = 3232,

    /// <summary>Failed sign-ins of names without an account: a name has no row before its first, and the table is trimmed as a whole.</summary>
    SignInName = 3233,

    /// <summary>The verdict scale, written as a whole (every row deleted and inserted again).</summary>
    VerdictScale = 3234,

    /// <summary>Public page addresses, unique across all articles: two articles of one title published at once get two.</summary>
    Slugs = 3235,

    /// <summary>Imported ClaimReviews: a batch tells new from merged and changes many rows, in an order of its own.</summary>
    ClaimReviews = 3236,
}
