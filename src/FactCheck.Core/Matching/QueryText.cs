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

    private static string SplitCamelCase(string word) => CamelBoundary().Replace(word, " ");

    [GeneratedRegex(@"(https?://|pic\.twitter\.com/|www\.)\S*", RegexOptions.IgnoreCase)]
    private static partial Regex Links();

    [GeneratedRegex(@"#(\w+)")]
    private static partial Regex Hashtags();

    [GeneratedRegex(@"(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\d)")]
    private static partial Regex CamelBoundary();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
