using FactCheck.Core.Matching;

namespace FactCheck.Core.Tests.Matching;

/// <summary>A view's searches: only the one for what it shows now may land.</summary>
public class LatestSearchTests
{
    [Fact]
    public void A_search_for_a_claim_left_behind_is_cancelled_and_its_results_refused()
    {
        using var search = new LatestSearch<(long, string)>();
        var first = search.Begin((1, "The bridge closes for 14 weeks."))!;
        var second = search.Begin((2, "Repairs cost about $48 million."))!;

        Assert.True(first.Token.IsCancellationRequested);
        Assert.False(search.Complete(first));
        Assert.False(search.Done);
        Assert.True(search.Complete(second));
        Assert.True(search.Done);
        Assert.Equal((2L, "Repairs cost about $48 million."), search.Current);
    }

    [Fact]
    public void The_same_claim_and_wording_does_not_search_again_but_a_new_wording_does()
    {
        using var search = new LatestSearch<(long, string)>();
        var ticket = search.Begin((1, "a"))!;
        Assert.Null(search.Begin((1, "a")));
        Assert.False(ticket.Token.IsCancellationRequested);
        Assert.True(search.Complete(ticket));

        var reworded = search.Begin((1, "b"));
        Assert.NotNull(reworded);
        Assert.False(search.Done);
    }

    [Fact]
    public void Going_back_to_a_claim_searches_it_again_and_refuses_the_earlier_run_for_it()
    {
        using var search = new LatestSearch<(long, string)>();
        var a = search.Begin((1, "a"))!;
        search.Begin((2, "b"));
        var again = search.Begin((1, "a"))!;

        Assert.False(search.Complete(a));
        Assert.True(search.Complete(again));
    }

    [Fact]
    public void Nothing_lands_once_the_view_is_closed()
    {
        var search = new LatestSearch<(long, string)>();
        var ticket = search.Begin((1, "a"))!;
        search.Dispose();

        Assert.True(ticket.Token.IsCancellationRequested);
        Assert.False(search.Complete(ticket));
    }
}
