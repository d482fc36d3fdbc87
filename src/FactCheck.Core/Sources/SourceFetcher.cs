using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using FactCheck.Core.Import;
using FactCheck.Core.Reviews;

namespace FactCheck.Core.Sources;

/// <summary>
/// Downloads a source and turns it into a <see cref="SnapshotDraft"/>. Every failure comes back as a
/// <see cref="FetchFailure"/> a reviewer can act on; only the caller's own cancellation throws.
/// One instance holds one connection pool: register it as a singleton.
/// </summary>
public sealed class SourceFetcher : IDisposable
{
    private readonly SourceFetchOptions options;
    private readonly TimeProvider clock;
    private readonly HttpClient http;

    public SourceFetcher(SourceFetchOptions options, TimeProvider? clock = null)
    {
        this.options = options;
        this.clock = clock ?? TimeProvider.System;
        var handler = new SocketsHttpHandler
        {
            // Redirects are followed by hand so each hop's address is checked before it is requested.
            AllowAutoRedirect = false,
            // A proxy would make the connect-time address check look at the proxy, not the target.
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.ConnectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = (context, token) => GuardedConnection.OpenAsync(context, options, token),
        };
        http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>Fetches <paramref name="url"/>, following up to <see cref="SourceFetchOptions.MaxRedirects"/> redirects.</summary>
    /// <param name="progress">Short status lines for the page ("Connecting to example.org…").</param>
    /// <exception cref="OperationCanceledException">Only when <paramref name="cancellationToken"/> is cancelled.</exception>
    public async Task<FetchResult> FetchAsync(string url, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        if (UrlRules.Validate(url) is { } invalid)
            return Fail(FetchFailureKind.InvalidUrl, invalid, "Correct the address and fetch again.", url ?? "");
        var retrievedAt = clock.GetUtcNow();
        // One deadline over the whole fetch, reading the text included: slow-drip servers send a byte now and then, and
        // hostile pages are built to be slow to parse; neither may hold a fetch (and a core) forever.
        using var overall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        overall.CancelAfter(options.ConnectTimeout + 4 * options.ReadTimeout);
        var (download, failure) = await DownloadAsync(new Uri(url.Trim()), "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8",
            declared => ContentTypeOf(declared) is not null, Unsupported, overall, progress, cancellationToken);
        if (download is null) return FetchResult.Failed(failure!);
        var (bytes, uri, status, declared, charset) = download;
        var type = ContentTypeOf(declared) ?? Sniff(bytes);

        progress?.Report("Reading the text…");
        SourceDocument document;
        try
        {
            // Reading the text is under the same deadline as the download: a page built to be slow to parse
            // must not hold a core past it.
            document = SourceDocumentReader.Read(bytes, type, charset, uri.AbsoluteUri, overall.Token);
        }
        catch (ImportRejectedException e)
        {
            return Fail(FetchFailureKind.Unreadable, $"The {Describe(type)} was downloaded but could not be read: {FirstSentence(e.Message)}",
                FetchFailure.PasteAdvice, uri.AbsoluteUri, status);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail(FetchFailureKind.Timeout, $"The {Describe(type)} from {uri.Host} was downloaded but took too long to read: it is unusually large or complex.",
                "Paste the part of the source you rely on as a manual snapshot.", uri.AbsoluteUri, status);
        }
        if (document.Text.Length == 0)
            return Fail(FetchFailureKind.Unreadable, $"The {Describe(type)} has no readable text; it may be built by scripts in the browser or be a scanned image.",
                FetchFailure.PasteAdvice, uri.AbsoluteUri, status);

        var finalUrl = uri.AbsoluteUri;
        return FetchResult.Success(new SnapshotDraft
        {
            Text = document.Text,
            Sha256 = SnapshotDraft.HashHex(bytes),
            RetrievedAt = retrievedAt,
            FinalUrl = finalUrl,
            HttpStatus = status,
            ArchiveUrl = ArchiveLinks.Wayback(finalUrl, retrievedAt),
            ContentType = declared ?? MediaTypeOf(type),
            Title = document.Title,
            Publisher = document.Publisher,
            Author = document.Author,
            PublishedOn = document.Published,
        });
    }

    /// <summary>
    /// Downloads a machine-readable document (JSON, JSON-LD, or a web page that embeds it) under the same guards as a
    /// source: checked addresses on every hop, the size cap, one deadline. The bytes are handed back unread.
    /// </summary>
    /// <exception cref="OperationCanceledException">Only when <paramref name="cancellationToken"/> is cancelled.</exception>
    public async Task<(FetchedDocument? Document, FetchFailure? Failure)> FetchDocumentAsync(string url, IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (UrlRules.Validate(url) is { } invalid)
            return (null, new FetchFailure(FetchFailureKind.InvalidUrl, invalid, "Correct the address and fetch again.", url ?? ""));
        using var overall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        overall.CancelAfter(options.ConnectTimeout + 4 * options.ReadTimeout);
        var (download, failure) = await DownloadAsync(new Uri(url.Trim()), "application/ld+json,application/json,text/html;q=0.9,text/plain;q=0.5",
            declared => declared is "application/json" or "application/ld+json" or "text/html" or "application/xhtml+xml" or "text/plain",
            (uri, declared, status) => new FetchFailure(FetchFailureKind.UnsupportedType,
                $"The address serves '{declared}', not JSON-LD or a web page that carries it.", "Give the address of the feed or of a fact-check page.", uri.AbsoluteUri, status),
            overall, progress, cancellationToken);
        return download is null ? (null, failure) : (new FetchedDocument(download.Bytes, download.MediaType, download.Uri.AbsoluteUri), null);
    }

    private sealed record Download(byte[] Bytes, Uri Uri, int Status, string? MediaType, string? Charset);

    /// <summary>The body of <paramref name="start"/> after redirects, or why there is none.</summary>
    private async Task<(Download?, FetchFailure?)> DownloadAsync(Uri start, string accept, Func<string?, bool> acceptable,
        Func<Uri, string, int, FetchFailure> unsupported, CancellationTokenSource overall, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var uri = start;
        using var step = CancellationTokenSource.CreateLinkedTokenSource(overall.Token);
        try
        {
            for (var hop = 0; ; hop++)
            {
                progress?.Report(hop == 0 ? $"Connecting to {uri.Host}…" : $"Following a redirect to {uri.Host}…");
                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                request.Headers.UserAgent.TryParseAdd(options.UserAgent);
                request.Headers.Accept.ParseAdd(accept);
                step.CancelAfter(options.ConnectTimeout + options.ReadTimeout);
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, step.Token);
                var status = (int)response.StatusCode;

                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    var next = location.IsAbsoluteUri ? location : new Uri(uri, location);
                    if (UrlRules.Validate(next.OriginalString) is { } badHop)
                        return (null, new(FetchFailureKind.InvalidUrl, $"The page redirects to an address FactCheck does not fetch: {badHop}",
                            FetchFailure.PasteAdvice, uri.AbsoluteUri, status));
                    if (hop >= options.MaxRedirects)
                        return (null, new(FetchFailureKind.TooManyRedirects, $"The page redirected more than {options.MaxRedirects} times without arriving anywhere.",
                            "Open it in your browser, copy the address it finally shows, and fetch that; or paste the text as a manual snapshot.", uri.AbsoluteUri, status));
                    uri = next;
                    continue;
                }
                if (StatusFailure(status, uri) is { } statusFailure) return (null, statusFailure);

                var media = response.Content.Headers.ContentType;
                var declared = media?.MediaType?.ToLowerInvariant();
                var length = response.Content.Headers.ContentLength;
                if (length > options.MaxBytes) return (null, TooLarge(uri, length.Value).Failure);
                if (declared is not null && !acceptable(declared)) return (null, unsupported(uri, declared, status));

                progress?.Report($"Downloading from {uri.Host}…");
                var bytes = await ReadCappedAsync(response, step, progress);
                if (bytes is null) return (null, TooLarge(uri, null).Failure);
                return (new Download(bytes, uri, status, declared, media?.CharSet), null);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, new(FetchFailureKind.Timeout, $"{uri.Host} took too long to answer.",
                "Try again later; if it keeps timing out, paste the source's text as a manual snapshot.", uri.AbsoluteUri));
        }
        catch (HttpRequestException e)
        {
            return (null, ConnectionFailure(e, uri));
        }
        catch (IOException e) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, new(FetchFailureKind.ConnectionFailed, $"The connection to {uri.Host} broke off during the download ({e.Message}).",
                "Try again; if it keeps failing, paste the source's text as a manual snapshot.", uri.AbsoluteUri));
        }
    }

    public void Dispose() => http.Dispose();

    /// <summary>Reads the body, giving up past <see cref="SourceFetchOptions.MaxBytes"/>; null when too big. Decompressed bytes count.</summary>
    private async Task<byte[]?> ReadCappedAsync(HttpResponseMessage response, CancellationTokenSource step, IProgress<string>? progress)
    {
        step.CancelAfter(options.ReadTimeout);
        await using var stream = await response.Content.ReadAsStreamAsync(step.Token);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        long reported = 0;
        while (true)
        {
            // The read timeout restarts with every piece received: a slow but steady server is fine, a silent one is not.
            step.CancelAfter(options.ReadTimeout);
            var read = await stream.ReadAsync(chunk, step.Token);
            if (read == 0) break;
            if (buffer.Length + read > options.MaxBytes) return null;
            buffer.Write(chunk, 0, read);
            if (buffer.Length - reported >= 1 << 20)
            {
                reported = buffer.Length;
                progress?.Report($"Downloaded {buffer.Length / (1 << 20):N0} MB…");
            }
        }
        return buffer.ToArray();
    }

    private static FetchFailure? StatusFailure(int status, Uri uri) => status switch
    {
        >= 200 and < 300 => null,
        404 or 410 => new(FetchFailureKind.NotFound, $"The page was not found (HTTP {status}); it may have moved or been taken down.",
            "Check the address; search the Wayback Machine (web.archive.org) for an earlier copy, or paste the text as a manual snapshot.", uri.AbsoluteUri, status),
        401 or 402 or 403 or 451 => new(FetchFailureKind.AccessDenied, $"The site refused to give FactCheck the page (HTTP {status}): it may be behind a paywall or a login, or block automated readers.",
            FetchFailure.PasteAdvice, uri.AbsoluteUri, status),
        429 => new(FetchFailureKind.HttpError, "The site says it has had too many requests (HTTP 429).",
            "Wait a few minutes and fetch again, or paste the source's text as a manual snapshot.", uri.AbsoluteUri, status),
        >= 500 => new(FetchFailureKind.ServerError, $"The site had an error of its own (HTTP {status}).",
            "Try again later; if it persists, paste the source's text as a manual snapshot.", uri.AbsoluteUri, status),
        >= 300 and < 400 => new(FetchFailureKind.HttpError, $"The site answered with a redirect (HTTP {status}) but did not say where to.",
            FetchFailure.PasteAdvice, uri.AbsoluteUri, status),
        _ => new(FetchFailureKind.HttpError, $"The site answered HTTP {status} instead of the page.", FetchFailure.PasteAdvice, uri.AbsoluteUri, status),
    };

    internal static FetchFailure ConnectionFailure(HttpRequestException e, Uri uri)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is BlockedAddressException blocked)
                return new(FetchFailureKind.BlockedAddress,
                    $"{uri.Host} leads to {AddressGuard.Describe(blocked.Class)} ({blocked.Address}), which FactCheck does not fetch from, to keep the newsroom's internal systems private.",
                    "If this is a public source, paste its text as a manual snapshot; an administrator can allow private networks in the settings.", uri.AbsoluteUri);
            if (inner is SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain }
                || (inner is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError }))
                return new(FetchFailureKind.HostNotFound, $"No web site called {uri.Host} could be found.",
                    "Check the address for typing mistakes; if it is right, the site may be gone: search the Wayback Machine or paste the text as a manual snapshot.", uri.AbsoluteUri);
            if (inner is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
                return new(FetchFailureKind.ConnectionFailed, $"{uri.Host} refused the connection; the site may be down.",
                    "Try again later, or paste the source's text as a manual snapshot.", uri.AbsoluteUri);
            if (inner is SocketException { SocketErrorCode: SocketError.TimedOut } or TimeoutException)
                return new(FetchFailureKind.Timeout, $"{uri.Host} did not answer in time.",
                    "Try again later; if it keeps timing out, paste the source's text as a manual snapshot.", uri.AbsoluteUri);
        }
        var secure = e.HttpRequestError == HttpRequestError.SecureConnectionError;
        return new(FetchFailureKind.ConnectionFailed,
            secure ? $"A secure connection to {uri.Host} could not be made (its certificate may be invalid)." : $"FactCheck could not talk to {uri.Host} ({e.Message}).",
            "Try again later, or paste the source's text as a manual snapshot.", uri.AbsoluteUri);
    }

    private FetchResult TooLarge(Uri uri, long? length) => Fail(FetchFailureKind.TooLarge,
        length is { } n
            ? $"The document is {n / 1048576.0:0.#} MB; FactCheck keeps sources up to {options.MaxBytes / 1048576.0:0.#} MB."
            : $"The document is larger than the {options.MaxBytes / 1048576.0:0.#} MB FactCheck keeps for a source.",
        "Paste the part of the source you rely on as a manual snapshot.", uri.AbsoluteUri);

    private static FetchFailure Unsupported(Uri uri, string declared, int status) => new(FetchFailureKind.UnsupportedType,
        $"The address serves '{declared}', not a web page, PDF or text; FactCheck cannot read the text out of it.",
        "If it is a spreadsheet or an image, quote the relevant part as a manual snapshot.", uri.AbsoluteUri, status);

    private static FetchResult Fail(FetchFailureKind kind, string message, string advice, string url, int? status = null) =>
        FetchResult.Failed(new FetchFailure(kind, message, advice, url, status));

    private static SourceContentType? ContentTypeOf(string? mediaType) => mediaType switch
    {
        "text/html" or "application/xhtml+xml" => SourceContentType.Html,
        "text/plain" => SourceContentType.PlainText,
        "application/pdf" => SourceContentType.Pdf,
        _ => null,
    };

    /// <summary>For servers that send no Content-Type: a PDF announces itself, markup starts with '&lt;'.</summary>
    private static SourceContentType Sniff(byte[] bytes)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 512));
        if (head.StartsWith("%PDF-"u8)) return SourceContentType.Pdf;
        var trimmed = head.TrimStart(" \t\r\n\uFEFF"u8);
        return trimmed.Length > 0 && trimmed[0] == (byte)'<' ? SourceContentType.Html : SourceContentType.PlainText;
    }

    private static string MediaTypeOf(SourceContentType type) => type switch
    {
        SourceContentType.Html => "text/html",
        SourceContentType.Pdf => "application/pdf",
        _ => "text/plain",
    };

    private static string Describe(SourceContentType type) => type switch
    {
        SourceContentType.Html => "web page",
        SourceContentType.Pdf => "PDF",
        _ => "text file",
    };

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
