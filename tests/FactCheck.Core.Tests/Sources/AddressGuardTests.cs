using System.Net;
using FactCheck.Core.Sources;

namespace FactCheck.Core.Tests.Sources;

public class AddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1", AddressClass.Loopback)]
    [InlineData("127.255.255.254", AddressClass.Loopback)]
    [InlineData("::1", AddressClass.Loopback)]
    [InlineData("10.0.0.1", AddressClass.Private)]
    [InlineData("10.255.255.255", AddressClass.Private)]
    [InlineData("172.16.0.1", AddressClass.Private)]
    [InlineData("172.31.255.255", AddressClass.Private)]
    [InlineData("172.15.255.255", AddressClass.Public)]
    [InlineData("172.32.0.1", AddressClass.Public)]
    [InlineData("192.168.1.1", AddressClass.Private)]
    [InlineData("192.169.0.1", AddressClass.Public)]
    [InlineData("169.254.169.254", AddressClass.LinkLocal)]
    [InlineData("fe80::1", AddressClass.LinkLocal)]
    [InlineData("febf::1", AddressClass.LinkLocal)]
    [InlineData("fc00::1", AddressClass.UniqueLocal)]
    [InlineData("fd12:3456::1", AddressClass.UniqueLocal)]
    [InlineData("100.64.0.1", AddressClass.SharedAddressSpace)]
    [InlineData("100.127.255.255", AddressClass.SharedAddressSpace)]
    [InlineData("100.128.0.1", AddressClass.Public)]
    [InlineData("100.63.255.255", AddressClass.Public)]
    [InlineData("0.0.0.0", AddressClass.Unspecified)]
    [InlineData("::", AddressClass.Unspecified)]
    [InlineData("224.0.0.1", AddressClass.Multicast)]
    [InlineData("239.255.255.250", AddressClass.Multicast)]
    [InlineData("ff02::1", AddressClass.Multicast)]
    [InlineData("255.255.255.255", AddressClass.Reserved)]
    [InlineData("::ffff:127.0.0.1", AddressClass.Loopback)]
    [InlineData("::ffff:10.1.2.3", AddressClass.Private)]
    [InlineData("::ffff:169.254.169.254", AddressClass.LinkLocal)]
    [InlineData("::ffff:93.184.216.34", AddressClass.Public)]
    [InlineData("64:ff9b::7f00:1", AddressClass.Loopback)]
    [InlineData("93.184.216.34", AddressClass.Public)]
    [InlineData("2001:db8::1", AddressClass.Documentation)]
    public void Classifies_every_range(string address, AddressClass expected) =>
        Assert.Equal(expected, AddressGuard.Classify(IPAddress.Parse(address)));

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.0.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:192.168.0.1")]
    public void Non_public_addresses_are_refused_unless_private_networks_are_allowed(string address)
    {
        var ip = IPAddress.Parse(address);
        Assert.False(AddressGuard.IsAllowed(ip, allowPrivateNetworks: false));
        Assert.True(AddressGuard.IsAllowed(ip, allowPrivateNetworks: true));
    }

    [Fact]
    public void One_address_can_be_allowed_without_opening_the_whole_network()
    {
        IPAddress[] allowed = [IPAddress.Parse("127.0.0.1")];
        Assert.True(AddressGuard.IsAllowed(IPAddress.Parse("127.0.0.1"), false, allowed));
        Assert.True(AddressGuard.IsAllowed(IPAddress.Parse("::ffff:127.0.0.1"), false, allowed));
        Assert.False(AddressGuard.IsAllowed(IPAddress.Parse("127.0.0.2"), false, allowed));
    }

    [Theory]
    [InlineData("192.0.2.2")]      // documentation; the reviewed server's own address
    [InlineData("198.51.100.7")]
    [InlineData("203.0.113.200")]
    [InlineData("198.18.0.1")]     // benchmarking
    [InlineData("192.0.0.9")]      // IETF protocol assignments
    [InlineData("192.31.196.1")]   // AS112
    [InlineData("192.52.193.1")]   // AMT
    [InlineData("2001:db8::1")]
    [InlineData("3fff::1")]
    [InlineData("2001:2::1")]
    [InlineData("2001:20::1")]     // ORCHIDv2
    [InlineData("100::1")]         // discard-only
    [InlineData("2002:7f00:1::")]  // 6to4 of 127.0.0.1
    [InlineData("2001:0:4136:e378:8000:63bf:80ff:fffe")] // Teredo of 127.0.0.1
    [InlineData("64:ff9b:1::a00:1")] // local-use NAT64 of 10.0.0.1
    public void Special_purpose_ranges_are_refused(string address) =>
        Assert.False(AddressGuard.IsAllowed(IPAddress.Parse(address), allowPrivateNetworks: false));

    [Fact]
    public void The_hosts_own_interface_addresses_are_refused()
    {
        var own = System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(u => u.Address)
            .ToList();
        Assert.NotEmpty(own);
        Assert.All(own, address => Assert.False(AddressGuard.IsAllowed(address, allowPrivateNetworks: false), $"{address} is this host's own"));
    }
}
