using FactCheck.Web.Auth;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace FactCheck.Web.Circuits;

/// <summary>
/// One per circuit: admits it when its person has fewer than <see cref="OpenCircuits.MaxPerUser"/> pages open, else marks
/// it refused, and the layout shows a message instead of the page (<see cref="Components.Layout.TooManyPages"/>), so a
/// refused circuit renders almost nothing and holds almost no memory. Circuit handlers run before the page's first
/// interactive render, so the page never starts in a refused circuit.
/// </summary>
public sealed class CircuitGate(OpenCircuits circuits, AuthenticationStateProvider authentication) : CircuitHandler
{
    private long? counted;

    /// <summary>False when the person already had the most pages open; the page is then not shown.</summary>
    public bool Admitted { get; private set; } = true;

    public int Limit => circuits.MaxPerUser;

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        if (user.UserId() is not { } id) return; // the sign-in pages are not interactive; nobody to count
        if (circuits.TryOpen(id)) counted = id;
        else Admitted = false;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (counted is { } id) circuits.Close(id);
        counted = null;
        return Task.CompletedTask;
    }
}
