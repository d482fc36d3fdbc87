using Dapper;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Reports;
using FactCheck.Core.Reviews;
using FactCheck.Core.Sources;
using FactCheck.Testing;

namespace FactCheck.Core.Tests.Data;

/// <summary><c>factcheck db copy</c>: a whole installation from SQLite to PostgreSQL and back, verified table by table.</summary>
public sealed class DatabaseCopyTests : IDisposable
{
    private readonly StoreFixture f = new();

    public void Dispose() => f.Dispose();

    /// <summary>100 articles with claims, verdicts, sources, evidence, snapshots, comments with mentions, users, tokens, sessions, published reports.</summary>
    private void Fill()
    {
        var users = new UserStore(f.Temp.Db, f.Clock);
        var eva = users.Create("eva", Role.Editor, "a long enough password");
        var rob = users.Create("Rob.Reviewer", Role.Reviewer, "a long enough password", displayName: "Rob Ré");
        new ApiTokenStore(f.Temp.Db, users, f.Clock).Create(eva.Id, "eva");
        new SessionStore(f.Temp.Db, users, f.Clock).Start(rob.Id);
        var snapshots = new SnapshotStore(f.Temp.Db, f.Clock);
        var comments = new CommentStore(f.Temp.Db, f.Clock);
        var publisher = new ReportPublisher(f.Articles, f.Claims, f.Evidence, snapshots, new ReportVersionStore(f.Temp.Db), VerdictScale.Default, f.Clock);
        for (var n = 0; n < 100; n++)
        {
            f.Clock.Now = f.Clock.Now.AddMinutes(7);
            var id = f.CreateArticle($"Floods {n} — “quoted” title", n % 3 == 0 ? null : "Meridian News");
            var claims = f.Claims.ListByArticle(id);
            var evidence = f.Evidence.Add(claims[0].Id, new EvidenceDraft { Url = $"https://stats.example.gov/b{n % 17}", Title = "Bulletin", Passage = "1,204 homes" });
            snapshots.Add(evidence.SourceId, SnapshotDraft.FromPastedText($"The bulletin counts 1,204 homes ({n}).", f.Clock.Now));
            comments.Add(claims[1].Id, "eva", $"@Rob.Reviewer please check the date {n}");
            var claim = f.Claims.SetVerdict(claims[0].Id, claims[0].Version, "Mostly true", $"The count was **{1190 + n}**.", "Rob.Reviewer").Value!;
            if (n % 10 == 0)
            {
                f.Articles.UpdateMethodology(id, "We read the bulletin.");
                Assert.True(f.Claims.Approve(claim.Id, claim.Version, "eva").Saved);
                Assert.True(publisher.Publish(id, "eva", null).Published);
            }
        }
    }

    [Fact]
    public void Hundred_articles_round_trip_sqlite_to_postgresql_and_back_with_identical_hashes()
    {
        Fill();
        using var postgres = new TempDatabase(migrate: false, provider: DatabaseProvider.Postgres);
        using var back = new TempDatabase(migrate: false);

        var there = DatabaseCopier.Copy(f.Temp.Db, postgres.Db);
        var again = DatabaseCopier.Copy(postgres.Db, back.Db);

        Assert.True(there.Verified);
        Assert.True(again.Verified);
        var original = DatabaseCopier.Digests(f.Temp.Db);
        Assert.Equal(original, DatabaseCopier.Digests(back.Db));
        var rows = original.ToDictionary(d => d.Table, d => d.Rows);
        Assert.Equal(100, rows["articles"]);
        Assert.Equal(200, rows["claims"]);
        Assert.Equal(100, rows["snapshots"]);
        Assert.Equal(100, rows["comments"]);
        Assert.Equal(100, rows["mentions"]);
        Assert.Equal(10, rows["report_versions"]);
        Assert.Equal(2, rows["users"]);
        Assert.True(rows["audit_log"] > 400, $"{rows["audit_log"]} audit rows");
        Assert.Contains("audit_log", there.Target.Select(d => d.Table));

        // The copy is a working installation: new rows continue after the copied ids, and the trail stays append-only.
        var store = new ArticleStore(postgres.Db, f.Clock);
        var next = store.Create(new ArticleDraft { Text = StoreFixture.Text }, "After the move", StoreFixture.Extraction());
        Assert.Equal(rows["articles"] + 1, next);
        using var c = postgres.Db.Open();
        postgres.AssertRefused(() => c.Execute("DELETE FROM audit_log"));
    }

    [Fact]
    public void Hundred_articles_round_trip_through_postgresql_with_timestamptz_columns_with_identical_hashes()
    {
        Fill();
        // Rows an older FactCheck wrote: seven decimals (Microsoft.Data.Sqlite's form) and an offset other than UTC.
        using (var c = f.Temp.Db.Open())
        {
            c.Execute("UPDATE users SET created_at = '2026-03-13 11:30:00.1234567+02:00' WHERE username = 'eva'");
            c.Execute("UPDATE articles SET fetched_at = '2026-03-13 09:30:00.9999999+00:00' WHERE id = 1");
        }
        // Migration 0014 made PostgreSQL's time columns timestamptz.
        using var postgres = new TempDatabase(provider: DatabaseProvider.Postgres);
        using var back = new TempDatabase(migrate: false);

        var there = DatabaseCopier.Copy(f.Temp.Db, postgres.Db);
        var again = DatabaseCopier.Copy(postgres.Db, back.Db);

        Assert.True(there.Verified);
        Assert.True(again.Verified);
        Assert.Equal(DatabaseCopier.Digests(f.Temp.Db), DatabaseCopier.Digests(back.Db));
        using (var c = postgres.Db.Open())
        {
            Assert.Equal("timestamp with time zone", c.ExecuteScalar<string>(
                "SELECT data_type FROM information_schema.columns WHERE table_name = 'audit_log' AND column_name = 'at'"));
            Assert.Equal(new DateTimeOffset(2026, 3, 13, 9, 30, 0, TimeSpan.Zero).AddTicks(1_234_560),
                c.QuerySingle<DateTimeOffset>("SELECT created_at FROM users WHERE username = 'eva'"));
        }
        // The stores work on the converted columns: times written and read back as on SQLite, to the microsecond.
        var clock = new FixedClock(new DateTimeOffset(2026, 4, 1, 12, 0, 0, TimeSpan.FromHours(-5)).AddTicks(7_654_321));
        var articles = new ArticleStore(postgres.Db, clock);
        var id = articles.Create(new ArticleDraft { Text = StoreFixture.Text }, "After the conversion", StoreFixture.Extraction());
        var expected = new DateTimeOffset(2026, 4, 1, 17, 0, 0, TimeSpan.Zero).AddTicks(7_654_320);
        Assert.Equal(expected, articles.Get(id)!.CreatedAt);
        var claims = new ClaimStore(postgres.Db, clock);
        var claim = claims.ListByArticle(id)[0];
        Assert.True(claims.SetVerdict(claim.Id, claim.Version, "False", "converted", "eva").Saved);
        Assert.Equal(expected, new AuditLog(postgres.Db).ForClaim(claim.Id).Single(a => a.Action == "verdict").At);
    }

    [Fact]
    public void A_target_that_holds_data_is_refused_and_left_as_it_was()
    {
        Fill();
        using var postgres = new TempDatabase(provider: DatabaseProvider.Postgres);
        new UserStore(postgres.Db, f.Clock).Create("someone", Role.Admin, "a long enough password");
        var before = DatabaseCopier.Digests(postgres.Db);

        var refused = Assert.Throws<InvalidOperationException>(() => DatabaseCopier.Copy(f.Temp.Db, postgres.Db));

        Assert.Contains("not empty", refused.Message);
        Assert.Equal(before, DatabaseCopier.Digests(postgres.Db));
    }

    [Fact]
    public void The_digest_notices_one_changed_character_and_one_missing_row()
    {
        Fill();
        using var copy = new TempDatabase(migrate: false);
        DatabaseCopier.Copy(f.Temp.Db, copy.Db);
        using (var c = copy.Db.Open())
        {
            c.Execute("UPDATE claims SET explanation = 'The count was **1191**!' WHERE explanation = 'The count was **1191**.'");
            c.Execute("DELETE FROM comments WHERE id = 5");
        }

        var changed = DatabaseCopier.Digests(f.Temp.Db).Zip(DatabaseCopier.Digests(copy.Db)).Where(p => p.First != p.Second).Select(p => p.First.Table);

        Assert.Equal(["claims", "comments", "mentions"], changed.Order());
    }

    [Fact]
    public async Task The_command_copies_into_postgresql_and_prints_the_verification()
    {
        f.CreateArticle();
        var (name, connectionString) = PostgresServer.CreateDatabase(migrated: false);
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var code = await FactCheck.Cli.CommandLine.RunAsync(["db", "copy", "--from", "sqlite:" + f.Temp.Path_, "--to", "postgres:" + connectionString], stdout, stderr);

            Assert.True(code == 0, stderr.ToString());
            Assert.Contains("verified:", stdout.ToString());
            Assert.Matches(@"audit_log\t1\t[0-9a-f]{64}\tsame", stdout.ToString());
            var again = await FactCheck.Cli.CommandLine.RunAsync(["db", "copy", "--from", "sqlite:" + f.Temp.Path_, "--to", "postgres:" + connectionString], stdout, stderr);
            Assert.Equal(2, again);
            Assert.Contains("not empty", stderr.ToString());
            Assert.Equal(2, await FactCheck.Cli.CommandLine.RunAsync(["db", "copy", "--from", "sqlite:/no/such/file.db", "--to", "postgres:" + connectionString], stdout, stderr));
        }
        finally
        {
            PostgresServer.Drop(name);
        }
    }
}
