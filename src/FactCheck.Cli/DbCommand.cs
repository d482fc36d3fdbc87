using FactCheck.Core.Data;

namespace FactCheck.Cli;

/// <summary>
/// <c>factcheck db copy --from sqlite:PATH --to postgres:CONNECTION</c> moves a whole installation (or back, postgres to
/// sqlite) and verifies it table by table; <c>factcheck db digest --db sqlite:PATH|postgres:CONNECTION</c> prints the
/// same per-table row counts and content hashes, e.g. to compare with a backup.
/// </summary>
public static class DbCommand
{
    public const string Usage = "usage: factcheck db copy --from sqlite:PATH|postgres:CONNECTION --to sqlite:PATH|postgres:CONNECTION\n" +
                                "       factcheck db digest --db sqlite:PATH|postgres:CONNECTION";

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = new Options(args);
        switch (options.Positional)
        {
            case ["copy"] when options.Get("--from") is { } from && options.Get("--to") is { } to:
            {
                using var source = Open(from, mustExist: true);
                using var target = Open(to, mustExist: false);
                CopyReport report;
                try { report = DatabaseCopier.Copy(source, target); }
                catch (InvalidOperationException e) { throw new CommandLineException($"db copy: {e.Message}"); }
                await stdout.WriteLineAsync("table\trows\tsha256 (source)\tsha256 (target)");
                foreach (var (s, t) in report.Source.Zip(report.Target))
                    await stdout.WriteLineAsync($"{s.Table}\t{s.Rows}\t{s.Sha256}\t{(s == t ? "same" : $"DIFFERENT: {t.Rows} rows, {t.Sha256}")}");
                if (!report.Verified)
                {
                    await stderr.WriteLineAsync("factcheck: db copy: the copy differs from the source (see above); do not use it.");
                    return 1;
                }
                await stdout.WriteLineAsync($"verified: {report.Source.Count} tables, {report.Source.Sum(d => d.Rows)} rows, identical on both sides");
                return 0;
            }
            case ["digest"] when options.Get("--db") is { } name:
            {
                using var db = Open(name, mustExist: true);
                foreach (var d in DatabaseCopier.Digests(db)) await stdout.WriteLineAsync($"{d.Table}\t{d.Rows}\t{d.Sha256}");
                return 0;
            }
            default:
                throw new CommandLineException(Usage);
        }
    }

    /// <summary>sqlite:PATH or postgres:CONNECTION-STRING.</summary>
    public static Database Open(string name, bool mustExist)
    {
        var colon = name.IndexOf(':');
        var (kind, rest) = colon < 0 ? ("", name) : (name[..colon].ToLowerInvariant(), name[(colon + 1)..]);
        try
        {
            switch (kind)
            {
                case "sqlite":
                    var path = Path.GetFullPath(rest);
                    if (mustExist && !File.Exists(path)) throw new CommandLineException($"db: there is no SQLite database at {path}");
                    return new Database($"Data Source={path}", Directory.GetCurrentDirectory());
                case "postgres" or "postgresql":
                    return Database.Postgres(rest);
                default:
                    throw new CommandLineException($"db: name the database as sqlite:PATH or postgres:CONNECTION, not '{name}'");
            }
        }
        catch (ArgumentException e)
        {
            throw new CommandLineException($"db: {e.Message}");
        }
    }
}
