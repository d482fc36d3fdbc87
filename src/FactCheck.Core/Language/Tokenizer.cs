using FactCheck.Core.Text;

namespace FactCheck.Core.Language;

/// <summary>
/// Splits one sentence of raw text into the tokens of UD English EWT, each with its character offsets:
/// clitics come off ("don't" → "do" "n't", "Ruiz's" → "Ruiz" "'s", "can't" → "ca" "n't", "cannot" → "can" "not"),
/// punctuation and quotation marks (straight and curly) stand alone, and "U.S.", "Dr.", "3.5", "1,204",
/// "e-mail" and "35-year-old" stay whole while "$35" and "35%" split off their symbols, as the treebank does.
/// </summary>
public static class Tokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "st", "jr", "sr",
        "inc", "corp", "co", "ltd", "llc", "bros", "vs", "etc", "al", "approx", "dept", "univ", "ave", "blvd", "rd", "mt", "ft",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "nos", "vol", "fig", "pp",
        "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "d.c", "calif", "fla", "ariz", "mich", "tenn",
    };

    // Contractions the treebank splits inside the word, with the length of their first part.
    private static readonly Dictionary<string, int> Fused = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cannot"] = 3, ["gonna"] = 3, ["wanna"] = 3, ["gotta"] = 3,
    };

    private static readonly string[] Clitics = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"];

    /// <summary>The tokens of <c>text[start..end)</c>.</summary>
    public static List<TextSpan> Tokenize(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (start < 0 || end > text.Length || start > end) throw new ArgumentOutOfRangeException(nameof(start), "the range is outside the text");
        var into = new List<TextSpan>();
        Tokenize(text.AsSpan(), start, end, into);
        return into;
    }

    /// <summary>Appends the tokens of <c>text[start..end)</c> to <paramref name="into"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, int start, int end, List<TextSpan> into)
    {
        var i = start;
        while (i < end)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            var s = i;
            while (i < end && !char.IsWhiteSpace(text[i])) i++;
            Chunk(text, s, i, into);
        }
    }

    /// <summary>One run of non-space characters: leading marks, the core, then trailing marks in order.</summary>
    private static void Chunk(ReadOnlySpan<char> text, int s, int e, List<TextSpan> into)
    {
        if (IsAddress(text[s..e]))
        {
            var end = e;
            while (end > s + 1 && ".,;:!?)]}\"'\u201D\u2019".Contains(text[end - 1])) end--;
            into.Add(new TextSpan(s, end));
            for (var k = end; k < e; k++) into.Add(new TextSpan(k, k + 1));
            return;
        }
        while (s < e)
        {
            var c = text[s];
            var run = Run(text, s, e);
            if (run > 0) { into.Add(new TextSpan(s, s + run)); s += run; continue; }
            if (IsOpening(c) || IsCurrency(c) || c is ',' or ';' or ':' or '!' or '?' or '*')
            {
                into.Add(new TextSpan(s, s + 1));
                s++;
                continue;
            }
            break;
        }
        Span<TextSpan> trailing = stackalloc TextSpan[16];
        var count = 0;
        while (e > s && count < trailing.Length)
        {
            var c = text[e - 1];
            if (c == '.')
            {
                var dots = 0;
                while (e - dots > s && text[e - 1 - dots] == '.') dots++;
                if (dots >= 2) { trailing[count++] = new TextSpan(e - dots, e); e -= dots; continue; }
                if (e - 1 > s && IsAbbreviation(text[s..(e - 1)])) break;
                trailing[count++] = new TextSpan(e - 1, e);
                e--;
                continue;
            }
            if (c == '\'' || c == '\u2019')
            {
                // A closing quote, unless it marks a plural possessive ("players'"), which is split all the same.
                trailing[count++] = new TextSpan(e - 1, e);
                e--;
                continue;
            }
            if (IsClosing(c) || c is ',' or ';' or ':' or '!' or '?' or '%' or '\u2026' or '"' or '*')
            {
                trailing[count++] = new TextSpan(e - 1, e);
                e--;
                continue;
            }
            if (c == '-' && e - 1 > s && text[e - 2] == '-') { trailing[count++] = new TextSpan(e - 2, e); e -= 2; continue; }
            break;
        }
        if (e > s) Core(text, s, e, into);
        for (var k = count - 1; k >= 0; k--) into.Add(trailing[k]);
    }

    /// <summary>The middle of a chunk: split at dashes and inner quotes, then clitics off each word.</summary>
    private static void Core(ReadOnlySpan<char> text, int s, int e, List<TextSpan> into)
    {
        var from = s;
        for (var i = s; i < e; i++)
        {
            var c = text[i];
            var width = c is '\u2014' or '\u2013' or '\u201C' or '\u201D' or '"' or '(' or ')' or '[' or ']' or '/' && !IsSlashWord(text, s, e, i) ? 1
                : c == '-' && i + 1 < e && text[i + 1] == '-' ? 2
                : c == '.' && i + 2 < e && text[i + 1] == '.' && text[i + 2] == '.' ? 3
                : c is ',' or ';' or '!' or '?' && !(c == ',' && i > s && i + 1 < e && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])) ? 1
                : 0;
            if (width == 0) continue;
            if (i > from) Word(text, from, i, into);
            into.Add(new TextSpan(i, i + width));
            i += width - 1;
            from = i + 1;
        }
        if (e > from) Word(text, from, e, into);
    }

    private static bool IsSlashWord(ReadOnlySpan<char> text, int s, int e, int i) =>
        text[i] == '/' && i > s && i + 1 < e && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);

    /// <summary>A word, with clitics split off the end and fused forms split inside.</summary>
    private static void Word(ReadOnlySpan<char> text, int s, int e, List<TextSpan> into)
    {
        var word = text[s..e];
        if (word.Length > 1 && IsCurrency(word[0]) && char.IsDigit(word[1]))
        {
            into.Add(new TextSpan(s, s + 1));
            Word(text, s + 1, e, into);
            return;
        }
        if (Fused.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var first))
        {
            into.Add(new TextSpan(s, s + first));
            into.Add(new TextSpan(s + first, e));
            return;
        }
        foreach (var clitic in Clitics)
        {
            if (word.Length <= clitic.Length || !EndsWithClitic(word, clitic)) continue;
            var cut = e - clitic.Length;
            if (!char.IsLetter(text[cut - 1])) continue;
            into.Add(new TextSpan(s, cut));
            into.Add(new TextSpan(cut, e));
            return;
        }
        into.Add(new TextSpan(s, e));
    }

    private static bool EndsWithClitic(ReadOnlySpan<char> word, string clitic)
    {
        var tail = word[^clitic.Length..];
        for (var k = 0; k < clitic.Length; k++)
        {
            var a = tail[k] == '\u2019' ? '\'' : char.ToLowerInvariant(tail[k]);
            if (a != clitic[k]) return false;
        }
        return true;
    }

    /// <summary>How many characters of a multi-character mark start at <paramref name="s"/> ("...", "--"), or 0.</summary>
    private static int Run(ReadOnlySpan<char> text, int s, int e)
    {
        if (text[s] == '.' && s + 2 < e && text[s + 1] == '.' && text[s + 2] == '.')
        {
            var k = s;
            while (k < e && text[k] == '.') k++;
            return k - s;
        }
        if (text[s] == '-' && s + 1 < e && text[s + 1] == '-') return 2;
        if (text[s] is '\u2014' or '\u2013' or '\u2026') return 1;
        return 0;
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> core)
    {
        if (core.Length == 1) return char.IsLetter(core[0]);
        if (Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(core)) return true;
        // Initials and dotted acronyms: "J", "U.S", "a.m", "Ph.D".
        var letters = 0;
        for (var k = 0; k < core.Length; k++)
        {
            if (char.IsLetter(core[k])) { letters++; continue; }
            if (core[k] != '.' || letters == 0) return false;
            letters = 0;
        }
        return core.Contains('.') && letters <= 2;
    }

    private static bool IsAddress(ReadOnlySpan<char> chunk) =>
        chunk.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || chunk.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || chunk.IndexOf('@') is var at and > 0 && chunk[at..].Contains('.') && char.IsLetterOrDigit(chunk[0]);

    private static bool IsOpening(char c) => c is '"' or '\'' or '`' or '(' or '[' or '{' or '\u201C' or '\u2018' or '\u00AB';

    private static bool IsClosing(char c) => c is ')' or ']' or '}' or '\u201D' or '\u00BB';

    private static bool IsCurrency(char c) => c is '$' or '\u00A3' or '\u20AC' or '\u00A5';
}
