using System.Runtime.CompilerServices;
namespace FactCheck.Core.Sources;

/// <summary>
/// Walks the words of a text without allocating: runs of letters and digits, joined across an apostrophe
/// between letters ("agency's") and across a comma or point between digits ("1,204", "3.5").
/// </summary>
internal ref struct WordRanges(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> text = text;
    private int position;

    public int Start { get; private set; }

    public int End { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool MoveNext()
    {
        var i = position;
        while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
        if (i >= text.Length) { position = i; return false; }
        Start = i;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c)) { i++; continue; }
            if (i + 1 < text.Length && i > Start)
            {
                var before = text[i - 1];
                var after = text[i + 1];
                if ((c is '\'' or '\u2019') && char.IsLetter(before) && char.IsLetter(after)) { i++; continue; }
                if ((c is ',' or '.') && char.IsDigit(before) && char.IsDigit(after)) { i++; continue; }
            }
            break;
        }
        End = i;
        position = i;
        return true;
    }
}

/// <summary>Light, consistent stemming and the stopwords left out of matching. Consistency matters more than linguistics: both sides go through the same rules.</summary>
internal static class WordForms
{
    public static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "into", "about",
        "over", "after", "before", "than", "then", "that", "this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been",
        "being", "has", "have", "had", "do", "does", "did", "will", "would", "could", "should", "may", "might", "can", "not", "no",
        "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "him", "them", "us", "who", "whom", "which", "what",
        "when", "where", "why", "how", "said", "says", "say", "also", "more", "most", "some", "such", "there", "so", "up", "out", "all",
        "any", "each", "per", "cent", "percent", "while", "during", "since", "according", "s",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopwordLookup = Stopwords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsStopword(ReadOnlySpan<char> lower) => StopwordLookup.Contains(lower);

    /// <summary>Writes the lowercase stem of <paramref name="word"/> into <paramref name="buffer"/>; returns its length (0 when too long to matter).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Stem(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > buffer.Length) return 0;
        var n = word.ToLowerInvariant(buffer);
        var w = buffer[..n];
        if (w.EndsWith("'s") || w.EndsWith("\u2019s")) n -= 2;
        w = buffer[..n];
        if (n > 4 && w.EndsWith("ies")) { buffer[n - 3] = 'y'; return n - 2; }
        if (n > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i')) n--;
        w = buffer[..n];
        if (n > 5 && w.EndsWith("ing")) return n - 3;
        if (n > 4 && w.EndsWith("ed")) return n - 2;
        return n;
    }

    public static string Stem(string word)
    {
        Span<char> buffer = stackalloc char[64];
        var n = Stem(word, buffer);
        return n == 0 ? word.ToLowerInvariant() : new string(buffer[..n]);
    }

    /// <summary>"1,204" → 1204, "3.5" → 3.5; null when the word is not a plain number.</summary>
    public static double? Number(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !char.IsDigit(word[0]) || word.Length > 30) return null;
        Span<char> digits = stackalloc char[word.Length];
        var n = 0;
        foreach (var c in word)
        {
            if (char.IsDigit(c) || c == '.') digits[n++] = c;
            else if (c != ',') return null;
        }
        return double.TryParse(digits[..n], System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    /// <summary>The factor a word after a number multiplies it by ("2 million"), else 1.</summary>
    public static double Multiplier(ReadOnlySpan<char> word) => word switch
    {
        _ when word.Equals("thousand", StringComparison.OrdinalIgnoreCase) => 1e3,
        _ when word.Equals("million", StringComparison.OrdinalIgnoreCase) || word.Equals("m", StringComparison.OrdinalIgnoreCase) || word.Equals("mn", StringComparison.OrdinalIgnoreCase) => 1e6,
        _ when word.Equals("billion", StringComparison.OrdinalIgnoreCase) || word.Equals("bn", StringComparison.OrdinalIgnoreCase) => 1e9,
        _ when word.Equals("trillion", StringComparison.OrdinalIgnoreCase) || word.Equals("tn", StringComparison.OrdinalIgnoreCase) => 1e12,
        _ => 1,
    };
}
