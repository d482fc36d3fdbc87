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

    // No test here measures speed (a loaded machine makes that flaky; the load benchmark reports save rates): each counts
    // attempts, saves and refusals exactly.

    [Fact]
    public async Task Twenty_writers_in_lockstep_each_round_exactly_one_save_wins_and_nineteen_get_the_current_claim()
    {
        const int writers = 20, rounds = 5;
        var claim = f.Claims.ListByArticle(f.CreateArticle())[0];
        // Every writer reads the claim, all wait, then all save on the version they read: one must win, the rest conflict.
        using var read = new Barrier(writers);
        using var write = new Barrier(writers);
        var results = new ConcurrentBag<(int Round, int Based, SaveResult<Claim> Result)>();
        var tasks = Enumerable.Range(0, writers).Select(w => Task.Factory.StartNew(() =>
        {
            for (var round = 0; round < rounds; round++)
            {
                var current = f.Claims.Get(claim.Id)!;
                read.SignalAndWait();
                results.Add((round, current.Version, f.Claims.SetVerdict(current.Id, current.Version, VerdictScale.Default.Verdicts[w % 8].Label, $"writer {w} round {round}", $"writer-{w}")));
                write.SignalAndWait();
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        await Task.WhenAll(tasks);

        foreach (var round in results.GroupBy(r => r.Round))
        {
            var expected = claim.Version + round.Key;
            Assert.All(round, r => Assert.Equal(expected, r.Based));
            var winner = Assert.Single(round, r => r.Result.Saved);
            Assert.Equal(expected + 1, winner.Result.Value!.Version);
            Assert.All(round.Where(r => !r.Result.Saved), r =>
            {
                Assert.Equal(expected + 1, r.Result.Current!.Version);
                Assert.Equal(winner.Result.Value.Verdict, r.Result.Current.Verdict);
            });
        }
        Assert.Equal(rounds, results.Select(r => r.Round).Distinct().Count());
        Assert.Equal(claim.Version + rounds, f.Claims.Get(claim.Id)!.Version);
        Assert.Equal(rounds, new AuditLog(f.Temp.Db).ForClaim(claim.Id).Count(a => a.Action == "verdict"));
    }

    [Fact]
    public async Task Twenty_writers_saving_at_will_final_version_counts_every_successful_save_and_the_trail_has_one_row_each()
    {
        const int writers = 20, attempts = 15;
        var claim = f.Claims.ListByArticle(f.CreateArticle())[0];
        var savedVersions = new ConcurrentBag<int>();
        var conflicts = new ConcurrentBag<(int Based, int Current)>();
        var errors = new ConcurrentBag<Exception>();
        var tasks = Enumerable.Range(0, writers).Select(w => Task.Run(() =>
        {
            var random = new Random(w);
            for (var i = 0; i < attempts; i++)
            {
                try
                {
                    var current = f.Claims.Get(claim.Id)!;
                    var verdict = VerdictScale.Default.Verdicts[random.Next(8)].Label;
                    var result = f.Claims.SetVerdict(current.Id, current.Version, verdict, $"writer {w}", $"writer-{w}");
                    if (result.Saved) savedVersions.Add(result.Value!.Version);
                    else conflicts.Add((current.Version, result.Current!.Version));
                }
                catch (Exception e)
                {
                    errors.Add(e);
                }
            }
        })).ToArray();
        await Task.WhenAll(tasks);

        Assert.Empty(errors);
        var saved = savedVersions.Count;
        Assert.Equal(writers * attempts, saved + conflicts.Count);
        // Each save moved the claim exactly one version on: no two saves took the same version, none was skipped.
        Assert.Equal(Enumerable.Range(claim.Version + 1, saved), savedVersions.Order());
        // A refusal always came with a newer claim than the one the writer based its save on.
        Assert.All(conflicts, c => Assert.True(c.Current > c.Based, $"refused on version {c.Based} but shown version {c.Current}"));
        Assert.Equal(claim.Version + saved, f.Claims.Get(claim.Id)!.Version);
        Assert.Equal(saved, new AuditLog(f.Temp.Db).ForClaim(claim.Id).Count(a => a.Action == "verdict"));
    }
}

/// <summary>Every test of <see cref="ConcurrentSaveTests"/>, on PostgreSQL.</summary>
public sealed class ConcurrentSaveTestsOnPostgres() : ConcurrentSaveTests(DatabaseProvider.Postgres);
