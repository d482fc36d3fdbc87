using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace FactCheck.Core.Sources;

/// <summary>
/// The addresses of this machine's own network interfaces. A server's own address is often an ordinary public or
/// documentation-looking one, and a service listening on it (an admin port, a local proxy) must not be reachable by
/// pasting the server's address as a source. Read again every half minute, so an address gained later is covered.
/// </summary>
internal static class HostAddresses
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private static readonly Lock Gate = new();
    private static HashSet<IPAddress> current = [];
    private static long readAt = long.MinValue;

    /// <summary>The current addresses, IPv4-mapped ones as IPv4 and IPv6 ones without a scope id (see <see cref="Plain"/>).</summary>
    public static IReadOnlySet<IPAddress> Current => Snapshot();

    /// <summary>The form addresses are compared in: IPv4 for IPv4-mapped IPv6, no scope id (fe80::1%2 is fe80::1).</summary>
    public static IPAddress Plain(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return address.MapToIPv4();
        return address.AddressFamily == AddressFamily.InterNetworkV6 && address.ScopeId != 0 ? new IPAddress(address.GetAddressBytes()) : address;
    }

    private static HashSet<IPAddress> Snapshot()
    {
        lock (Gate)
        {
            var now = Environment.TickCount64;
            if (readAt != long.MinValue && now - readAt < MaxAge.TotalMilliseconds) return current;
            current = Read();
            readAt = now;
            return current;
        }
    }

    private static HashSet<IPAddress> Read()
    {
        var addresses = new HashSet<IPAddress>();
        try
        {
            foreach (var nic in NetworkInterface.GetAllNetworkInterfaces())
            foreach (var unicast in nic.GetIPProperties().UnicastAddresses)
                addresses.Add(Plain(unicast.Address));
        }
        catch (NetworkInformationException)
        {
            // Interfaces cannot be listed (a locked-down container): the registry ranges still apply.
        }
        return addresses;
    }
}
