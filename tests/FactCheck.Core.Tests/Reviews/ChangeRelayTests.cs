using FactCheck.Core.Data;
using FactCheck.Core.Reviews;

namespace FactCheck.Core.Tests.Reviews;

/// <summary>Changes and presence between app instances: hubs wired to each other, then through PostgreSQL LISTEN/NOTIFY.</summary>
public class ChangeRelayTests
{
    [Fact]
    public void A_relayed_change_reaches_the_other_instance_without_its_origin_and_not_itself()
    {
        var (a, b) = (new ChangeHub(), new ChangeHub());
        a.Relay = b.Receive;
        b.Relay = a.Receive;
        var seenOnA = new List<ArticleChange>();
        var seenOnB = new List<ArticleChange>();
        a.Changed += seenOnA.Add;
        b.Changed += seenOnB.Add;
        var page = new object();

        a.Publish(new ArticleChange(3, 9, "claim", page));
        a.Receive(new HubMessage(a.InstanceId, HubMessage.Change, 3, 9, "claim"));

        Assert.Same(page, Assert.Single(seenOnA).Origin);
        var there = Assert.Single(seenOnB);
        Assert.Equal((3L, 9L, "claim"), (there.ArticleId, there.ClaimId!.Value, there.What));
        Assert.Null(there.Origin);
    }

    [Fact]
    public void Presence_on_one_instance_counts_on_the_other_and_leaves_with_the_page()
    {
        var (a, b) = (new ChangeHub(), new ChangeHub());
        a.Relay = b.Receive;
        b.Relay = a.Receive;
        var changedOnB = 0;
        b.ViewersChanged += _ => changedOnB++;

        var ana = a.Watch(1, "ana");
        using var ben = b.Watch(1, "ben");

        Assert.Equal(["ana"], b.OtherPeople(1, "ben"));
        Assert.Equal(["ben"], a.OtherPeople(1, "ana"));
        ana.SetConnected(false);
        Assert.Empty(b.OtherPeople(1, "ben"));
        ana.SetConnected(true);
        Assert.Equal(["ana"], b.OtherPeople(1, "ben"));
        ana.Dispose();
        Assert.Empty(b.OtherPeople(1, "ben"));
        Assert.True(changedOnB >= 4);
    }

    [Fact]
    public void A_new_instance_saying_hello_learns_who_the_others_show()
    {
        var a = new ChangeHub();
        using var ana = a.Watch(5, "ana");
        var b = new ChangeHub();
        a.Relay = b.Receive;
        b.Relay = a.Receive;

        a.Receive(new HubMessage(b.InstanceId, HubMessage.Hello));

        Assert.Equal(["ana"], b.Viewers(5));
    }

    [Fact]
    public async Task Through_postgresql_a_change_and_presence_reach_the_other_instance()
    {
        using var temp = new TempDatabase(provider: DatabaseProvider.Postgres);
        using var otherDb = Database.Postgres(temp.Db.ConnectionString);
        var (a, b) = (new ChangeHub(), new ChangeHub());
        var (relayA, relayB) = (new PostgresChangeRelay(temp.Db, a), new PostgresChangeRelay(otherDb, b));
        using var stop = new CancellationTokenSource();
        var runs = Task.WhenAll(relayA.RunAsync(stop.Token), relayB.RunAsync(stop.Token));
        await Task.WhenAll(relayA.Listening, relayB.Listening).WaitAsync(TimeSpan.FromSeconds(20));
        var arrived = new TaskCompletionSource<ArticleChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        b.Changed += change => arrived.TrySetResult(change);

        a.Publish(new ArticleChange(42, 7, "verdict", new object()));
        var change = await arrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
        using var ana = a.Watch(42, "ana");
        await WaitUntil(() => b.OtherPeople(42, "ben").Contains("ana"));
        ana.Dispose();
        await WaitUntil(() => b.OtherPeople(42, "ben").Count == 0);

        Assert.Equal((42L, 7L, "verdict"), (change.ArticleId, change.ClaimId!.Value, change.What));
        await stop.CancelAsync();
        await runs.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Null(a.Relay);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > until) Assert.Fail("The other instance did not see it within 10 s.");
            await Task.Delay(20);
        }
    }
}
