using Dapper;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Reports;
using FactCheck.Core.Reviews;
using FactCheck.Core.Sources;

namespace FactCheck.Core.Tests.Data;

/// <summary>
/// Migration 0014: PostgreSQL's points in time go from ISO 8601 text to timestamptz (SQLite's twin changes nothing). A
/// database made at migration 0013 keeps every time exactly, to the microsecond, and the same instant whatever the
/// session's time zone.
/// </summary>
public class TimestampMigrationTests
{
    // 09:30:00.1234567 UTC, given with an offset of +02:00: stored as 09:30:00.123456 UTC (StoredTime keeps microseconds).
    private static readonly DateTimeOffset Start = new DateTimeOffset(2026, 3, 13, 11, 30, 0, TimeSpan.FromHours(2)).AddTicks(1_234_567);

    private static DateTimeOffset Utc(int hour, int minute, int second, long ticks = 0) =>
        new DateTimeOffset(2026, 3, 13, hour, minute, second, TimeSpan.Zero).AddTicks(ticks);

    private sealed record Seen(
        DateTimeOffset UserCreated, DateTimeOffset? UserLockedUntil, DateTimeOffset ArticleCreated, DateTimeOffset ArticleUpdated,
        DateTimeOffset? ArticleFetched, DateTimeOffset ClaimUpdated, DateTimeOffset SnapshotRetrieved, DateTimeOffset ReportPublished,
        DateTimeOffset CommentCreated, string AuditTimes);

    private static Seen Read(Database db, long articleId, long claimId, long sourceId)
    {
        var clock = new FixedClock(Start);
        var eva = new UserStore(db, clock).Find("eva")!;
        var article = new ArticleStore(db, clock).Get(articleId)!;
        var claim = new ClaimStore(db, clock).Get(claimId)!;
        var audit = new AuditLog(db).ForArticle(articleId);
        return new Seen(eva.CreatedAt, eva.LockedUntil, article.CreatedAt, article.UpdatedAt, article.FetchedAt, claim.UpdatedAt,
            new SnapshotStore(db, clock).Latest(sourceId)!.RetrievedAt, new ReportVersionStore(db).List(articleId).Single().PublishedAt,
            new CommentStore(db, clock).ListByClaim(claimId).Single().CreatedAt,
            string.Join(", ", audit.Select(a => $"{a.Id}@{a.At:O}")));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void A_database_at_migration_13_with_data_upgrades_and_keeps_every_time_to_the_microsecond(DatabaseProvider provider)
    {
        using var temp = new TempDatabase(migrate: false, provider: provider);
        Migrator.Migrate(temp.Db, targetVersion: 13);
        Assert.Equal(13, Migrator.CurrentVersion(temp.Db));

        // A small installation made by the stores of this version (they wrote text on both engines at 0013).
        var clock = new FixedClock(Start);
        var users = new UserStore(temp.Db, clock);
        var eva = users.Create("eva", Role.Editor, "a long enough password");
        new ApiTokenStore(temp.Db, users, clock).Create(eva.Id, "eva");
        new SessionStore(temp.Db, users, clock).Start(eva.Id);
        var articles = new ArticleStore(temp.Db, clock);
        var claims = new ClaimStore(temp.Db, clock);
        var evidence = new EvidenceStore(temp.Db, clock);
        var snapshots = new SnapshotStore(temp.Db, clock);
        var articleId = articles.Create(new ArticleDraft { Text = StoreFixture.Text, Outlet = "Meridian News" }, "Floods", StoreFixture.Extraction());
        var claimId = claims.ListByArticle(articleId)[0].Id;
        clock.Now = Start.AddMinutes(5);
        var added = evidence.Add(claimId, new EvidenceDraft { Url = "https://stats.example.gov/b1", Title = "Bulletin", Passage = "1,204 homes" });
        snapshots.Add(added.SourceId, SnapshotDraft.FromPastedText("The bulletin counts 1,204 homes.", clock.Now));
        new CommentStore(temp.Db, clock).Add(claimId, "eva", "@eva check the date");
        clock.Now = Start.AddMinutes(10);
        var claim = claims.Get(claimId)!;
        claim = claims.SetVerdict(claim.Id, claim.Version, "Mostly true", "The count was **1,204**.", "eva").Value!;
        Assert.True(claims.Approve(claim.Id, claim.Version, "eva").Saved);
        articles.UpdateMethodology(articleId, "We read the bulletin.");
        var publisher = new ReportPublisher(articles, claims, evidence, snapshots, new ReportVersionStore(temp.Db), VerdictScale.Default, clock);
        Assert.True(publisher.Publish(articleId, "eva", null).Published);
        using (var c = temp.Db.Open())
        {
            // Times an older FactCheck (Microsoft.Data.Sqlite's seven decimals) or a hand wrote, with offsets other than UTC.
            c.Execute("UPDATE users SET created_at = '2026-03-13 11:30:00.1234567+02:00', locked_until = '2026-03-13 04:45:00.5-05:00' WHERE id = @id", new { id = eva.Id });
            c.Execute("UPDATE articles SET fetched_at = '2026-03-13 09:30:00.9999999+00:00' WHERE id = @articleId", new { articleId });
            c.Execute("""
                INSERT INTO audit_log (at, actor, entity, entity_id, article_id, action, old_value, new_value)
                VALUES ('2026-03-13 12:00:00.25+02:30', 'eva', 'article', @articleId, @articleId, 'note', NULL, NULL)
                """, new { articleId });
        }
        var digestsBefore = DatabaseCopier.Digests(temp.Db);
        var seenBefore = Read(temp.Db, articleId, claimId, added.SourceId);

        var applied = Migrator.Migrate(temp.Db);

        Assert.Equal([14], applied.Select(m => m.Number));
        Assert.Equal(Migrator.LatestVersion, Migrator.CurrentVersion(temp.Db));
        // Every table hashes alike (times are hashed in StoredTime's form, whatever the column type), and the stores read
        // exactly what they read before.
        Assert.Equal(digestsBefore, DatabaseCopier.Digests(temp.Db));
        var seen = Read(temp.Db, articleId, claimId, added.SourceId);
        Assert.Equal(seenBefore, seen);
        Assert.Equal(Utc(9, 30, 0, 1_234_560), seen.UserCreated);
        Assert.Equal(Utc(9, 45, 0, 5_000_000), seen.UserLockedUntil);
        Assert.Equal(Utc(9, 30, 0, 9_999_990), seen.ArticleFetched);
        Assert.Equal(Utc(9, 30, 0, 1_234_560), seen.ArticleCreated);
        Assert.Equal(Utc(9, 40, 0, 1_234_560), seen.ReportPublished);
        Assert.Equal(Utc(9, 35, 0, 1_234_560), seen.SnapshotRetrieved);
        Assert.Equal(TimeSpan.Zero, seen.ArticleCreated.Offset);
        Assert.Contains("@2026-03-13T09:30:00.2500000+00:00", seen.AuditTimes);

        // The stores go on writing and reading times, to the microsecond, on the migrated database.
        clock.Now = new DateTimeOffset(2026, 4, 1, 12, 0, 0, TimeSpan.FromHours(-5)).AddTicks(7_654_321);
        var later = new ArticleStore(temp.Db, clock).Create(new ArticleDraft { Text = StoreFixture.Text }, "After 0014", StoreFixture.Extraction());
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 17, 0, 0, TimeSpan.Zero).AddTicks(7_654_320), articles.Get(later)!.CreatedAt);

        if (provider == DatabaseProvider.Postgres)
        {
            using var c = temp.Db.Open();
            Assert.Empty(c.Query<string>("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND data_type <> 'timestamp with time zone'
                  AND (column_name = 'at' OR column_name LIKE '%\_at' OR column_name LIKE '%\_until')
                """));
            // Compared as an instant: written as 12:00:00.25+02:30, it equals 09:30:00.25 UTC.
            Assert.Equal(1, c.ExecuteScalar<int>(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'note' AND at = '2026-03-13 09:30:00.25+00'"));
        }
    }

    [Fact]
    public void On_postgresql_times_are_instants_whatever_the_session_time_zone_and_text_without_an_offset_is_read_as_utc()
    {
        using var temp = new TempDatabase(migrate: false, provider: DatabaseProvider.Postgres);
        Migrator.Migrate(temp.Db, targetVersion: 13);
        var clock = new FixedClock(Start);
        var users = new UserStore(temp.Db, clock);
        users.Create("eva", Role.Editor, "a long enough password");
        users.Create("rob", Role.Reviewer, "a long enough password");
        using (var c = temp.Db.Open())
            c.Execute("UPDATE users SET created_at = '2026-03-13 09:30:00' WHERE username = 'rob'");
        // Sessions in New York (UTC-4 on 13 March 2026) migrate, write and read: the migration must not read offset-less
        // text in the session's zone, and nothing may shift.
        using var newYork = Database.Postgres(temp.Db.ConnectionString + ";Timezone=America/New_York");
        users = new UserStore(newYork, clock);

        Migrator.Migrate(newYork);

        using (var c = newYork.Open())
        {
            Assert.Equal("America/New_York", c.ExecuteScalar<string>("SHOW TimeZone"));
            Assert.Equal("2026-03-13 05:30:00.123456 -04", c.ExecuteScalar<string>(
                "SELECT to_char(created_at, 'YYYY-MM-DD HH24:MI:SS.US OF') FROM users WHERE username = 'eva'"));
            Assert.True(c.ExecuteScalar<bool>("SELECT created_at = '2026-03-13 09:30:00+00' FROM users WHERE username = 'rob'"));
        }
        Assert.Equal(Utc(9, 30, 0, 1_234_560), users.Find("eva")!.CreatedAt);
        Assert.Equal(Utc(9, 30, 0), users.Find("rob")!.CreatedAt);
        // Written in a New York session, read back as the same instant, in UTC.
        clock.Now = new DateTimeOffset(2026, 7, 1, 23, 59, 59, TimeSpan.FromHours(9)).AddTicks(1);
        var ana = users.Create("ana", Role.Reviewer, "a long enough password");
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 14, 59, 59, TimeSpan.Zero), users.Get(ana.Id)!.CreatedAt);
        using (var c = temp.Db.Open())
            Assert.True(c.ExecuteScalar<bool>("SELECT created_at = '2026-07-01 14:59:59+00' FROM users WHERE username = 'ana'"));
        Assert.Equal(users.Get(ana.Id)!.CreatedAt, new UserStore(temp.Db, clock).Get(ana.Id)!.CreatedAt);
    }
}
