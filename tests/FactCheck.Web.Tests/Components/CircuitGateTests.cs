using Bunit;
using Microsoft.Extensions.DependencyInjection;
using FactCheck.Web.Circuits;

namespace FactCheck.Web.Tests.Components;

/// <summary>Issue 13, item 15: open pages (circuits) per person are capped.</summary>
public class CircuitGateTests : WorkbenchTestContext
{
    [Fact]
    public async Task A_circuit_beyond_the_limit_is_refused_and_one_closing_makes_room()
    {
        var open = new OpenCircuits(maxPerUser: 2);
        var auth = Services.GetRequiredService<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>();
        var gates = Enumerable.Range(0, 3).Select(_ => new CircuitGate(open, auth)).ToList();

        foreach (var gate in gates) await gate.OnCircuitOpenedAsync(null!, default);

        Assert.Equal([true, true, false], gates.Select(g => g.Admitted));
        var me = Services.GetRequiredService<FactCheck.Core.Data.UserStore>().Find("editor")!;
        Assert.Equal(2, open.OpenFor(me.Id));
        // The refused circuit closing does not free a place it never took; an admitted one closing does.
        await gates[2].OnCircuitClosedAsync(null!, default);
        Assert.Equal(2, open.OpenFor(me.Id));
        await gates[0].OnCircuitClosedAsync(null!, default);
        Assert.Equal(1, open.OpenFor(me.Id));
        var again = new CircuitGate(open, auth);
        await again.OnCircuitOpenedAsync(null!, default);
        Assert.True(again.Admitted);
    }

    [Fact]
    public void Each_person_has_their_own_count()
    {
        var open = new OpenCircuits(maxPerUser: 1);
        Assert.True(open.TryOpen(1));
        Assert.False(open.TryOpen(1));
        Assert.True(open.TryOpen(2));
        open.Close(1);
        Assert.Equal(0, open.OpenFor(1));
        Assert.True(open.TryOpen(1));
    }

    [Fact]
    public void The_layout_shows_a_message_instead_of_the_page_in_a_refused_circuit()
    {
        var cut = Render<FactCheck.Web.Components.Layout.TooManyPages>(p => p.Add(x => x.Limit, 20));
        Assert.Contains("You already have 20 FactCheck pages open", cut.Find("[data-testid=too-many-pages]").TextContent);
    }
}
