using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Http;

/// <summary>The real app on Kestrel at a free loopback port: requests travel over real HTTP, as a reader's browser or a crawler sends them.</summary>
public class LoopbackApp : AppFactory
{
    public LoopbackApp() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    /// <summary>http://127.0.0.1:port, without a trailing slash.</summary>
    public string BaseUrl
    {
        get
        {
            StartServer();
            return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        }
    }

    protected override Uri ClientBaseAddress => new(BaseUrl);

    /// <summary>A client with no cookie and no token, that does not follow redirects: an anonymous reader.</summary>
    public HttpClient Anonymous() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(BaseUrl) };
}

/// <summary>The real app on Kestrel at a free loopback port, on its own database of the test run's throwaway PostgreSQL cluster.</summary>
public sealed class PostgresLoopbackApp : LoopbackApp
{
    public override FactCheck.Core.Data.DatabaseProvider Provider => FactCheck.Core.Data.DatabaseProvider.Postgres;
}
