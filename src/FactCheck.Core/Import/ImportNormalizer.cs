namespace FactCheck.Core.Import;

/// <summary>
/// The only changes made to every imported text. Claims are anchored to character offsets in the result,
/// so anything beyond line endings, a BOM and trailing whitespace is left to the display/extraction layer.
/// </summary>
internal static class ImportNormalizer
{
    public static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return text.Replace("\r\n", "\n").Replace('\r', '\n').TrimEnd();
    }
}
