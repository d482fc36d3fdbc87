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
    /// <summary>240/4 with 255.255.255.255, the deprecated site-local fec0::/10 and IPv6 outside 2000::/3: nothing a public web server uses.</summary>
    Reserved,
    /// <summary>192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32 and 3fff::/20: examples in documentation, never real hosts.</summary>
    Documentation,
    /// <summary>198.18/15 and 2001:2::/48, for testing network equipment.</summary>
    Benchmarking,
    /// <summary>
    /// The rest of the IANA special-purpose registries: IETF protocol assignments (192.0.0/24, 2001::/23), AS112,
    /// AMT, the old 6to4 relay anycast, discard-only and dummy prefixes, ORCHID, drone tags and SRv6 SIDs.
    /// </summary>
    SpecialPurpose,
    /// <summary>6to4, Teredo, local-use NAT64 and IPv4-compatible forms: tunnels that lead to an IPv4 host, refused whatever that host is.</summary>
    Tunnel,
    /// <summary>An address of one of this server's own network interfaces: fetching it reaches the server's own services.</summary>
    ThisHost,
}

/// <summary>
/// Decides which addresses the source fetcher may connect to. A reviewer pastes any URL, and the
/// server fetches it, so without this a URL could read the newsroom's intranet, a cloud metadata
/// endpoint or a service on the server itself (server-side request forgery). The check runs at connect
/// time on the resolved address, so neither redirects nor DNS answers that change between check and use
/// get around it. Only ordinary public unicast addresses pass: every range of the IANA IPv4 and IPv6
/// Special-Purpose Address Registries is refused, and so is every address of this host's own interfaces.
/// </summary>
public static class AddressGuard
{
    // Most specific first where ranges overlap (2001:2::/48 and 2001::/32 inside 2001::/23).
    private static readonly (IPNetwork Network, AddressClass Class)[] V4Ranges =
    [
        (Net("0.0.0.0/8"), AddressClass.Unspecified),
        (Net("10.0.0.0/8"), AddressClass.Private),
        (Net("100.64.0.0/10"), AddressClass.SharedAddressSpace),
        (Net("127.0.0.0/8"), AddressClass.Loopback),
        (Net("169.254.0.0/16"), AddressClass.LinkLocal),
        (Net("172.16.0.0/12"), AddressClass.Private),
        (Net("192.0.0.0/24"), AddressClass.SpecialPurpose),     // IETF protocol assignments: DS-Lite, PCP/TURN anycast, NAT64 discovery
        (Net("192.0.2.0/24"), AddressClass.Documentation),      // TEST-NET-1
        (Net("192.31.196.0/24"), AddressClass.SpecialPurpose),  // AS112-v4
        (Net("192.52.193.0/24"), AddressClass.SpecialPurpose),  // AMT
        (Net("192.88.99.0/24"), AddressClass.SpecialPurpose),   // deprecated 6to4 relay anycast, 6a44
        (Net("192.168.0.0/16"), AddressClass.Private),
        (Net("192.175.48.0/24"), AddressClass.SpecialPurpose),  // AS112 direct delegation
        (Net("198.18.0.0/15"), AddressClass.Benchmarking),
        (Net("198.51.100.0/24"), AddressClass.Documentation),   // TEST-NET-2
        (Net("203.0.113.0/24"), AddressClass.Documentation),    // TEST-NET-3
        (Net("224.0.0.0/4"), AddressClass.Multicast),
        (Net("240.0.0.0/4"), AddressClass.Reserved),            // includes 255.255.255.255, the limited broadcast
    ];

    private static readonly (IPNetwork Network, AddressClass Class)[] V6Ranges =
    [
        (Net("100::/64"), AddressClass.SpecialPurpose),         // discard-only
        (Net("100:0:0:1::/64"), AddressClass.SpecialPurpose),   // dummy prefix
        (Net("2001:2::/48"), AddressClass.Benchmarking),
        (Net("2001::/23"), AddressClass.SpecialPurpose),        // IETF protocol assignments: PCP/TURN/DNS-SD anycast, AMT, AS112, ORCHID(v2), drone tags
        (Net("2001:db8::/32"), AddressClass.Documentation),
        (Net("2620:4f:8000::/48"), AddressClass.SpecialPurpose), // AS112 direct delegation
        (Net("3fff::/20"), AddressClass.Documentation),
        (Net("5f00::/16"), AddressClass.SpecialPurpose),        // SRv6 SIDs
        (Net("fc00::/7"), AddressClass.UniqueLocal),
        (Net("fe80::/10"), AddressClass.LinkLocal),
        (Net("fec0::/10"), AddressClass.Reserved),              // deprecated site-local
        (Net("ff00::/8"), AddressClass.Multicast),
    ];

    private static readonly IPNetwork GlobalUnicast = Net("2000::/3");
    private static readonly IPNetwork Nat64 = Net("64:ff9b::/96");
    private static readonly IPNetwork Nat64LocalUse = Net("64:ff9b:1::/48");
    private static readonly IPNetwork Teredo = Net("2001::/32");
    private static readonly IPNetwork SixToFour = Net("2002::/16");
    private static readonly IPNetwork Ipv4Compatible = Net("::/96");
    private static readonly IPNetwork Ipv4Translated = Net("::ffff:0:0:0/96");

    /// <summary>
    /// The class of <paramref name="address"/> from the IANA registries alone. IPv4-mapped IPv6 (::ffff:a.b.c.d) and
    /// well-known-prefix NAT64 (64:ff9b::a.b.c.d) reach the IPv4 host they embed, so they are judged by it; the other
    /// forms that embed an IPv4 address are tunnels, reported as the embedded address's class when that one is not public.
    /// </summary>
    public static AddressClass Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => ClassifyV4(address),
            AddressFamily.InterNetworkV6 => ClassifyV6(address),
            _ => AddressClass.Reserved,
        };
    }

    /// <summary>True when a fetch may connect to <paramref name="address"/>.</summary>
    /// <param name="allowPrivateNetworks">Lets every address through: for a newsroom that fetches from its own intranet.</param>
    /// <param name="allowedAddresses">Non-public addresses allowed one by one, e.g. a trusted document server.</param>
    public static bool IsAllowed(IPAddress address, bool allowPrivateNetworks, IReadOnlyCollection<IPAddress>? allowedAddresses = null) =>
        Refusal(address, allowPrivateNetworks, allowedAddresses) is null;

    /// <summary>Why a fetch may not connect to <paramref name="address"/>, or null when it may: the registry class, or <see cref="AddressClass.ThisHost"/>.</summary>
    public static AddressClass? Refusal(IPAddress address, bool allowPrivateNetworks, IReadOnlyCollection<IPAddress>? allowedAddresses = null) =>
        Refusal(address, allowPrivateNetworks, allowedAddresses, allowPrivateNetworks ? null : HostAddresses.Current);

    /// <summary>As the public overload, with this host's addresses given (as <see cref="HostAddresses.Plain"/> forms).</summary>
    internal static AddressClass? Refusal(IPAddress address, bool allowPrivateNetworks, IReadOnlyCollection<IPAddress>? allowedAddresses, IReadOnlySet<IPAddress>? hostAddresses)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (allowPrivateNetworks) return null;
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        if (allowedAddresses is not null && allowedAddresses.Any(a => a.Equals(plain) || a.Equals(address))) return null;
        var kind = Classify(address);
        if (kind != AddressClass.Public) return kind;
        return hostAddresses is not null && hostAddresses.Contains(HostAddresses.Plain(address)) ? AddressClass.ThisHost : null;
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
        AddressClass.Documentation => "an address reserved for documentation, which no public site uses",
        AddressClass.Benchmarking => "an address reserved for network benchmarking",
        AddressClass.SpecialPurpose => "a special-purpose address reserved for network protocols",
        AddressClass.Tunnel => "an IPv6 tunnel address that leads to an IPv4 host",
        AddressClass.ThisHost => "an address of this server's own network (this server itself)",
        _ => "a public address",
    };

    private static AddressClass ClassifyV4(IPAddress address)
    {
        foreach (var (network, kind) in V4Ranges)
            if (network.Contains(address)) return kind;
        return AddressClass.Public;
    }

    private static AddressClass ClassifyV6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Loopback)) return AddressClass.Loopback;
        if (address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any)) return AddressClass.Unspecified;
        var b = address.GetAddressBytes();

        // Well-known-prefix NAT64 is how IPv6-only networks reach public IPv4 sites: it is what it embeds.
        if (Nat64.Contains(address)) return ClassifyV4(new IPAddress(b.AsSpan(12, 4)));
        if (Ipv4Compatible.Contains(address) || Ipv4Translated.Contains(address) || Nat64LocalUse.Contains(address))
            return TunnelTo(b.AsSpan(12, 4));
        // Teredo carries the client's IPv4 address inverted in the last four bytes; 6to4 its router's after the prefix.
        if (Teredo.Contains(address))
            return TunnelTo([(byte)~b[12], (byte)~b[13], (byte)~b[14], (byte)~b[15]]);
        if (SixToFour.Contains(address)) return TunnelTo(b.AsSpan(2, 4));

        foreach (var (network, kind) in V6Ranges)
            if (network.Contains(address)) return kind;
        return GlobalUnicast.Contains(address) ? AddressClass.Public : AddressClass.Reserved;
    }

    private static AddressClass TunnelTo(ReadOnlySpan<byte> ipv4) =>
        ClassifyV4(new IPAddress(ipv4)) is var inner && inner != AddressClass.Public ? inner : AddressClass.Tunnel;

    private static IPNetwork Net(string cidr) => IPNetwork.Parse(cidr);
}
