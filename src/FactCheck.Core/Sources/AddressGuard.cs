using System.Net;
using System.Net.Sockets;

namespace FactCheck.Core.Sources;

/// <summary>What kind of network an IP address belongs to, as far as fetching a source is concerned.</summary>
public enum AddressClass
{
    Public,
    Loopback,
    /// <summary>RFC 1918: 10/8, 172.16/12, 192.168/16.</summary>
    Private,
    /// <summary>169.254/16 (where cloud metadata services live) and fe80::/10.</summary>
    LinkLocal,
    /// <summary>fc00::/7, IPv6's private ranges.</summary>
    UniqueLocal,
    /// <summary>100.64/10, carrier-grade NAT.</summary>
    SharedAddressSpace,
    /// <summary>0.0.0.0/8 and ::, which many stacks treat as "this host".</summary>
    Unspecified,
    Multicast,
    /// <summary>255.255.255.255, 240/4 and the deprecated site-local fec0::/10: nothing a public web server uses.</summary>
    Reserved,
}

/// <summary>
/// Decides which addresses the source fetcher may connect to. A reviewer pastes any URL, and the
/// server fetches it, so without this a URL could read the newsroom's intranet or a cloud metadata
/// endpoint (server-side request forgery). The check runs at connect time on the resolved address,
/// so neither redirects nor DNS answers that change between check and use get around it.
/// </summary>
public static class AddressGuard
{
    /// <summary>The class of <paramref name="address"/>; IPv4-mapped IPv6 (::ffff:a.b.c.d) is judged by its IPv4 address.</summary>
    public static AddressClass Classify(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => ClassifyV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => ClassifyV6(address),
            _ => AddressClass.Reserved,
        };
    }

    /// <summary>True when a fetch may connect to <paramref name="address"/>.</summary>
    /// <param name="allowPrivateNetworks">Lets every address through: for a newsroom that fetches from its own intranet.</param>
    /// <param name="allowedAddresses">Non-public addresses allowed one by one, e.g. a trusted document server.</param>
    public static bool IsAllowed(IPAddress address, bool allowPrivateNetworks, IReadOnlyCollection<IPAddress>? allowedAddresses = null)
    {
        if (allowPrivateNetworks || Classify(address) == AddressClass.Public) return true;
        if (allowedAddresses is null) return false;
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return allowedAddresses.Any(a => a.Equals(plain) || a.Equals(address));
    }

    /// <summary>A reviewer-facing reason, e.g. "a loopback address (this server itself)".</summary>
    public static string Describe(AddressClass kind) => kind switch
    {
        AddressClass.Loopback => "a loopback address (this server itself)",
        AddressClass.Private => "a private network address",
        AddressClass.LinkLocal => "a link-local address (such as a cloud metadata service)",
        AddressClass.UniqueLocal => "a private IPv6 address",
        AddressClass.SharedAddressSpace => "a carrier-grade NAT address",
        AddressClass.Unspecified => "an unspecified address",
        AddressClass.Multicast => "a multicast address",
        AddressClass.Reserved => "a reserved address",
        _ => "a public address",
    };

    private static AddressClass ClassifyV4(byte[] b) => b switch
    {
        [0, ..] => AddressClass.Unspecified,
        [127, ..] => AddressClass.Loopback,
        [10, ..] => AddressClass.Private,
        [172, >= 16 and <= 31, ..] => AddressClass.Private,
        [192, 168, ..] => AddressClass.Private,
        [169, 254, ..] => AddressClass.LinkLocal,
        [100, >= 64 and <= 127, ..] => AddressClass.SharedAddressSpace,
        [>= 224 and <= 239, ..] => AddressClass.Multicast,
        [>= 240, ..] => AddressClass.Reserved,
        _ => AddressClass.Public,
    };

    private static AddressClass ClassifyV6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Loopback)) return AddressClass.Loopback;
        if (address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any)) return AddressClass.Unspecified;
        var b = address.GetAddressBytes();
        if (b[0] == 0xff) return AddressClass.Multicast;
        if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) return AddressClass.LinkLocal;
        if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0) return AddressClass.Reserved;
        if ((b[0] & 0xfe) == 0xfc) return AddressClass.UniqueLocal;
        // ::a.b.c.d (deprecated IPv4-compatible) and NAT64 64:ff9b::/96 reach IPv4 hosts: judge the IPv4 part.
        var leadingZeros = b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0;
        var nat64 = b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0;
        if (leadingZeros || nat64) return ClassifyV4(b[12..]);
        return AddressClass.Public;
    }
}
