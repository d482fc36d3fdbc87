using Microsoft.AspNetCore.Components.Server.Circuits;

namespace FactCheck.Web.Circuits;

/// <summary>
/// Whether this circuit's browser is connected. A closed tab or a lost network leaves the circuit on the server for a
/// while in case the browser comes back; pages that show presence ("2 other reviewers have this article open") count
/// only connected ones.
/// </summary>
public sealed class CircuitConnection
{
    public bool Up { get; private set; } = true;

    public event Action<bool>? Changed;

    internal void Set(bool up)
    {
        if (Up == up) return;
        Up = up;
        Changed?.Invoke(up);
    }
}

/// <summary>Feeds <see cref="CircuitConnection"/> from the circuit's connection events.</summary>
public sealed class ConnectionWatcher(CircuitConnection connection) : CircuitHandler
{
    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        connection.Set(false);
        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        connection.Set(true);
        return Task.CompletedTask;
    }
}
