using FactCheck.Core.Exports;

namespace FactCheck.Web;

/// <summary>The public addresses of fact-checks: from Publisher:BaseUrl when set, else from the address the request came to.</summary>
public static class PublicAddress
{
    public static string Base(PublisherSettings publisher, HttpRequest request) =>
        publisher.BaseUrl is { Length: > 0 } configured ? configured.TrimEnd('/') : $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/');

    public static string Index(string baseUrl) => baseUrl + "/fact-checks";

    /// <summary>The lasting address of an article's fact-check: it always shows the latest version.</summary>
    public static string Page(string baseUrl, string slug) => $"{baseUrl}/fact-checks/{Uri.EscapeDataString(slug)}";

    public static string Version(string baseUrl, string slug, int version) => $"{Page(baseUrl, slug)}/v{version}";
}
