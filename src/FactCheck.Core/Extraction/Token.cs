using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction;

/// <summary>A word or punctuation mark of the analysis text; <see cref="InQuote"/> marks words inside quotation marks.</summary>
public readonly record struct Token(int Start, int End, string Text, bool IsWord, bool InQuote)
{
    public TextSpan Span => new(Start, End);

    public bool IsCapitalized => IsWord && char.IsUpper(Text[0]);

    public bool Is(string s) => string.Equals(Text, s, StringComparison.Ordinal);

    public bool IsLower(string s) => string.Equals(Text, s, StringComparison.OrdinalIgnoreCase);
}

/// <summary>Splits a sentence into tokens. Words keep internal apostrophes, hyphens and periods ("U.S", "don't").</summary>
public static class Tokenizer
{
    /// <param name="into">A list to reuse (cleared first); a new one when null.</param>
    /// <param name="pool">Shares word strings between sentences; each word is a new string when null.</param>
    public static List<Token> Tokenize(string text, TextSpan sentence, IReadOnlyList<Quotation> quotes, List<Token>? into = null, WordPool? pool = null)
    {
        var tokens = into ?? new List<Token>(Math.Min(sentence.Length / 4 + 4, 4096));
        tokens.Clear();
        // Binary search for the first quotation that ends after the sentence start: keeps many-quote paragraphs linear.
        int lo = 0, hi = quotes.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (quotes[mid].End <= sentence.Start) lo = mid + 1; else hi = mid;
        }
        var q = lo;
        var i = sentence.Start;
        while (i < sentence.End)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var start = i;
            if (char.IsLetterOrDigit(c))
            {
                i++;
                while (i < sentence.End)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d)) { i++; continue; }
                    // Internal joiners only when a letter or digit follows: "don't", "U.S", "1,204", "3.5", "well-known".
                    if (d is '\'' or '-' or '.' or ',' && i + 1 < sentence.End && char.IsLetterOrDigit(text[i + 1])
                        && (d != ',' || char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])))
                    {
                        i += 2;
                        continue;
                    }
                    break;
                }
            }
            else
            {
                i++;
                if (char.IsHighSurrogate(c) && i < sentence.End) i++;
            }
            while (q < quotes.Count && quotes[q].End <= start) q++;
            var inQuote = q < quotes.Count && quotes[q].Start <= start && start < quotes[q].End;
            var word = pool is null ? text[start..i] : pool.Get(text.AsSpan(start, i - start));
            tokens.Add(new Token(start, i, word, char.IsLetterOrDigit(c), inQuote));
        }
        return tokens;
    }
}
