using FactCheck.Core.Reviews;

namespace FactCheck.Core.Tests.Reviews;

public class ChangeHubTests
{
    [Fact]
    public void Changes_reach_every_listener_and_viewers_are_counted_per_article()
    {
        var hub = new ChangeHub();
        var seen = new List<ArticleChange>();
        hub.Changed += seen.Add;
        var counts = new List<(long, int)>();
        hub.ViewersChanged += id => counts.Add((id, hub.Viewers(id).Count));

        var a = hub.Watch(1, "ana");
        var b = hub.Watch(1, "ben");
        using var c = hub.Watch(2, "cy");
        hub.Publish(new ArticleChange(1, 7, "claim", a));
        a.Dispose();
        a.Dispose(); // twice is harmless

        Assert.Equal(7, Assert.Single(seen).ClaimId);
        Assert.Equal(["ben"], hub.Viewers(1));
        Assert.Equal([(1L, 1), (1L, 2), (2L, 1), (1L, 1)], counts);
        b.Dispose();
        Assert.Empty(hub.Viewers(1));
    }

    [Fact]
    public void Other_people_are_counted_once_without_the_viewer_and_without_disconnected_pages()
    {
        var hub = new ChangeHub();
        using var mine = hub.Watch(1, "chief");
        using var myOtherTab = hub.Watch(1, "Chief");
        Assert.Empty(hub.OtherPeople(1, "chief"));

        using var rob = hub.Watch(1, "rob");
        using var robAgain = hub.Watch(1, "rob");
        using var ana = hub.Watch(1, "ana");
        Assert.Equal(["ana", "rob"], hub.OtherPeople(1, "chief"));

        var changes = 0;
        hub.ViewersChanged += _ => changes++;
        ana.SetConnected(false);
        Assert.Equal(["rob"], hub.OtherPeople(1, "chief"));
        Assert.Equal(1, changes);
        ana.SetConnected(false); // no change, no event
        Assert.Equal(1, changes);
        ana.SetConnected(true);
        Assert.Equal(["ana", "rob"], hub.OtherPeople(1, "chief"));
        Assert.Equal(2, changes);
    }
}
