namespace FactCheck.Core.Sources;

/// <summary>Why a source could not be fetched, grouped by what a reviewer can do about it.</summary>
public enum FetchFailureKind
{
    InvalidUrl,
    BlockedAddress,
    HostNotFound,
    ConnectionFailed,
    Timeout,
    NotFound,
    AccessDenied,
    ServerError,
    HttpError,
    TooManyRedirects,
    TooLarge,
    UnsupportedType,
    Unreadable,
}

/// <summary>A failed fetch: what went wrong in words a reviewer understands, and what to do next.</summary>
public sealed record FetchFailure(FetchFailureKind Kind, string Message, string Advice, string Url, int? HttpStatus = null)
{
    public const string PasteAdvice = "Open the page in your browser and paste the source's text as a manual snapshot.";

    public override string ToString() => $"{Message} {Advice}";
}
