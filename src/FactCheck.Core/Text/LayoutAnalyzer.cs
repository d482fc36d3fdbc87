using FactCheck.Core.Extraction;

namespace FactCheck.Core.Text;

/// <summary>The article's layout: blocks in the original text, the headline and the dateline.</summary>
public sealed record Layout(string? Title, Dateline? Dateline, IReadOnlyList<DocumentBlock> Blocks);

/// <summary>Splits raw article text into headline, byline, captions, dateline and body paragraphs.</summary>
public static class LayoutAnalyzer
{
    // A headline may wrap over several lines; longer than this, the first block is body text.
    private const int MaxHeadlineLength = 500;

    public static Layout Analyze(string text, DateOnly? published)
    {
        var paragraphs = SplitParagraphs(text);
        var blocks = new List<DocumentBlock>(paragraphs.Count + 2);
        string? title = null;
        Dateline? dateline = null;
        var bodySeen = false;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            // Only short blocks can be a headline, byline or caption; they are read in place, not copied.
            var isShort = p.Length <= 400;
            var block = text.AsSpan(p.Start, p.Length);
            if (i == 0 && paragraphs.Count > 1 && isShort && LooksLikeHeadline(block)
                && DatelineParser.TryParse(text, p.Start, p.End, published, null) is null)
            {
                blocks.Add(new DocumentBlock(BlockKind.Headline, p));
                title = CleanTitle(p.Slice(text));
                continue;
            }
            if (!bodySeen && i < 5 && isShort && IsByline(block))
            {
                blocks.Add(new DocumentBlock(BlockKind.Byline, p));
                continue;
            }
            if (isShort && IsCaption(block))
            {
                blocks.Add(new DocumentBlock(BlockKind.Caption, p));
                continue;
            }
            if (!bodySeen && dateline is null
                && DatelineParser.TryParse(text, p.Start, p.End, published, YearAbove(text, p.Start)) is { } found)
            {
                dateline = found.Dateline;
                blocks.Add(new DocumentBlock(BlockKind.Dateline, found.Dateline.Span));
                if (found.BodyStart < p.End) blocks.Add(new DocumentBlock(BlockKind.Paragraph, new TextSpan(found.BodyStart, p.End)));
                bodySeen = true;
                continue;
            }
            blocks.Add(new DocumentBlock(BlockKind.Paragraph, p));
            bodySeen = true;
        }
        return new Layout(title, dateline, blocks);
    }

    /// <summary>
    /// Paragraphs are separated by blank lines; a text with no blank line uses line breaks, joining wrapped lines.
    /// Either way the header — the lines before a byline or a dateline at the top, however many they are — is one
    /// block (the headline), and a byline or dateline line starts a block of its own.
    /// </summary>
    internal static List<TextSpan> SplitParagraphs(string text)
    {
        var lines = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                lines.Add(new TextSpan(start, i));
                start = i + 1;
            }
        }
        var hasBlank = false;
        foreach (var l in lines) if (IsBlank(text, l)) { hasBlank = true; break; }
        var header = HeaderLines(text, lines);

        var result = new List<TextSpan>();
        TextSpan? current = null;
        for (var k = 0; k < lines.Count; k++)
        {
            var line = Trim(text, lines[k]);
            if (line.IsEmpty)
            {
                Flush();
                continue;
            }
            if (current is { } c)
            {
                // The header's lines belong together; the line after the header, a byline, a dateline and the line
                // after a byline start anew.
                bool breakHere;
                if (k < header) breakHere = false;
                else if (k == header) breakHere = true;
                else breakHere = StartsBlock(text, line) || IsByline(text.AsSpan(c.Start, c.Length)) || !hasBlank && !LooksWrapped(text, c, line);
                if (breakHere) { Flush(); current = line; }
                else current = new TextSpan(c.Start, line.End);
            }
            else current = line;
        }
        Flush();
        return result;

        void Flush()
        {
            if (current is { } c) result.Add(c);
            current = null;
        }
    }

    /// <summary>
    /// How many lines at the top form the headline: the non-empty lines before the first byline or dateline line,
    /// when there are at most eight of them with room for a headline and none ends a sentence before the last one;
    /// 0 when the text does not start that way.
    /// </summary>
    private static int HeaderLines(string text, List<TextSpan> lines)
    {
        var chars = 0;
        var first = -1;
        for (var k = 0; k < lines.Count && k < 12; k++)
        {
            var line = Trim(text, lines[k]);
            if (line.IsEmpty)
            {
                if (first >= 0) return 0; // a blank line ends the header before any byline: blank-line blocks decide
                continue;
            }
            if (first < 0) first = k;
            else if (StartsBlock(text, line)) return k - first <= 8 && chars <= MaxHeadlineLength ? k : 0;
            chars += line.Length + 1;
            if (chars > MaxHeadlineLength) return 0;
        }
        return 0;
    }

    // A byline or a dateline begins a block of its own, even without a blank line before it.
    private static bool StartsBlock(string text, TextSpan line)
    {
        var block = text.AsSpan(line.Start, line.Length);
        return IsByline(block) || DatelineParser.TryParse(text, line.Start, line.End, null, 2000) is not null && LooksLikeDatelineStart(block);
    }

    // "PORT MAREN, Oct 12 (Harbor Wire)--", "WASHINGTON (AP) -": a place in capitals opens the line.
    private static bool LooksLikeDatelineStart(ReadOnlySpan<char> line)
    {
        var letters = 0;
        foreach (var ch in line)
        {
            if (ch is ',' or '(' or '-' or '\u2014' or '\u2013') break;
            if (char.IsLetter(ch)) { if (!char.IsUpper(ch)) return false; letters++; }
        }
        return letters >= 3;
    }

    // Without blank lines, a line continues the previous one when that one stops mid-sentence: it does not end a
    // sentence and is long enough to be a wrapped line, ends with a word that cannot end one, or the line goes on in
    // lower case. A short line ending in a content word before a capital is a heading or a list item.
    private static bool LooksWrapped(string text, TextSpan previous, TextSpan line)
    {
        var last = text[previous.End - 1];
        var first = text[line.Start];
        if (char.IsLower(first)) return true;
        if (".!?\"”’:)".Contains(last)) return false;
        var nl = text.LastIndexOf('\n', previous.End - 1, previous.Length);
        var lastLineStart = nl < previous.Start ? previous.Start : nl + 1;
        return previous.End - lastLineStart >= 40 || EndsWithFunctionWord(text, lastLineStart, previous.End) || last is ',' or ';' or '-' or '\u2014' or '\u2013';
    }

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "and", "or", "but", "that", "which", "who",
        "its", "his", "her", "their", "our", "this", "these", "those", "was", "were", "is", "are", "be", "been", "has", "had", "have",
        "will", "would", "could", "should", "said", "says", "than", "into", "over", "after", "before", "about", "since", "until",
    };

    private static bool EndsWithFunctionWord(string text, int lineStart, int lineEnd)
    {
        var e = lineEnd;
        var b = e;
        while (b > lineStart && char.IsLetter(text[b - 1])) b--;
        return b < e && FunctionWords.Contains(text[b..e]);
    }

    private static bool IsBlank(string text, TextSpan line)
    {
        for (var i = line.Start; i < line.End; i++) if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }

    private static TextSpan Trim(string text, TextSpan s)
    {
        var a = s.Start; var b = s.End;
        while (a < b && char.IsWhiteSpace(text[a])) a++;
        while (b > a && char.IsWhiteSpace(text[b - 1])) b--;
        return new TextSpan(a, b);
    }

    private static bool LooksLikeHeadline(ReadOnlySpan<char> s)
    {
        if (s.Length > MaxHeadlineLength) return false;
        var t = s.TrimEnd(". \n\r");
        // More than one sentence means body text, not a headline.
        for (var i = 0; i + 2 < t.Length; i++)
            if (t[i] is '.' or '!' or '?' && t[i + 1] == ' ' && char.IsUpper(t[i + 2]) && i > 3 && !char.IsUpper(t[i - 1]) && t[i - 1] != 'r' && t[i - 2] != 'M') return false;
        return !s.StartsWith("By ", StringComparison.Ordinal);
    }

    private static string CleanTitle(string s)
    {
        var repaired = TextRepairer.Repair(s).Analysis.Trim();
        return repaired.EndsWith('.') && !repaired.EndsWith("..", StringComparison.Ordinal) ? repaired[..^1] : repaired;
    }

    private static bool IsByline(ReadOnlySpan<char> s) =>
        s.Length < 160 && (s.StartsWith("By ", StringComparison.Ordinal) || s.StartsWith("BY ", StringComparison.Ordinal))
        && s.Length > 3 && char.IsUpper(s[3]);

    private static readonly string[] CaptionStarts = ["Photo:", "PHOTO:", "Caption:", "Image:", "(Photo", "[Photo", "Pictured:", "FILE -", "FILE —", "FILE PHOTO", "Photograph:", "[Image", "(Image"];

    private static readonly string[] CaptionMarks = ["(AP Photo", "(Reuters/", "(REUTERS/", "Photo by ", "Photograph by ", "Getty Images", "(Photo:", "/AFP", "(AFP", "Photo credit", "photo credit"];

    // A photo credit closing a caption: "REUTERS/Ueslei Marcelino", "Meridian News/Tiago Brandão", "(AP Photo/Jane Doe)",
    // "Photo: Jane Doe", "Credit: Getty Images".
    private static readonly System.Text.RegularExpressions.Regex TrailingCredit = new(
        @"(?:^|[.!?""”)]\s+)(?:\(?(?:\p{Lu}[\p{L}&.'-]*(?:\s\p{Lu}[\p{L}&.'-]*){0,3})\s?/\s?\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,3}\)?|\(?(?:Photo|Photograph|Picture|Image|Credit|Photo credit)s?(?: by)?:?\s+\p{Lu}[^.]{1,60}?\)?)\s*$",
        // Linear-time matching instead of a timeout: a timeout made the answer depend on how busy the machine was.
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.NonBacktracking);

    private static bool IsCaption(ReadOnlySpan<char> s)
    {
        if (s.Length > 400) return false;
        foreach (var p in CaptionStarts) if (s.StartsWith(p, StringComparison.Ordinal)) return true;
        foreach (var m in CaptionMarks) if (s.Contains(m, StringComparison.Ordinal)) return true;
        // A short block ending in a photo credit rather than a full stop.
        var t = s.TrimEnd();
        if (t.Length == 0 || t[^1] is '.' or '!' or '?' or '"' or '”' or ':' or ',') return false;
        return TrailingCredit.IsMatch(t);
    }

    /// <summary>
    /// The year for a dateline without one ("VELDHAVEN, March 3"): a year written above it (a byline's date),
    /// else the current year — news is checked while it is news. A year further down is usually history ("the fastest
    /// rise since 1998") and made every relative date of such an article fall in that year.
    /// </summary>
    private static int YearAbove(string text, int end) => FirstYear(text, end) ?? DateTime.UtcNow.Year;

    private static int? FirstYear(string text, int end)
    {
        var limit = Math.Min(text.Length - 3, Math.Min(end, 5000));
        for (var i = 0; i < limit; i++)
        {
            if ((text[i] == '1' && text[i + 1] == '9' || text[i] == '2' && text[i + 1] == '0')
                && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3])
                && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (i + 4 >= text.Length || !char.IsLetterOrDigit(text[i + 4])))
                return (text[i] - '0') * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
        }
        return null;
    }
}
