namespace FactCheck.Core.Matching;

/// <summary>
/// The words BM25 compares: lower-cased runs of letters and digits, common English function words
/// dropped, and a light suffix stemmer so that "vaccines" meets "vaccine" and "claimed" meets "claims".
/// </summary>
public static class MatchTokens
{
    private static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have", "he",
        "her", "his", "i", "in", "is", "it", "its", "me", "my", "of", "on", "or", "our", "she", "so", "that", "the",
        "their", "them", "they", "this", "to", "was", "we", "were", "will", "with", "you", "your", "s", "t",
    };

    public static List<string> Of(string text)
    {
        var tokens = new List<string>();
        var span = text.AsSpan();
        var buffer = new System.Text.StringBuilder();
        for (var i = 0; i <= span.Length; i++)
        {
            if (i < span.Length && char.IsLetterOrDigit(span[i]))
            {
                buffer.Append(char.ToLowerInvariant(span[i]));
                continue;
            }
            if (buffer.Length == 0) continue;
            var word = buffer.ToString();
            buffer.Clear();
            if (!Stopwords.Contains(word)) tokens.Add(Stem(word));
        }
        return tokens;
    }

    /// <summary>A few inflectional suffixes only; a full Porter stemmer conflates too much for short claims.</summary>
    public static string Stem(string w)
    {
        if (w.Length <= 3 || char.IsDigit(w[^1])) return w;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) return w[..^3] + "y";
        if (w.EndsWith("sses", StringComparison.Ordinal)) return w[..^2];
        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5) return w[..^3];
        if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4) return w[..^2];
        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
            return w[..^1];
        return w;
    }
}
