using FactCheck.Core.Text;

namespace FactCheck.Core.Language;

/// <summary>Splits a sentence of raw text into UD English EWT tokens with their character offsets.</summary>
public static class Tokenizer
{
    public static List<TextSpan> Tokenize(string text, int start, int end)
    {
        var into = new List<TextSpan>();
        Tokenize(text.AsSpan(), start, end, into);
        return into;
    }

    public static void Tokenize(ReadOnlySpan<char> text, int start, int end, List<TextSpan> into)
    {
        var i = start;
        while (i < end)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            var s = i;
            while (i < end && !char.IsWhiteSpace(text[i])) i++;
            into.Add(new TextSpan(s, i));
        }
    }
}
