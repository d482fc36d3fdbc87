namespace FactCheck.Core.Extraction;

/// <summary>
/// Shares the strings of repeated words ("said", "the", names) across the sentences of one extraction, so
/// tokenising a long article does not allocate a new string per word. Bounded, so memory stays linear.
/// </summary>
public sealed class WordPool(int capacity = 100_000)
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);

    public string Get(ReadOnlySpan<char> word)
    {
        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var known)) return known;
        var s = word.ToString();
        if (_words.Count < capacity) _words.Add(s);
        return s;
    }

    /// <summary>The pooled string equal to <paramref name="word"/>; the word itself when it is new.</summary>
    public string Get(string word)
    {
        if (_words.TryGetValue(word, out var known)) return known;
        if (_words.Count < capacity) _words.Add(word);
        return word;
    }
}
