using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction;

/// <summary>Splits a paragraph of analysis text into sentences, robust to abbreviations, initials, decimals and quotes.</summary>
public static class SentenceSplitter
{
    /// <summary>Sentences longer than this are cut at a space: expensive steps only ever see bounded sentences.</summary>
    public const int MaxSentenceLength = 1500;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Cmdr", "Adm", "Maj", "Cpl",
        "St", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "No", "Nos", "Vol", "Fig", "vs", "etc", "Rev", "Hon", "Pres", "Supt",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft", "Ave", "Blvd", "Rd",
        "approx", "est", "dept", "Dept", "Univ", "Assn", "Bros", "Messrs", "Mme", "Mlle", "cf", "al", "e.g", "i.e", "Ph.D", "a.m", "p.m",
        "U.S", "U.N", "U.K", "E.U", "D.C", "N.Y", "L.A", "Calif", "Fla", "Ill", "Mass", "Mich", "Penn", "Pa", "Va", "Wash", "Wis", "Ariz", "Colo", "Conn", "Ga", "Ky", "La", "Md", "Minn", "Mo", "Nev", "Okla", "Ore", "Tenn", "Tex", "Vt",
    };

    // After these multi-letter abbreviations a capitalised function word still starts a new sentence.
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "A", "An", "This", "That", "There", "His", "Her", "Their", "Its", "At", "As", "If", "When", "While", "So", "Yet", "After", "Before",
    };

    public static List<TextSpan> Split(string text, TextSpan paragraph)
    {
        var result = new List<TextSpan>();
        var start = SkipSpace(text, paragraph.Start, paragraph.End);
        var i = start;
        while (i < paragraph.End)
        {
            var c = text[i];
            if (c is '.' or '!' or '?' or '…' || c == '\n')
            {
                var endPunct = i + 1;
                while (endPunct < paragraph.End && text[endPunct] is '.' or '!' or '?' or '…') endPunct++;
                var close = endPunct;
                while (close < paragraph.End && text[close] is '"' or '\'' or ')' or ']') close++;
                if (close >= paragraph.End || text[close] == ' ' || text[close] == '\n')
                {
                    var next = SkipSpace(text, close, paragraph.End);
                    if (next >= paragraph.End || c == '\n' || IsBoundary(text, start, i, endPunct, close, next))
                    {
                        Add(start, close);
                        start = next;
                        i = next;
                        continue;
                    }
                }
                i = endPunct;
                continue;
            }
            if (i - start >= MaxSentenceLength && c == ' ')
            {
                Add(start, i);
                start = SkipSpace(text, i, paragraph.End);
                i = start;
                continue;
            }
            if (i - start >= MaxSentenceLength * 2)
            {
                // No space for a long stretch (hostile input): cut anyway, never inside a surrogate pair.
                var cut = char.IsLowSurrogate(text[i]) ? i + 1 : i;
                Add(start, cut);
                start = cut;
                i = cut;
                continue;
            }
            i++;
        }
        if (start < paragraph.End) Add(start, paragraph.End);
        return result;

        void Add(int s, int e)
        {
            while (e > s && text[e - 1] == ' ') e--;
            if (e > s) result.Add(new TextSpan(s, e));
        }
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && (text[i] == ' ' || text[i] == '\n')) i++;
        return i;
    }

    private static bool IsBoundary(string text, int sentenceStart, int punct, int endPunct, int close, int next)
    {
        var n = text[next];
        var nextStartsSentence = char.IsUpper(n) || char.IsDigit(n) || n is '"' or '\'' or '(' or '[' || !char.IsLetter(n) && !char.IsPunctuation(n);
        if (!nextStartsSentence) return false;
        if (text[punct] != '.' || endPunct - punct > 1) return true; // "!", "?", "..." before a capital
        if (close > endPunct) return true; // '."' closes a quotation
        // The word before the period.
        var w = punct;
        while (w > sentenceStart && !char.IsWhiteSpace(text[w - 1]) && text[w - 1] is not '(' and not '"') w--;
        var word = text[w..punct];
        if (word.Length == 0) return true;
        if (word.Length == 1 && char.IsUpper(word[0])) return false; // an initial: "J. Smith"
        if (word.Length == 1 && char.IsDigit(word[0]) && char.IsDigit(n)) return false;
        var nextWord = NextWord(text, next);
        if (word.Contains('.'))
        {
            // "U.S." ends a sentence only when a typical sentence opener follows.
            return SentenceStarters.Contains(nextWord);
        }
        if (Abbreviations.Contains(word)) return word is "Inc" or "Corp" or "Co" or "Ltd" or "Jr" or "Sr" or "etc" && SentenceStarters.Contains(nextWord);
        return true;
    }

    private static string NextWord(string text, int i)
    {
        var e = i;
        while (e < text.Length && e - i < 20 && char.IsLetter(text[e])) e++;
        return text[i..e];
    }
}
