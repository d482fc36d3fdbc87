using System.Net;
using System.Net.Sockets;
using FactCheck.Core.Sources;

namespace FactCheck.Core.Tests.Sources;

/// <summary>
/// Network errors that cannot be produced without leaving the machine (a name that does not resolve,
/// a host that never answers), mapped from the exceptions HttpClient raises for them.
/// </summary>
public class ConnectionFailureTests
{
    private static readonly Uri Url = new("https://no-such-site.example/report");

    [Fact]
    public void Unknown_host_says_so()
    {
        var e = new HttpRequestException(HttpRequestError.ConnectionError, "Connection failed", new SocketException((int)SocketError.HostNotFound));
        var failure = SourceFetcher.ConnectionFailure(e, Url);
        Assert.Equal(FetchFailureKind.HostNotFound, failure.Kind);
        Assert.Equal("No web site called no-such-site.example could be found.", failure.Message);
    }

    [Fact]
    public void Name_resolution_error_is_an_unknown_host()
    {
        var failure = SourceFetcher.ConnectionFailure(new HttpRequestException(HttpRequestError.NameResolutionError, "dns"), Url);
        Assert.Equal(FetchFailureKind.HostNotFound, failure.Kind);
    }

    [Fact]
    public void Connect_timeout_is_a_timeout()
    {
        var e = new HttpRequestException(HttpRequestError.ConnectionError, "Connection failed", new SocketException((int)SocketError.TimedOut));
        Assert.Equal(FetchFailureKind.Timeout, SourceFetcher.ConnectionFailure(e, Url).Kind);
    }

    [Fact]
    public void Bad_certificate_is_explained()
    {
        var failure = SourceFetcher.ConnectionFailure(new HttpRequestException(HttpRequestError.SecureConnectionError, "tls"), Url);
        Assert.Equal(FetchFailureKind.ConnectionFailed, failure.Kind);
        Assert.Contains("certificate", failure.Message);
    }

    [Fact]
    public void Blocked_address_names_the_kind_of_network()
    {
        var e = new HttpRequestException("Connection failed", new BlockedAddressException("metadata.internal", IPAddress.Parse("169.254.169.254"), AddressClass.LinkLocal));
        var failure = SourceFetcher.ConnectionFailure(e, Url);
        Assert.Equal(FetchFailureKind.BlockedAddress, failure.Kind);
        Assert.Contains("link-local", failure.Message);
        Assert.Contains("169.254.169.254", failure.Message);
    }
}
