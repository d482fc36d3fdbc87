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
    /// Most claims one article holds (default 5,000; a long news story gives a few hundred). Extraction beyond it keeps the
    /// first claims in text order and says so; claims added by hand or by splitting are refused at the limit.
    /// </summary>
    public int MaxClaims { get; set; } = 5_000;

    /// <summary>
    /// Most data unpacked from one file, in bytes: the inflated parts of a .docx, the decoded streams of a PDF
    /// (default 64 MB). Counted while unpacking, so a small file built to inflate to gigabytes is stopped at this size.
    /// </summary>
    public long MaxUnpackedBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The defaults, for callers without configuration.</summary>
    public static ImportLimits Default => new();
}
