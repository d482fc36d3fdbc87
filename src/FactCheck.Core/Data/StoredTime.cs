using System.Globalization;
using System.Text.RegularExpressions;

namespace FactCheck.Core.Data;

/// <summary>
/// The one form a point in time takes in the database, on either engine: ISO 8601 in UTC to the microsecond
/// (<c>2026-05-04 09:30:00.123456+00:00</c>; PostgreSQL keeps no finer). SQLite keeps it as text. PostgreSQL is sent it
/// as an untyped literal, so that the column's own type decides: <c>text</c> in the columns of migrations 0001–0012,
/// <c>timestamptz</c> once Migrations/Postgres/Pending/timestamptz.sql has converted them (it comes back as a UTC
/// <see cref="DateTime"/>). Stores never see the difference: <see cref="DapperSetup"/> writes and reads through here,
/// and <see cref="DatabaseCopier"/> copies and hashes times in this form, so copies and digests do not depend on the
/// engine or on the column type.
/// </summary>
internal static partial class StoredTime
{
    public static DateTimeOffset Normalize(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % 10));
    }

    public static string Format(DateTimeOffset value) =>
        Normalize(value).ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFzzz", CultureInfo.InvariantCulture);

    /// <summary>A time as the engine returned it: text (SQLite, or a text column) or a timestamptz.</summary>
    public static DateTimeOffset Read(object value) => value switch
    {
        DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
        DateTimeOffset time => time,
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        _ => throw new InvalidCastException($"A {value.GetType().Name} is not a stored time."),
    };

    /// <summary>
    /// Text in the shape stored times have (this form, or Microsoft.Data.Sqlite's with seven decimals and any offset)
    /// rewritten in this form; other text is left alone.
    /// </summary>
    public static bool TryCanonical(string text, out string canonical)
    {
        canonical = text;
        if (text.Length is < 25 or > 33 || !Shape().IsMatch(text)) return false;
        canonical = Format(DateTimeOffset.Parse(text, CultureInfo.InvariantCulture));
        return true;
    }

    [GeneratedRegex(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,7})?[+-]\d\d:\d\d$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
