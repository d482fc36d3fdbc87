using System.Text.RegularExpressions;

namespace FactCheck.Core.Matching;

/// <summary>
/// Tidies a social-media post before matching: links and picture addresses carry no words of the claim,
/// handles lose their @, and a CamelCase hashtag becomes its words ("#DefundTheCBC" → "Defund The CBC").
/// </summary>
public static partial class QueryText
{
    public static string Clean(string text)
    {
        var t = Links().Replace(text, " ");
        t = Hashtags().Replace(t, m => SplitCamelCase(m.Groups[1].Value));
        t = t.Replace('@', ' ');
        return Spaces().Replace(t, " ").Trim();
    }

    /// <summary>
    /// The post without the signature an embedded tweet ends with ("— Name (@handle) January 14, 2020"); null when it
    /// has none.
    /// </summary>
    public static string? WithoutSignature(string text)
    {
        // Posts quoted in a TSV double their quotation marks.
        var unquoted = text.Replace("\"\"", "\"");
        var unsigned = Signature().Replace(unquoted, "");
        return unsigned.Length == unquoted.Length || unsigned.Trim().Length == 0 ? null : unsigned;
    }

    private static string SplitCamelCase(string word) => CamelBoundary().Replace(word, " ");

    [GeneratedRegex(@"(https?://|pic\.twitter\.com/|www\.)\S*", RegexOptions.IgnoreCase)]
    private static partial Regex Links();

    [GeneratedRegex(@"#(\w+)")]
    private static partial Regex Hashtags();

    [GeneratedRegex(@"(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\d)")]
    private static partial Regex CamelBoundary();

    [GeneratedRegex(@"\s*[—–-]+\s*[^—–]*\(@\w+\)\s*(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}\s*$")]
    private static partial Regex Signature();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
