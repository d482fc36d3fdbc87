namespace FactCheck.Core.Import;

/// <summary>Names common binary formats by their first bytes, so the error can say what the file probably is.</summary>
internal static class BinarySignature
{
    public static string? Guess(ReadOnlySpan<byte> b) => b switch
    {
        [(byte)'P', (byte)'K', 3, 4, ..] => "a ZIP archive",
        [(byte)'%', (byte)'P', (byte)'D', (byte)'F', ..] => "a PDF document",
        [0xD0, 0xCF, 0x11, 0xE0, ..] => "an old Office document such as a .doc",
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "a PNG image",
        [0xFF, 0xD8, 0xFF, ..] => "a JPEG image",
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => "a GIF image",
        [0x1F, 0x8B, ..] => "a gzip archive",
        [0x7F, (byte)'E', (byte)'L', (byte)'F', ..] => "a Linux program",
        _ => null,
    };
}
