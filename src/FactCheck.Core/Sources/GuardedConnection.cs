using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace FactCheck.Core.Sources;

/// <summary>Thrown inside a connection attempt when the host resolves to an address the guard refuses.</summary>
internal sealed class BlockedAddressException(string host, IPAddress address, AddressClass kind)
    : Exception($"{host} resolves to {address} ({kind}), which is not allowed.")
{
    public IPAddress Address { get; } = address;

    public AddressClass Class { get; } = kind;
}

/// <summary>
/// The fetcher's only way onto the network: resolves the host itself, refuses the connection when any
/// address is not allowed (a name that answers with both a public and a private address is not to be
/// trusted), then connects to an address it has just checked, so a DNS answer cannot change in between.
/// </summary>
internal static class GuardedConnection
{
    public static async ValueTask<Stream> OpenAsync(SocketsHttpConnectionContext context, SourceFetchOptions options, CancellationToken token)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, token);
        if (addresses.Length == 0) throw new SocketException((int)SocketError.HostNotFound);
        foreach (var address in addresses)
            if (AddressGuard.Refusal(address, options.AllowPrivateNetworks, options.AllowedAddresses) is { } refused)
                throw new BlockedAddressException(host, address, refused);

        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), token);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last!;
    }
}
