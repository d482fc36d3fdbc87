namespace FactCheck.Core.Import;

/// <summary>
/// Size limits for imports. Settable so the web app can bind it from the <c>Import</c> section of appsettings.
/// </summary>
public sealed record ImportLimits
{
    /// <summary>Largest accepted upload, in bytes (default 10 MB).</summary>
    public long MaxFileBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>Longest accepted article text, in UTF-16 characters, after extraction (default 2,000,000).</summary>
    public int MaxTextChars { get; set; } = 2_000_000;

    /// <summary>The defaults, for callers without configuration.</summary>
    public static ImportLimits Default => new();
}
