using System.Collections.Concurrent;
using FactCheck.Core.Data;
using FactCheck.Core.Reviews;

namespace FactCheck.Core.Tests.Data;

/// <summary>Many writers on one claim: no lost or duplicated write, no "database is locked" reaching a caller.</summary>
public class ConcurrentSaveTests : IDisposable
{
    private readonly StoreFixture f;

    public ConcurrentSaveTests() : this(DatabaseProvider.Sqlite) { }

    /// <summary>For <see cref="ConcurrentSaveTestsOnPostgres"/>: the same tests on PostgreSQL.</summary>
    protected ConcurrentSaveTests(DatabaseProvider provider) => f = new(provider);

    public void Dispose() => f.Dispose();

    [Fact]
    public async Task Two_saves_from_the_same_version_exactly_one_wins_the_other_gets_the_current_claim()
    {
        var claim = f.Claims.ListByArticle(f.CreateArticle())[0];
        var results = await Task.WhenAll(
            Task.Run(() => f.Claims.SetVerdict(claim.Id, claim.Version, "True", "first", "ana")),
            Task.Run(() => f.Claims.SetVerdict(claim.Id, claim.Version, "False", "second", "ben")));

        Assert.Single(results, r => r.Saved);
        var loser = Assert.Single(results, r => !r.Saved);
        Assert.Equal(claim.Version + 1, loser.Current!.Version);
        Assert.Equal(results.Single(r => r.Saved).Value!.Verdict, loser.Current.Verdict);
    }

    [Fact]
    public async Task Twenty_writers_for_two_seconds_final_version_counts_every_successful_save_and_the_trail_has_one_row_each()
    {
        var claim = f.Claims.ListByArticle(f.CreateArticle())[0];
        var saved = 0;
        var conflicts = 0;
        var errors = new ConcurrentBag<Exception>();
        var until = DateTime.UtcNow.AddSeconds(2);
        var writers = Enumerable.Range(0, 20).Select(w => Task.Run(() =>
        {
            var random = new Random(w);
            while (DateTime.UtcNow < until)
            {
                try
                {
                    var current = f.Claims.Get(claim.Id)!;
                    var verdict = VerdictScale.Default.Verdicts[random.Next(8)].Label;
                    var result = f.Claims.SetVerdict(current.Id, current.Version, verdict, $"writer {w}", $"writer-{w}");
                    if (result.Saved) Interlocked.Increment(ref saved);
                    else Interlocked.Increment(ref conflicts);
                }
                catch (Exception e)
                {
                    errors.Add(e);
                }
            }
        })).ToArray();
        await Task.WhenAll(writers);

        Assert.Empty(errors);
        Assert.True(saved > 20, $"only {saved} saves in 2 s");
        Assert.Equal(claim.Version + saved, f.Claims.Get(claim.Id)!.Version);
        Assert.Equal(saved, new AuditLog(f.Temp.Db).ForClaim(claim.Id).Count(a => a.Action == "verdict"));
    }
}

/// <summary>Every test of <see cref="ConcurrentSaveTests"/>, on PostgreSQL.</summary>
public sealed class ConcurrentSaveTestsOnPostgres() : ConcurrentSaveTests(DatabaseProvider.Postgres);
