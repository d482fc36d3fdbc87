using System.Data;
using System.Globalization;
using Dapper;

namespace FactCheck.Core.Data;

/// <summary>
/// Column naming, and how values are kept alike on SQLite and PostgreSQL: dates as ISO 8601 text, times as
/// <see cref="StoredTime"/> says, yes/no as 0 or 1.
/// </summary>
internal static class DapperSetup
{
    private static int configured;

    public static void Configure()
    {
        if (Interlocked.Exchange(ref configured, 1) == 1) return;
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        SqlMapper.AddTypeHandler(new DateOnlyHandler());
        SqlMapper.AddTypeHandler(new DateTimeOffsetHandler());
        // Dapper's own map for these types comes before type handlers (and would send PostgreSQL a boolean, a date or a
        // timestamptz): without it, the handlers below decide, the same for both engines.
        foreach (var type in new[] { typeof(bool), typeof(bool?), typeof(DateOnly), typeof(DateOnly?), typeof(DateTimeOffset), typeof(DateTimeOffset?) })
            SqlMapper.RemoveTypeMap(type);
        SqlMapper.AddTypeHandler(new FlagHandler());
    }

    private sealed class DateOnlyHandler : SqlMapper.TypeHandler<DateOnly>
    {
        public override void SetValue(IDbDataParameter parameter, DateOnly value)
        {
            // Text on both engines: without this PostgreSQL would be sent a date and store its own format.
            parameter.DbType = DbType.String;
            parameter.Value = value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        public override DateOnly Parse(object value) =>
            DateOnly.ParseExact((string)value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>SQLite has no boolean type; PostgreSQL's integer columns take the same 0 and 1.</summary>
    private sealed class FlagHandler : SqlMapper.TypeHandler<bool>
    {
        public override void SetValue(IDbDataParameter parameter, bool value)
        {
            parameter.DbType = DbType.Int32;
            parameter.Value = value ? 1 : 0;
        }

        public override bool Parse(object value) => Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0;
    }

    private sealed class DateTimeOffsetHandler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
        {
            parameter.Value = StoredTime.Format(value);
            // PostgreSQL reads the literal as the column's type: text, or timestamptz after the conversion (StoredTime).
            if (parameter is Npgsql.NpgsqlParameter postgres) postgres.NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Unknown;
            else parameter.DbType = DbType.String;
        }

        public override DateTimeOffset Parse(object value) => StoredTime.Read(value);
    }
}
