using System.Text;

namespace FactCheck.Core.Import;

/// <summary>
/// Turns the bytes of a text file (.txt, .md, .html) into a string, refusing binary data and
/// undecodable bytes rather than producing mojibake that claims would then be anchored to.
/// </summary>
/// <remarks>
/// Encodings: a BOM decides (UTF-8, UTF-16 LE/BE, UTF-32 LE); without one the bytes must be UTF-8.
/// Windows-1252 is accepted only when the bytes are clearly 1252 text: invalid as UTF-8, not one valid
/// multi-byte UTF-8 sequence anywhere (so it is not UTF-8 with a few broken bytes), and no byte that
/// 1252 leaves undefined. Old Windows editors still save "ANSI" files; guessing any further would
/// silently change the words a fact-checker quotes.
/// </remarks>
internal static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    public static string Decode(byte[] bytes, string name)
    {
        if (DecodeWithBom(bytes, name) is { } withBom)
            return RejectControlNoise(withBom, name);

        if (BinarySignature.Guess(bytes) is { } guess)
            throw new ImportRejectedException(ImportMessages.Binary(name, guess));
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new ImportRejectedException(LooksLikeUtf16(bytes)
                ? ImportMessages.Utf16WithoutBom(name)
                : ImportMessages.Binary(name, null));
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            if (!Windows1252.IsClearly1252(bytes))
            {
                var at = e.Index >= 0 && e.Index < bytes.Length ? e.Index : FirstInvalidUtf8(bytes);
                throw new ImportRejectedException(ImportMessages.InvalidUtf8(name, at, bytes[at]));
            }
            text = Windows1252.Decode(bytes);
        }
        return RejectControlNoise(text, name);
    }

    private static string? DecodeWithBom(byte[] b, string name)
    {
        (Encoding encoding, int bomLength)? detected = b switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (StrictUtf8, 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(false, false, throwOnInvalidCharacters: true), 4),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(false, false, throwOnInvalidBytes: true), 2),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(true, false, throwOnInvalidBytes: true), 2),
            _ => null,
        };
        if (detected is not { } d) return null;
        try
        {
            return d.encoding.GetString(b, d.bomLength, b.Length - d.bomLength);
        }
        catch (DecoderFallbackException e) when (d.encoding is UTF8Encoding)
        {
            var at = d.bomLength + Math.Max(0, e.Index);
            throw new ImportRejectedException(ImportMessages.InvalidUtf8(name, at, b[Math.Min(at, b.Length - 1)]));
        }
        catch (DecoderFallbackException)
        {
            throw new ImportRejectedException(ImportMessages.InvalidUtf16(name));
        }
    }

    // UTF-16 Latin text has a zero in every other byte; plain binary has zeros scattered.
    private static bool LooksLikeUtf16(byte[] b)
    {
        int pairs = Math.Min(b.Length / 2, 4096), zeroHigh = 0, zeroLow = 0;
        for (var i = 0; i < pairs; i++)
        {
            if (b[2 * i] == 0) zeroLow++;
            if (b[2 * i + 1] == 0) zeroHigh++;
        }
        return pairs >= 4 && Math.Max(zeroHigh, zeroLow) >= pairs * 0.9 && Math.Min(zeroHigh, zeroLow) <= pairs * 0.1;
    }

    // Binary data that slipped past the signature and NUL checks still shows as many control characters;
    // real articles have at most a stray form feed or two.
    private static string RejectControlNoise(string text, string name)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 64 * 1024));
        var noise = 0;
        foreach (var c in sample)
        {
            if (c == '\0' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v')))
                noise++;
        }
        if (noise > 0 && (noise >= sample.Length * 0.02 || sample.Contains('\0')))
            throw new ImportRejectedException(ImportMessages.Binary(name, null));
        return text;
    }

    private static int FirstInvalidUtf8(byte[] bytes)
    {
        var decoder = StrictUtf8.GetDecoder();
        for (var i = 0; i < bytes.Length; i++)
        {
            try
            {
                decoder.GetCharCount(bytes, i, 1, flush: i == bytes.Length - 1);
            }
            catch (DecoderFallbackException)
            {
                return i;
            }
        }
        return bytes.Length - 1;
    }
}
