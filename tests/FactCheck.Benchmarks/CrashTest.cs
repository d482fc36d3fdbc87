using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Dapper;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;

namespace FactCheck.Benchmarks;

/// <summary>
/// <c>crash --postgres CONNECTION [--rounds 10] [--writers 20]</c>: two app instances (real processes) on one empty
/// PostgreSQL database; writers save verdicts through the API of instance A while instance B serves reads; A is killed
/// with SIGKILL (kill -9) in the middle of the writes, then started again, round after round. Checks that every save A
/// acknowledged (200 with the new version) is in the database, that no claim's version differs from its audit rows,
/// and that B answered every request meanwhile: reads, and saves of a claim of its own (so writes go on while A's
/// connections, perhaps holding row locks, are cut off).
/// </summary>
public static class CrashTest
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<int> RunAsync(string[] args)
    {
        string? Get(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var connectionString = Get("--postgres") ?? throw new ArgumentException("crash needs --postgres CONNECTION (an empty database)");
        var rounds = int.TryParse(Get("--rounds"), out var r) ? Math.Clamp(r, 1, 100) : 10;
        var writers = int.TryParse(Get("--writers"), out var w) ? Math.Clamp(w, 1, 200) : 20;
        var web = Path.Combine(AppContext.BaseDirectory, "FactCheck.Web.dll");

        using var db = Database.Postgres(connectionString);
        Migrator.Migrate(db);
        var users = new UserStore(db, TimeProvider.System);
        var admin = users.Create("crash-editor", Role.Editor, "crash test password 1");
        var token = new ApiTokenStore(db, users, TimeProvider.System).Create(admin.Id);

        var (portA, portB) = (FreePort(), FreePort());
        using var b = Start(web, portB, connectionString);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await WaitReady(http, portB);
        var created = await http.PostAsJsonAsync($"http://127.0.0.1:{portB}/api/articles", new
        {
            title = "Crash test",
            text = string.Join("\n\n", Enumerable.Range(0, writers + 1).Select(i => $"Mayor Ana Ruiz said {1000 + i} homes were flooded on Thursday.")),
        });
        created.EnsureSuccessStatusCode();
        var allClaims = (await created.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("claims").EnumerateArray()
            .Select(c => c.GetProperty("id").GetInt64()).ToArray();
        if (allClaims.Length < writers + 1) throw new InvalidOperationException($"the article gave {allClaims.Length} claims, not {writers + 1}");
        var claimIds = allClaims.Take(writers).ToArray();
        var bClaim = allClaims[writers];   // saved through B only
        Console.WriteLine($"FactCheck crash test: {rounds} rounds, {claimIds.Length} writers through instance A, reads through B, kill -9 of A mid-write");

        var acknowledged = new ConcurrentDictionary<long, int>();   // claim -> highest version A acknowledged
        long acks = 0, failedWrites = 0, bErrors = 0, bReads = 0, bSaves = 0;
        var bAcknowledged = 0;
        var random = new Random(7);
        for (var round = 1; round <= rounds; round++)
        {
            using var a = Start(web, portA, connectionString);
            await WaitReady(http, portA);
            using var stop = new CancellationTokenSource();
            var tasks = claimIds.Select(id => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        var current = await http.GetFromJsonAsync<JsonElement>($"http://127.0.0.1:{portA}/api/claims/{id}", Json);
                        var version = current.GetProperty("version").GetInt32();
                        var saved = await http.PutAsJsonAsync($"http://127.0.0.1:{portA}/api/claims/{id}/verdict",
                            new { rating = "False", explanation = $"round {round} at {DateTime.UtcNow:O}", version });
                        if (saved.StatusCode == HttpStatusCode.OK)
                        {
                            var after = (await saved.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("version").GetInt32();
                            acknowledged.AddOrUpdate(id, after, (_, v) => Math.Max(v, after));
                            Interlocked.Increment(ref acks);
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or JsonException)
                    {
                        Interlocked.Increment(ref failedWrites);   // A is gone: the write was not acknowledged
                        await Task.Delay(50);
                    }
                }
            })).ToList();
            var reader = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        (await http.GetAsync($"http://127.0.0.1:{portB}/api/claims/{claimIds[0]}")).EnsureSuccessStatusCode();
                        Interlocked.Increment(ref bReads);
                    }
                    catch (Exception)
                    {
                        Interlocked.Increment(ref bErrors);
                    }
                    await Task.Delay(20);
                }
            });
            var bWriter = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        var current = await http.GetFromJsonAsync<JsonElement>($"http://127.0.0.1:{portB}/api/claims/{bClaim}", Json);
                        var saved = await http.PutAsJsonAsync($"http://127.0.0.1:{portB}/api/claims/{bClaim}/verdict",
                            new { rating = "True", explanation = $"B, round {round} at {DateTime.UtcNow:O}", version = current.GetProperty("version").GetInt32() });
                        // One writer on this claim: anything but 200 (a 409 included) is B failing.
                        saved.EnsureSuccessStatusCode();
                        bAcknowledged = Math.Max(bAcknowledged, (await saved.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("version").GetInt32());
                        Interlocked.Increment(ref bSaves);
                    }
                    catch (Exception)
                    {
                        Interlocked.Increment(ref bErrors);
                    }
                    await Task.Delay(50);
                }
            });
            await Task.Delay(random.Next(1000, 3000));
            a.Kill(entireProcessTree: true);   // SIGKILL: no shutdown, no flushing
            await a.WaitForExitAsync();
            await Task.Delay(500);             // B keeps serving while A is down
            await stop.CancelAsync();
            await Task.WhenAll(tasks.Append(reader).Append(bWriter));
            Console.WriteLine($"round {round}: A killed; acknowledged saves so far {acks}, B reads {bReads}, B saves {bSaves}, B errors {bErrors}");
        }

        var missing = new List<string>();
        if (bAcknowledged > 0) acknowledged[bClaim] = bAcknowledged;
        using (var c = db.Open())
            foreach (var id in allClaims.Take(writers + 1))
            {
                var version = c.ExecuteScalar<int>("SELECT version FROM claims WHERE id = @id", new { id });
                var audits = c.ExecuteScalar<int>("SELECT COUNT(*) FROM audit_log WHERE entity = 'claim' AND entity_id = @id AND action = 'verdict'", new { id });
                if (acknowledged.TryGetValue(id, out var acked) && version < acked) missing.Add($"claim {id}: acknowledged version {acked}, stored {version}");
                if (version - 1 != audits) missing.Add($"claim {id}: version {version} but {audits} verdict audit rows");
            }
        b.Kill(entireProcessTree: true);
        Console.WriteLine($"acknowledged saves: {acks}; writes cut off by the kills (not acknowledged): {failedWrites}");
        Console.WriteLine($"acknowledged saves missing or trail mismatches: {missing.Count}");
        foreach (var m in missing.Take(10)) Console.WriteLine("  " + m);
        Console.WriteLine($"instance B: {bReads} reads answered, {bSaves} saves acknowledged (all present: see above), {bErrors} errors");
        var ok = missing.Count == 0 && bErrors == 0 && acks > 0 && bSaves > 0;
        Console.WriteLine(ok ? "RESULT: pass" : "RESULT: FAIL");
        return ok ? 0 : 1;
    }

    private static Process Start(string web, int port, string connectionString)
    {
        var start = new ProcessStartInfo("dotnet", [web, "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["Database__Provider"] = "postgres";
        start.Environment["ConnectionStrings__FactCheck"] = connectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var p = Process.Start(start)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    private static async Task WaitReady(HttpClient http, int port)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{port}/api/articles")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            if (DateTime.UtcNow > until) throw new TimeoutException($"the instance on port {port} did not start within 60 s");
            await Task.Delay(200);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
