using System.Collections.Concurrent;
using Dapper;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Extraction;
using FactCheck.Core.Reviews;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Data;

/// <summary>
/// The checks a write makes across rows (caps, numbers, the last administrator, lockouts), raced by writers that start
/// together: whatever each engine locks, the outcome is the one of some order of the writes.
/// </summary>
public class WriteLockTests : IDisposable
{
    private const int Writers = 8;
    protected readonly StoreFixture f;

    public WriteLockTests() : this(DatabaseProvider.Sqlite) { }

    /// <summary>For <see cref="WriteLockTestsOnPostgres"/>: the same tests on PostgreSQL.</summary>
    protected WriteLockTests(DatabaseProvider provider) => f = new(provider);

    public void Dispose() => f.Dispose();

    /// <summary>Runs <paramref name="write"/> once per writer, all released at the same moment.</summary>
    private static async Task<T[]> Together<T>(int writers, Func<int, T> write)
    {
        using var start = new Barrier(writers);
        return await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            return write(w);
        }, TaskCreationOptions.LongRunning)));
    }

    [Fact]
    public async Task Reviewers_adding_claims_at_once_stop_exactly_at_the_cap_each_with_an_ordinal_of_its_own()
    {
        var articleId = f.CreateArticle();
        var cap = f.Claims.CountByArticle(articleId) + 3;
        var added = await Together(Writers, w =>
        {
            try { return f.Claims.AddManual(articleId, new TextSpan(0, 5), ClaimKind.Fact, $"claim {w}", maxClaims: cap); }
            catch (ArgumentException) { return null; }
        });

        Assert.Equal(3, added.Count(a => a is not null));
        var claims = f.Claims.ListByArticle(articleId);
        Assert.Equal(cap, claims.Count);
        Assert.Equal(claims.Count, claims.Select(c => c.Ordinal).Distinct().Count());
    }

    [Fact]
    public async Task Publishers_of_one_article_at_once_take_consecutive_version_numbers()
    {
        var articleId = f.CreateArticle();
        var versions = new ReportVersionStore(f.Temp.Db);
        var published = await Together(Writers, w => versions.Add(articleId, n => $"# Report v{n} by writer {w}", $"editor-{w}", null, f.Clock.Now));

        Assert.Equal(Enumerable.Range(1, Writers), published.Select(v => v.Version).Order());
        Assert.Equal(Enumerable.Range(1, Writers), versions.List(articleId).Select(v => v.Version));
    }

    [Fact]
    public async Task Two_articles_of_one_title_published_at_once_get_two_addresses()
    {
        var articles = Enumerable.Range(0, Writers).Select(_ => f.CreateArticle("Floods in Campo Sereno")).ToList();
        var versions = new ReportVersionStore(f.Temp.Db);
        await Together(Writers, w => versions.Add(articles[w], n => $"# Report {w}", "editor", null, f.Clock.Now));

        var slugs = articles.Select(versions.SlugOf).ToList();
        Assert.All(slugs, s => Assert.NotNull(s));
        Assert.Equal(Writers, slugs.Distinct().Count());
    }

    [Fact]
    public async Task Administrators_demoting_each_other_at_once_leave_one_administrator()
    {
        var users = new UserStore(f.Temp.Db, f.Clock);
        var admins = Enumerable.Range(0, 2).Select(i => users.Create($"admin{i}", Role.Admin, "correct horse battery")).ToList();
        for (var round = 0; round < 5; round++)
        {
            var refusals = await Together(2, w => users.SetRole(admins[w].Id, Role.Editor, admins[1 - w].Username));

            Assert.Single(refusals, r => r is null);
            Assert.Single(users.List(), u => u is { Role: Role.Admin, Active: true });
            // Both administrators again for the next round.
            foreach (var admin in admins) Assert.Null(users.SetRole(admin.Id, Role.Admin, "setup"));
        }
    }

    [Fact]
    public async Task Two_first_run_forms_sent_at_once_make_one_administrator()
    {
        var users = new UserStore(f.Temp.Db, f.Clock);
        var made = await Together(2, w => users.CreateFirstAdmin($"first{w}", "correct horse battery"));

        Assert.Single(made, u => u is not null);
        Assert.Equal(1, users.Count());
    }

    [Fact]
    public async Task Wrong_passwords_sent_at_once_are_all_counted_and_lock_the_account()
    {
        var users = new UserStore(f.Temp.Db, f.Clock);
        users.Create("ana", Role.Reviewer, "correct horse battery");
        var outcomes = await Together(UserStore.MaxFailures, _ => users.SignIn("ana", "wrong password!"));

        Assert.All(outcomes, o => Assert.False(o.Ok));
        Assert.Single(outcomes, o => o.Error!.StartsWith("Too many failed attempts", StringComparison.Ordinal));
        Assert.StartsWith("Too many failed attempts", users.SignIn("ana", "correct horse battery").Error);
    }

    [Fact]
    public async Task An_editor_approving_while_a_reviewer_adds_evidence_either_approves_the_evidence_or_refuses_it()
    {
        for (var round = 0; round < 5; round++)
        {
            var claim = f.Claims.ListByArticle(f.CreateArticle())[1];
            claim = f.Claims.SetVerdict(claim.Id, claim.Version, "True", "checked", "ana").Value!;
            var approved = false;
            Evidence? added = null;
            await Together(2, w =>
            {
                if (w == 0) approved = f.Claims.Approve(claim.Id, claim.Version, "ed").Saved;
                else
                    try { added = f.Evidence.Add(claim.Id, new EvidenceDraft { Url = $"https://example.org/{round}", Passage = "It peaked.", Stance = Stance.Supports }); }
                    catch (ClaimLockedException) { }
                return 0;
            });

            Assert.True(approved);
            // Added first (then approved with it), or refused after the approval: never added to an approved claim afterwards.
            var trail = new AuditLog(f.Temp.Db).ForClaim(claim.Id);
            var approval = trail.Single(a => a.Action == "approved");
            if (added is not null) Assert.Contains(trail, a => a.Entity == "evidence" && a.Id < approval.Id);
            else Assert.DoesNotContain(trail, a => a.Entity == "evidence");
        }
    }
}

/// <summary>Every test of <see cref="WriteLockTests"/>, on PostgreSQL, plus what only PostgreSQL does: writers of different claims do not wait.</summary>
public sealed class WriteLockTestsOnPostgres() : WriteLockTests(DatabaseProvider.Postgres)
{
    [Fact]
    public async Task A_save_in_progress_on_one_claim_holds_up_saves_of_that_claim_only()
    {
        var first = f.Claims.ListByArticle(f.CreateArticle())[0];
        var otherArticle = f.Claims.ListByArticle(f.CreateArticle())[0];
        var sameArticle = f.Claims.ListByArticle(first.ArticleId)[1];
        using var c = f.Temp.Db.Open();
        using var tx = Database.BeginWrite(c);
        // Another instance's save of the first claim, stopped halfway: its claim read and locked, not yet written.
        c.Execute($"SELECT id FROM claims WHERE id = @id {SqlDialect.Postgres.ForUpdate}", new { id = first.Id }, tx);

        var others = Task.WhenAll(
            Task.Run(() => f.Claims.SetVerdict(otherArticle.Id, otherArticle.Version, "True", "another article", "ben")),
            Task.Run(() => f.Claims.SetVerdict(sameArticle.Id, sameArticle.Version, "False", "same article, other claim", "cy")));
        var waiting = Task.Run(() => f.Claims.SetVerdict(first.Id, first.Version, "Misleading", "the same claim", "dee"));
        var saved = await others.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.All(saved, r => Assert.True(r.Saved));
        await WaitUntilBlocked(c, tx);
        Assert.False(waiting.IsCompleted);

        // The stopped save finishes first: the waiting one was based on the same version, so it is refused, not applied.
        c.Execute("UPDATE claims SET verdict = 'True', version = version + 1 WHERE id = @id", new { id = first.Id }, tx);
        tx.Commit();
        var refused = await waiting.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(refused.Saved);
        Assert.Equal(first.Version + 1, refused.Current!.Version);
        Assert.Equal("True", refused.Current.Verdict);
    }

    [Fact]
    public async Task Two_app_instances_saving_the_same_claims_lose_and_duplicate_nothing()
    {
        using var second = Database.Postgres(f.Temp.Db.ConnectionString);
        var stores = new[] { f.Claims, new ClaimStore(second, f.Clock) };
        var claims = f.Claims.ListByArticle(f.CreateArticle());
        var saved = new ConcurrentBag<(long Claim, int Version)>();
        var refused = 0;
        await Task.WhenAll(Enumerable.Range(0, 16).Select(w => Task.Run(() =>
        {
            var store = stores[w % 2];
            for (var i = 0; i < 15; i++)
            {
                var current = store.Get(claims[(w + i) % claims.Count].Id)!;
                var result = store.SetVerdict(current.Id, current.Version, VerdictScale.Default.Verdicts[(w + i) % 8].Label, $"writer {w}", $"writer-{w}");
                if (result.Saved) saved.Add((current.Id, result.Value!.Version));
                else Interlocked.Increment(ref refused);
            }
        })));

        Assert.Equal(16 * 15, saved.Count + refused);
        var trail = new AuditLog(f.Temp.Db);
        foreach (var claim in claims)
        {
            var versions = saved.Where(s => s.Claim == claim.Id).Select(s => s.Version).Order().ToList();
            Assert.Equal(Enumerable.Range(claim.Version + 1, versions.Count), versions);
            Assert.Equal(claim.Version + versions.Count, f.Claims.Get(claim.Id)!.Version);
            Assert.Equal(versions.Count, trail.ForClaim(claim.Id).Count(a => a.Action == "verdict"));
        }
    }

    /// <summary>Waits until a backend of this test's database waits on a lock held by <paramref name="holder"/>'s transaction.</summary>
    private static async Task WaitUntilBlocked(System.Data.Common.DbConnection holder, System.Data.IDbTransaction tx)
    {
        var pid = holder.ExecuteScalar<int>("SELECT pg_backend_pid()", transaction: tx);
        for (var i = 0; i < 300; i++)
        {
            if (holder.ExecuteScalar<int>("SELECT COUNT(*) FROM pg_stat_activity WHERE @pid = ANY(pg_blocking_pids(pid))", new { pid }, tx) > 0) return;
            await Task.Delay(100);
        }
        Assert.Fail("No save waited on the locked claim.");
    }
}
