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

    /// <summary>
    /// Most data unpacked from one file, in bytes: the inflated parts of a .docx, the decoded streams of a PDF
    /// (default 64 MB). Counted while unpacking, so a small file built to inflate to gigabytes is stopped at this size.
    /// </summary>
    public long MaxUnpackedBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The defaults, for callers without configuration.</summary>
    public static ImportLimits Default => new();
}
