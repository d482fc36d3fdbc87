using System.Net;

namespace FactCheck.Core.Sources;

/// <summary>Limits and network policy for <see cref="SourceFetcher"/>.</summary>
public sealed record SourceFetchOptions
{
    /// <summary>Lets the fetcher reach loopback, private, link-local and other special-purpose addresses and this server's own. Off: a reviewer's URL must not reach the newsroom's own network.</summary>
    public bool AllowPrivateNetworks { get; init; }

    /// <summary>Non-public addresses allowed one by one while <see cref="AllowPrivateNetworks"/> stays off (a trusted intranet document server).</summary>
    public IReadOnlyCollection<IPAddress> AllowedAddresses { get; init; } = [];

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The longest wait for the next piece of the body, and (added to <see cref="ConnectTimeout"/>) for the response headers.
    /// The whole fetch, reading the text out of the download included, is cut off at ConnectTimeout + 4 × ReadTimeout,
    /// so neither a server dripping a byte at a time nor a page built to be slow to parse can hold it.
    /// </summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The most bytes read from one response, after decompression.</summary>
    public long MaxBytes { get; init; } = 15 * 1024 * 1024;

    public int MaxRedirects { get; init; } = 5;

    public string UserAgent { get; init; } = "FactCheck/1.0 (source archiver for fact-checkers)";
}
