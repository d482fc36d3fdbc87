using System.Text;

namespace FactCheck.Core.Import;

/// <summary>
/// The Windows-1252 ("ANSI") fallback. Written out rather than registering the code-pages provider,
/// which would change encoding lookup for the whole process.
/// </summary>
internal static class Windows1252
{
    // 0x80–0x9F; every other byte maps to the same code point as Latin-1. '\0' marks bytes 1252 leaves undefined.
    private const string High =
        "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0" +
        "\0‘’“”•–—˜™š›œ\0žŸ";

    /// <summary>True when the bytes are invalid UTF-8 yet plausibly 1252: see <see cref="TextDecoder"/>.</summary>
    public static bool IsClearly1252(byte[] bytes)
    {
        var sawHigh = false;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b < 0x80) continue;
            sawHigh = true;
            if (b is >= 0x80 and <= 0x9F && High[b - 0x80] == '\0') return false;
            if (ValidUtf8SequenceLength(bytes, i) > 1) return false;
        }
        return sawHigh;
    }

    public static string Decode(byte[] bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
            sb.Append(b is >= 0x80 and <= 0x9F ? High[b - 0x80] : (char)b);
        return sb.ToString();
    }

    private static int ValidUtf8SequenceLength(byte[] b, int i)
    {
        var need = b[i] switch
        {
            >= 0xC2 and <= 0xDF => 1,
            >= 0xE0 and <= 0xEF => 2,
            >= 0xF0 and <= 0xF4 => 3,
            _ => -1,
        };
        if (need < 0 || i + need >= b.Length) return 0;
        for (var k = 1; k <= need; k++)
        {
            if (b[i + k] is < 0x80 or > 0xBF) return 0;
        }
        return need + 1;
    }
}
