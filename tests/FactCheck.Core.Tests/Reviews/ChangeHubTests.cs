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
}
