using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;

namespace FactCheck.Core.Data;

/// <summary>What one table holds, engine-independently: its rows and a SHA-256 over their values.</summary>
public sealed record TableDigest(string Table, long Rows, string Sha256);

/// <summary>The outcome of a copy: each table's digest on both sides; <see cref="Verified"/> when they all agree.</summary>
public sealed record CopyReport(IReadOnlyList<TableDigest> Source, IReadOnlyList<TableDigest> Target)
{
    public bool Verified => Source.Count == Target.Count && Source.Zip(Target).All(p => p.First == p.Second);
}

/// <summary>
/// Moves a whole installation from one database to another (SQLite to PostgreSQL, or back), in one transaction on the
/// target, tables in the order their foreign keys need, ids kept. It refuses a target that already holds data, and
/// verifies the copy: every table, the audit trail included, must have the same row count and content hash on both
/// sides. The hash is independent of the engine, of column order and of row order (see <see cref="Digest"/>).
/// </summary>
public static class DatabaseCopier
{
    /// <summary>
    /// The migrator's own records, what belongs to one installation's machine, not to its content, and PostgreSQL's search
    /// tables (derived data the target's triggers fill as rows arrive; on SQLite they are virtual tables, left out below).
    /// </summary>
    private static readonly HashSet<string> NotCopied = new(StringComparer.OrdinalIgnoreCase)
    {
        "schema_version", "data_protection_keys", "search_articles", "search_claims", "search_sources", "search_evidence",
    };

    /// <exception cref="InvalidOperationException">The target holds data, or lacks a table or column of the source.</exception>
    public static CopyReport Copy(Database source, Database target)
    {
        Migrator.Migrate(source);
        Migrator.Migrate(target);
        using var from = source.Open();
        using var to = target.Open();
        var tables = InDependencyOrder(from);
        var targetTables = Tables(to).Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var table in tables)
        {
            if (!targetTables.Contains(table)) throw new InvalidOperationException($"The target has no table '{table}': is it a FactCheck database of the same version?");
            if (to.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}") > 0)
                throw new InvalidOperationException($"The target is not empty (table '{table}' has rows): copy only into a new, empty database.");
        }
        // The target is new and empty (checked above), with no app writing to it: one transaction, no locks needed.
        using (var tx = Database.BeginWrite(to))
        {
            foreach (var table in tables) CopyTable(from, to, tx, table);
            if (target.Provider == DatabaseProvider.Postgres)
                foreach (var table in to.Query<string>("""
                             SELECT table_name FROM information_schema.columns
                             WHERE table_schema = current_schema() AND column_name = 'id' AND is_identity = 'YES'
                             """, transaction: tx).Where(t => tables.Contains(t, StringComparer.OrdinalIgnoreCase)))
                    // Ids were copied as they are: the identity sequences continue after the highest.
                    to.Execute($"SELECT setval(pg_get_serial_sequence('{table}', 'id'), GREATEST((SELECT MAX(id) FROM {table}), 1))", transaction: tx);
            tx.Commit();
        }
        return new CopyReport(tables.Select(t => Digest(from, t)).ToList(), tables.Select(t => Digest(to, t)).ToList());
    }

    /// <summary>Every FactCheck table of the database with its row count and content hash, in dependency order.</summary>
    public static IReadOnlyList<TableDigest> Digests(Database db)
    {
        using var c = db.Open();
        return InDependencyOrder(c).Select(t => Digest(c, t)).ToList();
    }

    /// <summary>
    /// A table's rows and content hash: each row is hashed over its columns in name order, each value written with its kind
    /// (integer, real, text, bytes, null) so that 1, 1.0 and '1' differ; the row hashes are sorted and hashed again, so
    /// the order the engine returns rows in does not matter.
    /// </summary>
    public static TableDigest Digest(DbConnection c, string table)
    {
        using var command = c.CreateCommand();
        command.CommandText = $"SELECT * FROM {table}";
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).OrderBy(i => reader.GetName(i), StringComparer.Ordinal).ToArray();
        var rows = new List<byte[]>();
        var line = new StringBuilder();
        while (reader.Read())
        {
            line.Clear();
            foreach (var i in columns) line.Append(reader.GetName(i)).Append('=').Append(Canonical(reader.GetValue(i))).Append('\u001f');
            rows.Add(SHA256.HashData(Encoding.UTF8.GetBytes(line.ToString())));
        }
        rows.Sort((a, b) => a.AsSpan().SequenceCompareTo(b));
        using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var row in rows) all.AppendData(row);
        return new TableDigest(table, rows.Count, Convert.ToHexStringLower(all.GetHashAndReset()));
    }

    private static string Canonical(object value) => value switch
    {
        DBNull => "n",
        long or int or short or byte => "i:" + Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        double or float or decimal => "r:" + Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
        bool b => "i:" + (b ? "1" : "0"),
        // Times hash alike whether a column holds them as text (SQLite, PostgreSQL before the conversion) or timestamptz.
        string s => "t:" + (StoredTime.TryCanonical(s, out var time) ? time : s),
        DateTime or DateTimeOffset => "t:" + StoredTime.Format(StoredTime.Read(value)),
        byte[] bytes => "b:" + Convert.ToHexStringLower(bytes),
        _ => throw new InvalidOperationException($"A value of type {value.GetType().Name} cannot be copied."),
    };

    private static void CopyTable(DbConnection from, DbConnection to, DbTransaction tx, string table)
    {
        using var read = from.CreateCommand();
        read.CommandText = $"SELECT * FROM {table}";
        using var reader = read.ExecuteReader();
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        using var write = to.CreateCommand();
        write.Transaction = tx;
        // Table and column names come from the source database's own catalogue, never from a user.
        write.CommandText = $"INSERT INTO {table} ({string.Join(", ", names)}) VALUES ({string.Join(", ", names.Select((_, i) => "@p" + i))})";
        var parameters = names.Select((_, i) =>
        {
            var p = write.CreateParameter();
            p.ParameterName = "p" + i;
            write.Parameters.Add(p);
            return p;
        }).ToArray();
        var toPostgres = to is Npgsql.NpgsqlConnection;
        var times = toPostgres ? TimestampColumns(to, tx, table) : [];
        while (reader.Read())
        {
            for (var i = 0; i < names.Length; i++)
            {
                var value = reader.GetValue(i);
                // A timestamptz read from PostgreSQL goes into SQLite as the text the stores write; text going into a
                // timestamptz column is first cut to the microsecond, as the hash sees it (PostgreSQL would round it).
                if (value is DateTime or DateTimeOffset) value = StoredTime.Format(StoredTime.Read(value));
                else if (value is string text && times.Contains(names[i]) && StoredTime.TryCanonical(text, out var time)) value = time;
                parameters[i].Value = value;
                // Untyped, so that PostgreSQL reads text as the column's type (text or timestamptz).
                if (toPostgres && value is string) ((Npgsql.NpgsqlParameter)parameters[i]).NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Unknown;
            }
            write.ExecuteNonQuery();
        }
    }

    private static HashSet<string> TimestampColumns(DbConnection c, DbTransaction tx, string table) =>
        c.Query<string>("""
            SELECT column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = @table AND data_type = 'timestamp with time zone'
            """, new { table }, tx).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private sealed record Table(string Name, IReadOnlyList<string> References);

    private static List<string> InDependencyOrder(DbConnection c)
    {
        var tables = Tables(c).Where(t => !NotCopied.Contains(t.Name)).ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        var ordered = new List<string>();
        var placed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Place(string name, int depth)
        {
            if (placed.Contains(name) || !tables.TryGetValue(name, out var table)) return;
            if (depth > tables.Count) throw new InvalidOperationException("The tables' foreign keys form a cycle.");
            foreach (var parent in table.References.Where(r => !string.Equals(r, name, StringComparison.OrdinalIgnoreCase))) Place(parent, depth + 1);
            if (placed.Add(name)) ordered.Add(name);
        }
        foreach (var name in tables.Keys.Order(StringComparer.Ordinal)) Place(name, 0);
        return ordered;
    }

    private static List<Table> Tables(DbConnection c)
    {
        if (SqlDialect.Of(c) == SqlDialect.Postgres)
        {
            var references = c.Query<(string Child, string Parent)>("""
                SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint
                WHERE contype = 'f' AND connamespace = current_schema()::regnamespace
                """).ToLookup(r => r.Child, r => r.Parent, StringComparer.OrdinalIgnoreCase);
            return c.Query<string>("""
                SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                """).Select(t => new Table(t, references[t].ToList())).ToList();
        }
        // Full-text indexes are virtual tables with shadow tables named after them: derived data, rebuilt, not copied.
        var all = c.Query<(string Name, string Sql)>("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").ToList();
        var virtualTables = all.Where(t => t.Sql.StartsWith("CREATE VIRTUAL", StringComparison.OrdinalIgnoreCase)).Select(t => t.Name).ToList();
        return all.Where(t => !virtualTables.Any(v => t.Name == v || t.Name.StartsWith(v + "_", StringComparison.Ordinal)))
            .Select(t => new Table(t.Name, c.Query<string>("SELECT \"table\" FROM pragma_foreign_key_list(@name)", new { name = t.Name }).ToList()))
            .ToList();
    }
}
