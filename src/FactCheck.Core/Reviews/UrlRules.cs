namespace FactCheck.Core.Reviews;

/// <summary>Which links FactCheck stores and renders: absolute http(s) only, of a sane length.</summary>
public static class UrlRules
{
    public const int MaxLength = 2048;

    /// <returns>null when the URL is acceptable, else a message that says what to fix.</returns>
    public static string? Validate(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return "Enter the source's address (https://...).";
        url = url.Trim();
        if (url.Length > MaxLength) return $"The address is {url.Length:N0} characters long; the limit is {MaxLength:N0}.";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return "That is not a web address. Enter it in full, starting with https://";
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            return $"Only http and https addresses are accepted, not '{uri.Scheme}:'.";
        if (string.IsNullOrEmpty(uri.Host))
            return "That is not a web address. Enter it in full, starting with https://";
        return null;
    }

    public static bool IsSafeLink(string? url) =>
        !string.IsNullOrWhiteSpace(url) && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto);
}
