using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Dapper;
using FactCheck.Core.Data;
using Npgsql;

namespace FactCheck.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster for the tests, started once per test run on a free loopback port (initdb + pg_ctl, no
/// Docker) and stopped when the run ends. Each test gets its own database, copied from a migrated template. Without
/// PostgreSQL installed the PostgreSQL tests skip with an install hint, unless FACTCHECK_REQUIRE_POSTGRES=1 (CI) makes
/// that a failure.
/// </summary>
public static class PostgresServer
{
    public const string InstallHint =
        "PostgreSQL is not installed, so the PostgreSQL runs of these tests were skipped. Install it to run them " +
        "(Debian/Ubuntu: apt-get install -y postgresql; or set FACTCHECK_PG_BIN to the folder holding initdb and pg_ctl).";

    private const string Template = "factcheck_template";
    private static readonly Lazy<Cluster?> Started = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Skips the calling test when PostgreSQL cannot run here (fails instead when CI requires it).</summary>
    public static void RequireOrSkip()
    {
        if (Started.Value is not null) return;
        if (Environment.GetEnvironmentVariable("FACTCHECK_REQUIRE_POSTGRES") == "1")
            throw new InvalidOperationException("FACTCHECK_REQUIRE_POSTGRES=1 but PostgreSQL is not available. " + InstallHint);
        Assert.Skip(InstallHint);
    }

    /// <summary>A new, empty database (migrated to the latest version unless told otherwise); drop it with <see cref="Drop"/>.</summary>
    public static (string Name, string ConnectionString) CreateDatabase(bool migrated = true)
    {
        RequireOrSkip();
        var cluster = Started.Value!;
        var name = "fc_" + Guid.NewGuid().ToString("n");
        using (var admin = new NpgsqlConnection(cluster.ConnectionString("postgres")))
        {
            admin.Open();
            // Copying the template is much faster than running the migrations for each test.
            admin.Execute($"CREATE DATABASE {name} TEMPLATE {(migrated ? Template : "template0")}");
        }
        return (name, cluster.ConnectionString(name));
    }

    public static void Drop(string name)
    {
        if (Started.Value is not { } cluster) return;
        using var admin = new NpgsqlConnection(cluster.ConnectionString("postgres"));
        admin.Open();
        admin.Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    /// <summary>The bin folder holding initdb and pg_ctl, or null.</summary>
    public static string? FindBinaries()
    {
        if (Environment.GetEnvironmentVariable("FACTCHECK_PG_BIN") is { Length: > 0 } configured)
            return File.Exists(Path.Combine(configured, "pg_ctl")) ? configured : null;
        const string debian = "/usr/lib/postgresql";
        if (!Directory.Exists(debian)) return null;
        return Directory.GetDirectories(debian)
            .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
            .Where(x => File.Exists(Path.Combine(x.Dir, "initdb")) && File.Exists(Path.Combine(x.Dir, "pg_ctl")))
            .OrderByDescending(x => x.Version).Select(x => x.Dir).FirstOrDefault();
    }

    private static Cluster? Start()
    {
        if (FindBinaries() is not { } bin) return null;
        var dir = Path.Combine(Path.GetTempPath(), "factcheck-pg-" + Guid.NewGuid().ToString("n")[..12]);
        Directory.CreateDirectory(dir);
        // PostgreSQL refuses to run as root: then the cluster belongs to the postgres user the package created.
        var asUser = Environment.UserName == "root" ? "postgres" : null;
        if (asUser is not null) Run("chown", ["-R", asUser, dir], null);
        Run(Path.Combine(bin, "initdb"), ["-D", Path.Combine(dir, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"], asUser);
        var port = FreePort();
        Run(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(dir, "data"), "-l", Path.Combine(dir, "server.log"), "-w", "-t", "60", "-o",
            $"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
            "start"], asUser);
        var cluster = new Cluster(bin, dir, port, asUser);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        using (var admin = new NpgsqlConnection(cluster.ConnectionString("postgres")))
        {
            admin.Open();
            admin.Execute($"CREATE DATABASE {Template}");
        }
        using (var db = Database.Postgres(cluster.ConnectionString(Template)))
        {
            Migrator.Migrate(db);
        }
        NpgsqlConnection.ClearAllPools();
        return cluster;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static void Run(string file, IReadOnlyList<string> args, string? asUser)
    {
        var start = asUser is null ? new ProcessStartInfo(file) : new ProcessStartInfo("runuser", ["-u", asUser, "--", file, .. args]);
        if (asUser is null) foreach (var a in args) start.ArgumentList.Add(a);
        start.RedirectStandardOutput = start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        using var p = Process.Start(start)!;
        p.StandardInput.Close();
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000)) { p.Kill(true); throw new TimeoutException($"{file} did not finish in 120 s"); }
        if (p.ExitCode != 0) throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({p.ExitCode}): {error.Result}{output.Result}");
    }

    private sealed record Cluster(string Bin, string Dir, int Port, string? AsUser)
    {
        public string ConnectionString(string database) =>
            $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Maximum Pool Size=40;Timeout=30;Command Timeout=60";

        public void Stop()
        {
            try { Run(Path.Combine(Bin, "pg_ctl"), ["-D", Path.Combine(Dir, "data"), "-m", "immediate", "stop"], AsUser); } catch (Exception) { }
            try { Directory.Delete(Dir, recursive: true); } catch (Exception) { }
        }
    }
}
