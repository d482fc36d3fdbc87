using System.Text;

namespace FactCheck.Core.Search;

/// <summary>One thing a search asks for: a word, or a "quoted phrase" of words in order; a trailing * matches word beginnings.</summary>
public sealed record SearchTerm(IReadOnlyList<string> Words, bool Prefix);

/// <summary>
/// What a person typed into a search box, read into terms that every result must contain. Nothing typed is ever passed
/// to a full-text engine as syntax: a term keeps only letters, digits and combining marks, and the engine's query is
/// written from the terms (<see cref="ToFts5"/>, <see cref="ToTsQuery"/>), so quotes, operators, parentheses, NEAR(,
/// column filters and stray asterisks are plain text or nothing.
/// </summary>
public sealed class SearchQuery
{
    /// <summary>Longer text is read up to here; the API refuses it instead (<see cref="SearchRequest.MaxQueryLength"/>).</summary>
    public const int MaxReadLength = 1000;

    public const int MaxTerms = 12;

    public const int MaxWordLength = 64;

    private SearchQuery(IReadOnlyList<SearchTerm> terms) => Terms = terms;

    public IReadOnlyList<SearchTerm> Terms { get; }

    /// <summary>No searchable word in the text (empty, only punctuation, only emoji...).</summary>
    public bool IsEmpty => Terms.Count == 0;

    public static SearchQuery Parse(string? text)
    {
        var terms = new List<SearchTerm>();
        if (string.IsNullOrWhiteSpace(text)) return new SearchQuery(terms);
        var s = text.Length > MaxReadLength ? text[..MaxReadLength] : text;
        var i = 0;
        while (i < s.Length && terms.Count < MaxTerms)
        {
            if (s[i] == '"')
            {
                var close = s.IndexOf('"', i + 1);
                var end = close < 0 ? s.Length : close;
                var prefix = close >= 0 && close + 1 < s.Length && s[close + 1] == '*';
                Add(terms, s[(i + 1)..end], prefix);
                i = close < 0 ? s.Length : close + (prefix ? 2 : 1);
                continue;
            }
            var start = i;
            while (i < s.Length && !char.IsWhiteSpace(s[i]) && s[i] != '"') i++;
            if (i > start)
            {
                // Punctuation inside a word ("co-op", "1,204", "U.S.") keeps its parts together as a phrase; anything else
                // ("NEAR(flood", "a+b") separates words.
                var chunk = s[start..i];
                var from = 0;
                for (var k = 0; k <= chunk.Length; k++)
                {
                    if (k < chunk.Length && (IsWordChar(chunk[k]) || WordJoiners.Contains(chunk[k]))) continue;
                    var piece = chunk[from..k];
                    if (piece.Length > 0) Add(terms, piece.TrimEnd('*'), piece.EndsWith('*'));
                    from = k + 1;
                }
            }
            else i++;
        }
        return new SearchQuery(terms);
    }

    private const string WordJoiners = "-'’.,/:@&_*";

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.IsSurrogate(c) ||
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static void Add(List<SearchTerm> terms, string text, bool prefix)
    {
        var words = Words(text);
        if (words.Count == 0) return;
        var term = new SearchTerm(words, prefix);
        if (!terms.Any(t => t.Prefix == term.Prefix && t.Words.SequenceEqual(term.Words))) terms.Add(term);
    }

    /// <summary>Runs of letters, digits and combining marks; everything else separates words (as the full-text tokenizers do).</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark
                    or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                if (word.Length < MaxWordLength) word.Append(rune.ToString());
                continue;
            }
            if (word.Length > 0) words.Add(word.ToString());
            word.Clear();
        }
        if (word.Length > 0) words.Add(word.ToString());
        // A word made only of combining marks is nothing a tokenizer keeps.
        return words.Where(w => w.EnumerateRunes().Any(Rune.IsLetterOrDigit)).Take(MaxTerms).ToList();
    }

    /// <summary>An SQLite FTS5 query: each term a quoted string (a phrase when it has several words), all required.</summary>
    public string ToFts5() => string.Join(" ", Terms.Select(t => "\"" + string.Join(" ", t.Words) + "\"" + (t.Prefix ? "*" : "")));

    /// <summary>A PostgreSQL to_tsquery text: words quoted as lexemes, a phrase joined by &lt;-&gt;, terms by &amp;.</summary>
    public string ToTsQuery() => string.Join(" & ", Terms.Select(t =>
        "(" + string.Join(" <-> ", t.Words.Select((w, i) => "'" + w + "'" + (t.Prefix && i == t.Words.Count - 1 ? ":*" : ""))) + ")"));

    /// <summary>The terms as a person would type them again (for the page's "results for ...").</summary>
    public override string ToString() => string.Join(" ", Terms.Select(t =>
        (t.Words.Count > 1 ? "\"" + string.Join(" ", t.Words) + "\"" : t.Words[0]) + (t.Prefix ? "*" : "")));
}
