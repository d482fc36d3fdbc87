using System.Text;

namespace FactCheck.Core.Text;

/// <summary>Article words for display on one line: the article's hard line breaks and runs of spaces become single spaces.</summary>
public static class OneLine
{
    public static string Of(string words)
    {
        var b = new StringBuilder(words.Length);
        var space = false;
        foreach (var ch in words.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(ch)) { space = true; continue; }
            if (space) b.Append(' ');
            space = false;
            b.Append(ch);
        }
        return b.ToString();
    }
}
