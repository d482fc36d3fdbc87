using Dapper;
using FactCheck.Core.Data;
using FactCheck.Core.Reviews;
using FactCheck.Core.Sources;
using FactCheck.Core.Tests.Data;
using Microsoft.Data.Sqlite;

namespace FactCheck.Core.Tests.Sources;

public class SnapshotStoreTests : IDisposable
{
    private readonly StoreFixture f;

    public SnapshotStoreTests() : this(DatabaseProvider.Sqlite) { }

    private readonly SnapshotStore snapshots;
    private readonly LoopbackServer server = new();

    /// <summary>For <see cref="SnapshotStoreTestsOnPostgres"/>: the same tests on PostgreSQL.</summary>
    protected SnapshotStoreTests(DatabaseProvider provider)
    {
        f = new(provider);
        snapshots = new SnapshotStore(f.Temp.Db, f.Clock);
    }

    private static SnapshotDraft Draft(string text, string sha) => new()
    {
        Text = text, Sha256 = sha, RetrievedAt = new DateTimeOffset(2026, 3, 13, 9, 0, 0, TimeSpan.Zero),
        FinalUrl = "https://example.org/report", HttpStatus = 200, ContentType = "text/html",
        ArchiveUrl = "https://web.archive.org/web/20260313090000/https://example.org/report",
        Title = "Flood report", Publisher = "Gazette", Author = "Lena Ortiz", PublishedOn = new DateOnly(2026, 3, 11),
    };

    [Fact]
    public void Add_stores_every_field_and_fills_in_the_source()
    {
        var sourceId = snapshots.EnsureSource("https://example.org/report");
        var stored = snapshots.Add(sourceId, Draft("1,204 homes were flooded.", new string('a', 64)));

        var read = snapshots.Get(stored.Id)!;
        Assert.Equal(stored, read);
        Assert.Equal(sourceId, read.SourceId);
        Assert.Equal("1,204 homes were flooded.", read.Text);
        Assert.Equal(200, read.HttpStatus);
        Assert.Equal(new DateOnly(2026, 3, 11), read.PublishedOn);
        Assert.False(read.Manual);
        Assert.False(read.ChangedSincePrevious);

        using var c = f.Temp.Db.Open();
        var source = c.QuerySingle<(string? Title, string? Publisher, string? Author, string? AccessedOn)>(
            "SELECT title, publisher, author, accessed_on FROM sources WHERE id = @sourceId", new { sourceId });
        Assert.Equal(("Flood report", "Gazette", "Lena Ortiz", "2026-03-13"), source);
    }

    [Fact]
    public void Snapshots_cannot_be_updated_or_deleted()
    {
        var sourceId = snapshots.EnsureSource("https://example.org/report");
        var stored = snapshots.Add(sourceId, Draft("Original words.", new string('b', 64)));
        using var c = f.Temp.Db.Open();

        var update = f.Temp.AssertRefused(() => c.Execute("UPDATE snapshots SET text = 'Edited words.' WHERE id = @Id", stored));
        Assert.Contains("immutable", update.Message);
        var delete = f.Temp.AssertRefused(() => c.Execute("DELETE FROM snapshots WHERE id = @Id", stored));
        Assert.Contains("immutable", delete.Message);
        Assert.Equal("Original words.", snapshots.Get(stored.Id)!.Text);
    }

    [Fact]
    public void Manual_snapshot_hashes_the_pasted_text()
    {
        var sourceId = snapshots.EnsureSource("https://paywalled.example/story");
        var draft = SnapshotDraft.FromPastedText("  The council approved 3,400 permits.\r\nNo others.  ", f.Clock.GetUtcNow(), "https://paywalled.example/story");
        var stored = snapshots.Add(sourceId, draft);

        Assert.True(stored.Manual);
        Assert.Equal("The council approved 3,400 permits.\nNo others.", stored.Text);
        Assert.Equal(SnapshotDraft.HashHex("The council approved 3,400 permits.\nNo others."u8), stored.Sha256);
        Assert.Equal("https://web.archive.org/web/20260313093000/https://paywalled.example/story", stored.ArchiveUrl);
        Assert.Throws<ArgumentException>(() => SnapshotDraft.FromPastedText(" \n ", f.Clock.GetUtcNow()));
    }

    [Fact]
    public async Task Refetch_adds_a_snapshot_and_flags_a_change()
    {
        var version = 0;
        server.Map("/live", ctx => LoopbackServer.Write(ctx,
            System.Text.Encoding.UTF8.GetBytes(Volatile.Read(ref version) == 0 ? "Turnout was 61%." : "Turnout was 63%."), "text/plain", 200));
        using var fetcher = new SourceFetcher(new SourceFetchOptions { AllowPrivateNetworks = true }, f.Clock);
        var url = server.Url("/live");
        var sourceId = snapshots.EnsureSource(url);
        var ct = TestContext.Current.CancellationToken;

        var first = snapshots.Add(sourceId, (await fetcher.FetchAsync(url, null, ct)).Snapshot!);
        var same = snapshots.Add(sourceId, (await fetcher.FetchAsync(url, null, ct)).Snapshot!);
        Volatile.Write(ref version, 1);
        var changed = snapshots.Add(sourceId, (await fetcher.FetchAsync(url, null, ct)).Snapshot!);

        Assert.Equal([first.Id, same.Id, changed.Id], snapshots.List(sourceId).Select(s => s.Id));
        Assert.False(first.ChangedSincePrevious);
        Assert.False(same.ChangedSincePrevious);
        Assert.True(changed.ChangedSincePrevious);
        Assert.True(changed.TextChangedSincePrevious);
        Assert.Equal("Turnout was 63%.", snapshots.Latest(sourceId)!.Text);
        Assert.Equal("Turnout was 61%.", snapshots.Get(first.Id)!.Text);
    }

    [Fact]
    public void Latest_is_null_for_a_source_never_fetched() =>
        Assert.Null(snapshots.Latest(snapshots.EnsureSource("https://example.org/none")));

    [Fact]
    public void Evidence_anchor_is_stored_against_its_snapshot()
    {
        var articleId = f.CreateArticle();
        var claimId = f.Claims.ListByArticle(articleId)[0].Id;
        var evidence = f.Evidence.Add(claimId, new EvidenceDraft { Url = "https://example.org/report", Passage = "1,204 homes were flooded" });
        var snapshot = snapshots.Add(evidence.SourceId, Draft("Officials said 1,204 homes were\nflooded overnight.", new string('c', 64)));

        var location = PassageLocator.Locate(snapshot.Text, evidence.Passage);
        Assert.True(snapshots.Anchor(evidence.Id, snapshot.Id, location));

        var anchor = snapshots.AnchorOf(evidence.Id)!;
        Assert.True(anchor.Found);
        Assert.Equal(snapshot.Id, anchor.SnapshotId);
        Assert.Equal("1,204 homes were\nflooded", snapshot.Text[anchor.Position!.Value.Start..anchor.Position.Value.End]);
        Assert.Equal("Officials said ", anchor.Quote!.Prefix);
        Assert.Equal(" overnight.", anchor.Quote.Suffix);

        f.Evidence.UpdatePassage(evidence.Id, "1,204 homes were flooded", Stance.Contradicts);
        Assert.NotNull(snapshots.AnchorOf(evidence.Id));
        f.Evidence.UpdatePassage(evidence.Id, "homes were flooded overnight", Stance.Contradicts);
        Assert.Null(snapshots.AnchorOf(evidence.Id));
    }

    [Fact]
    public void Passage_not_in_the_snapshot_is_stored_as_not_found()
    {
        var articleId = f.CreateArticle();
        var claimId = f.Claims.ListByArticle(articleId)[0].Id;
        var evidence = f.Evidence.Add(claimId, new EvidenceDraft { Url = "https://example.org/report", Passage = "2,000 homes were flooded" });
        var snapshot = snapshots.Add(evidence.SourceId, Draft("Officials said 1,204 homes were flooded.", new string('d', 64)));

        snapshots.Anchor(evidence.Id, snapshot.Id, PassageLocator.Locate(snapshot.Text, evidence.Passage));
        var anchor = snapshots.AnchorOf(evidence.Id)!;
        Assert.False(anchor.Found);
        Assert.Null(anchor.Position);
        Assert.Null(anchor.Quote);
    }

    public void Dispose()
    {
        server.Dispose();
        f.Dispose();
    }
}

/// <summary>Every test of <see cref="SnapshotStoreTests"/>, on PostgreSQL.</summary>
public sealed class SnapshotStoreTestsOnPostgres() : SnapshotStoreTests(DatabaseProvider.Postgres);
