using System.Globalization;
using System.Text.RegularExpressions;

namespace FactCheck.Core.Data;

/// <summary>
/// The one form a point in time takes in the database, on either engine: ISO 8601 in UTC to the microsecond
/// (<c>2026-05-04 09:30:00.123456+00:00</c>; PostgreSQL keeps no finer). SQLite keeps it as text. PostgreSQL is sent it
/// as an untyped literal, so that the column's own type decides: <c>timestamptz</c> since migration 0014
/// (Migrations/Postgres/0014_timestamptz.sql; it comes back as a UTC <see cref="DateTime"/>), <c>text</c> in a database
/// not yet migrated that far (<c>db copy</c> and the migration's own tests read those). Stores never see the difference: <see cref="DapperSetup"/> writes and reads through here,
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

    /// <summary>
    /// A time as the engine returned it, text (SQLite) or a timestamptz (PostgreSQL), in this form's terms: UTC, to the
    /// microsecond. Text an older FactCheck wrote (seven decimals, another offset) so reads as the same instant as the
    /// timestamptz PostgreSQL's migration 0014 made of it; text without an offset is UTC, as that migration reads it.
    /// </summary>
    public static DateTimeOffset Read(object value) => Normalize(value switch
    {
        DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
        DateTimeOffset time => time,
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        _ => throw new InvalidCastException($"A {value.GetType().Name} is not a stored time."),
    });

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
