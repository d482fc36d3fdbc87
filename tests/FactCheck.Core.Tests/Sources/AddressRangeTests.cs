using System.Net;
using FactCheck.Core.Sources;

namespace FactCheck.Core.Tests.Sources;

/// <summary>
/// Every range of the IANA IPv4 and IPv6 Special-Purpose Address Registries, judged at its first and last address,
/// and the public neighbours just outside each edge. Addresses are only classified here: nothing is connected to.
/// </summary>
public class AddressRangeTests
{
    public static TheoryData<string, string, AddressClass> Ranges => new()
    {
        { "0.0.0.0", "0.255.255.255", AddressClass.Unspecified },
        { "10.0.0.0", "10.255.255.255", AddressClass.Private },
        { "100.64.0.0", "100.127.255.255", AddressClass.SharedAddressSpace },
        { "127.0.0.0", "127.255.255.255", AddressClass.Loopback },
        { "169.254.0.0", "169.254.255.255", AddressClass.LinkLocal },
        { "172.16.0.0", "172.31.255.255", AddressClass.Private },
        { "192.0.0.0", "192.0.0.255", AddressClass.SpecialPurpose },   // IETF protocol assignments
        { "192.0.0.9", "192.0.0.10", AddressClass.SpecialPurpose },    // PCP and TURN anycast, "globally reachable" yet no web site
        { "192.0.0.170", "192.0.0.171", AddressClass.SpecialPurpose }, // NAT64/DNS64 discovery
        { "192.0.2.0", "192.0.2.255", AddressClass.Documentation },
        { "192.31.196.0", "192.31.196.255", AddressClass.SpecialPurpose }, // AS112-v4
        { "192.52.193.0", "192.52.193.255", AddressClass.SpecialPurpose }, // AMT
        { "192.88.99.0", "192.88.99.255", AddressClass.SpecialPurpose },   // 6to4 relay anycast
        { "192.168.0.0", "192.168.255.255", AddressClass.Private },
        { "192.175.48.0", "192.175.48.255", AddressClass.SpecialPurpose }, // AS112 direct delegation
        { "198.18.0.0", "198.19.255.255", AddressClass.Benchmarking },
        { "198.51.100.0", "198.51.100.255", AddressClass.Documentation },
        { "203.0.113.0", "203.0.113.255", AddressClass.Documentation },
        { "224.0.0.0", "239.255.255.255", AddressClass.Multicast },
        { "240.0.0.0", "255.255.255.254", AddressClass.Reserved },
        { "255.255.255.255", "255.255.255.255", AddressClass.Reserved }, // limited broadcast
        { "::", "::", AddressClass.Unspecified },
        { "::1", "::1", AddressClass.Loopback },
        { "100::", "100::ffff:ffff:ffff:ffff", AddressClass.SpecialPurpose },         // discard-only
        { "100:0:0:1::", "100:0:0:1:ffff:ffff:ffff:ffff", AddressClass.SpecialPurpose }, // dummy prefix
        { "2001:1::1", "2001:1::3", AddressClass.SpecialPurpose },                      // PCP, TURN, DNS-SD anycast
        { "2001:2::", "2001:2:0:ffff:ffff:ffff:ffff:ffff", AddressClass.Benchmarking },
        { "2001:3::", "2001:3:ffff:ffff:ffff:ffff:ffff:ffff", AddressClass.SpecialPurpose }, // AMT
        { "2001:4:112::", "2001:4:112:ffff:ffff:ffff:ffff:ffff", AddressClass.SpecialPurpose }, // AS112-v6
        { "2001:10::", "2001:1f:ffff:ffff:ffff:ffff:ffff:ffff", AddressClass.SpecialPurpose },  // ORCHID
        { "2001:20::", "2001:2f:ffff:ffff:ffff:ffff:ffff:ffff", AddressClass.SpecialPurpose },  // ORCHIDv2
        { "2001:30::", "2001:3f:ffff:ffff:ffff:ffff:ffff:ffff", AddressClass.SpecialPurpose },  // drone remote ID tags
        { "2001:100::", "2001:1ff:ffff:ffff:ffff:ffff:ffff:ffff", AddressClass.SpecialPurpose }, // end of 2001::/23
        { "2001:db8::", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff", AddressClass.Documentation },
        { "2620:4f:8000::", "2620:4f:8000:ffff:ffff:ffff:ffff:ffff", AddressClass.SpecialPurpose }, // AS112 direct delegation
        { "3fff::", "3fff:fff:ffff:ffff:ffff:ffff:ffff:ffff", AddressClass.Documentation },
        { "5f00::", "5f00:ffff:ffff:ffff:ffff:ffff:ffff:ffff", AddressClass.SpecialPurpose }, // SRv6 SIDs
        { "fc00::", "fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", AddressClass.UniqueLocal },
        { "fe80::", "febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff", AddressClass.LinkLocal },
        { "fec0::", "feff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", AddressClass.Reserved },
        { "ff00::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", AddressClass.Multicast },
        { "4000::", "5eff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", AddressClass.Reserved },  // outside global unicast 2000::/3
        { "1::", "1fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", AddressClass.Reserved },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Every_special_purpose_range_is_refused_from_its_first_to_its_last_address(string first, string last, AddressClass expected)
    {
        foreach (var text in new[] { first, last })
        {
            var address = IPAddress.Parse(text);
            Assert.Equal(expected, AddressGuard.Classify(address));
            Assert.Equal(expected, AddressGuard.Refusal(address, allowPrivateNetworks: false));
            Assert.True(AddressGuard.IsAllowed(address, allowPrivateNetworks: true));
        }
    }

    [Theory]
    [InlineData("9.255.255.255")]
    [InlineData("11.0.0.0")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.0")]
    [InlineData("126.255.255.255")]
    [InlineData("128.0.0.0")]
    [InlineData("169.253.255.255")]
    [InlineData("169.255.0.0")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.0")]
    [InlineData("191.255.255.255")]
    [InlineData("192.0.1.0")]
    [InlineData("192.0.3.0")]
    [InlineData("192.31.195.255")]
    [InlineData("192.31.197.0")]
    [InlineData("192.52.192.255")]
    [InlineData("192.52.194.0")]
    [InlineData("192.88.98.255")]
    [InlineData("192.88.100.0")]
    [InlineData("192.167.255.255")]
    [InlineData("192.169.0.0")]
    [InlineData("192.175.47.255")]
    [InlineData("192.175.49.0")]
    [InlineData("198.17.255.255")]
    [InlineData("198.20.0.0")]
    [InlineData("198.51.99.255")]
    [InlineData("198.51.101.0")]
    [InlineData("203.0.112.255")]
    [InlineData("203.0.114.0")]
    [InlineData("223.255.255.255")]
    [InlineData("2000::")]
    [InlineData("2001:200::")]
    [InlineData("2001:db7:ffff:ffff:ffff:ffff:ffff:ffff")]
    [InlineData("2001:db9::")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("2003::")]
    [InlineData("2620:4f:7fff:ffff:ffff:ffff:ffff:ffff")]
    [InlineData("2620:4f:8001::")]
    [InlineData("2a00:1450:4001:82b::200e")]
    [InlineData("3ffe:ffff:ffff:ffff:ffff:ffff:ffff:ffff")]
    [InlineData("3fff:1000::")]
    [InlineData("64:ff9b::5db8:d822")] // NAT64 of 93.184.216.34: how an IPv6-only server reaches a public IPv4 site
    public void Public_neighbours_of_every_edge_stay_public(string text)
    {
        var address = IPAddress.Parse(text);
        Assert.Equal(AddressClass.Public, AddressGuard.Classify(address));
    }

    [Theory]
    [InlineData("64:ff9b::c000:201", AddressClass.Documentation)]   // NAT64 of 192.0.2.1
    [InlineData("64:ff9b::a9fe:a9fe", AddressClass.LinkLocal)]      // NAT64 of 169.254.169.254
    [InlineData("64:ff9b:1::a00:1", AddressClass.Private)]          // local-use NAT64 of 10.0.0.1
    [InlineData("64:ff9b:1::5db8:d822", AddressClass.Tunnel)]       // local-use NAT64: not globally reachable whatever it embeds
    [InlineData("2002:7f00:1::", AddressClass.Loopback)]            // 6to4 of 127.0.0.1
    [InlineData("2002:c000:201::1", AddressClass.Documentation)]    // 6to4 of 192.0.2.1
    [InlineData("2002:5db8:d822::1", AddressClass.Tunnel)]          // 6to4 of a public address: a tunnel all the same
    [InlineData("2001:0:4136:e378:8000:63bf:3fff:fdd2", AddressClass.Documentation)] // Teredo, client 192.0.2.45 (inverted)
    [InlineData("2001:0:4136:e378:8000:63bf:80ff:fffe", AddressClass.Loopback)]      // Teredo, client 127.0.0.1
    [InlineData("2001:0:4136:e378:8000:63bf:a247:27dd", AddressClass.Tunnel)]        // Teredo, public client
    [InlineData("::7f00:1", AddressClass.Loopback)]                 // IPv4-compatible 127.0.0.1
    [InlineData("::5db8:d822", AddressClass.Tunnel)]                // IPv4-compatible public address (deprecated form)
    [InlineData("::ffff:0:7f00:1", AddressClass.Loopback)]          // IPv4-translated 127.0.0.1
    [InlineData("::ffff:c000:201", AddressClass.Documentation)]     // IPv4-mapped 192.0.2.1
    [InlineData("::ffff:c612:1", AddressClass.Benchmarking)]        // IPv4-mapped 198.18.0.1
    [InlineData("fe80::1%2", AddressClass.LinkLocal)]
    public void Addresses_embedding_an_ipv4_host_are_judged_by_it_and_tunnels_are_refused(string text, AddressClass expected)
    {
        var address = IPAddress.Parse(text);
        Assert.Equal(expected, AddressGuard.Classify(address));
        Assert.False(AddressGuard.IsAllowed(address, allowPrivateNetworks: false));
    }

    [Fact]
    public void A_public_address_of_this_host_is_refused_as_this_host()
    {
        // The reviewed server's own address was in 192.0.2/24, which the registry now refuses by itself; a server
        // with a truly public address must be refused too, before any of its local services can be reached.
        IReadOnlySet<IPAddress> host = new HashSet<IPAddress> { IPAddress.Parse("93.184.216.34"), IPAddress.Parse("2a00:1450:4001:82b::200e") };
        Assert.Equal(AddressClass.ThisHost, AddressGuard.Refusal(IPAddress.Parse("93.184.216.34"), false, null, host));
        Assert.Equal(AddressClass.ThisHost, AddressGuard.Refusal(IPAddress.Parse("::ffff:93.184.216.34"), false, null, host));
        Assert.Equal(AddressClass.ThisHost, AddressGuard.Refusal(IPAddress.Parse("2a00:1450:4001:82b::200e"), false, null, host));
        Assert.Null(AddressGuard.Refusal(IPAddress.Parse("93.184.216.35"), false, null, host));
        Assert.Null(AddressGuard.Refusal(IPAddress.Parse("93.184.216.34"), false, [IPAddress.Parse("93.184.216.34")], host));
        Assert.Null(AddressGuard.Refusal(IPAddress.Parse("93.184.216.34"), allowPrivateNetworks: true));
    }

    [Theory]
    [InlineData(AddressClass.Documentation, "documentation")]
    [InlineData(AddressClass.Benchmarking, "benchmarking")]
    [InlineData(AddressClass.SpecialPurpose, "special-purpose")]
    [InlineData(AddressClass.Tunnel, "tunnel")]
    [InlineData(AddressClass.ThisHost, "this server")]
    public void Every_new_kind_is_explained_to_the_reviewer(AddressClass kind, string words) =>
        Assert.Contains(words, AddressGuard.Describe(kind));
}
