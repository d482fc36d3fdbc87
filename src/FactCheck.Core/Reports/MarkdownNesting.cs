using System.Text;

namespace FactCheck.Core.Reports;

/// <summary>Markdown whose excess nesting was turned into plain text, and what had to be turned.</summary>
/// <param name="Text">The Markdown to parse: the input with a backslash before every marker that would have nested too deep.</param>
/// <param name="BlocksFlattened">Block quotes or lists nested deeper than <see cref="MarkdownNesting.MaxBlockLevels"/> allow.</param>
/// <param name="InlinesFlattened">Brackets or emphasis opened deeper than <see cref="MarkdownNesting.MaxInlineDepth"/>, or more
/// emphasis and brackets in one paragraph than <see cref="MarkdownNesting.MaxDelimiterRuns"/>.</param>
public sealed record FlattenedMarkdown(string Text, bool BlocksFlattened, bool InlinesFlattened);

/// <summary>
/// Caps nesting before Markdig sees a text. Markdig refuses (throws) trees deeper than 128 levels, and its inline pass
/// takes time quadratic in the emphasis markers and brackets still open in a paragraph, so 200 nested block quotes or a
/// paragraph of thousands of <c>*x*</c> stopped every page that shows the text. Past the limits, a marker gets a
/// backslash in front: it shows as the character it is, and everything inside it still renders, one level flatter.
/// One linear pass over the lines; content of fenced code and of code spans is never touched.
/// </summary>
public static class MarkdownNesting
{
    /// <summary>Block levels allowed: one per block quote, two per list (the list and its item), well under Markdig's 128.</summary>
    public const int MaxBlockLevels = 48;

    /// <summary>Brackets, or levels of emphasis, open at once in a paragraph.</summary>
    public const int MaxInlineDepth = 32;

    /// <summary>Emphasis runs and brackets in one paragraph; beyond this they stay literal characters.</summary>
    public const int MaxDelimiterRuns = 256;

    /// <summary>Bare web addresses linked per paragraph: Markdig looks back over the whole paragraph for each one.</summary>
    public const int MaxAutolinks = 64;

    /// <summary>
    /// Rows of one pipe table: Markdig lays out a table as one paragraph, in time quadratic in its cells once any cell
    /// has emphasis, so a longer table is cut into tables of this many rows (each under an empty header row).
    /// </summary>
    public const int MaxTableRows = 100;

    /// <summary>Columns of a pipe table; a wider one is shown as the text it is.</summary>
    public const int MaxTableColumns = 64;

    private static readonly string[] AutolinkStarts = ["http://", "https://", "ftp://", "mailto:", "tel:", "www."];

    private const string EmphasisMarks = "*_~^+=";

    /// <summary>Flattens <paramref name="markdown"/>; <paramref name="frontMatter"/> leaves a leading YAML block (--- ... ---) alone.</summary>
    public static FlattenedMarkdown Flatten(string markdown, bool frontMatter = false)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var scan = new Scan(markdown);
        scan.Run(frontMatter);
        if (scan.Insertions.Count == 0) return new FlattenedMarkdown(markdown, false, false);

        // Inline escapes are found when a paragraph ends, after the block escapes of its later lines: sort, keeping order at one place.
        var insertions = scan.Insertions.Select((insertion, order) => (insertion.At, order, insertion.Text)).OrderBy(i => i.At).ThenBy(i => i.order);
        var sb = new StringBuilder(markdown.Length + scan.Insertions.Count);
        var from = 0;
        foreach (var (at, _, text) in insertions)
        {
            sb.Append(markdown, from, at - from).Append(text);
            from = at;
        }
        sb.Append(markdown, from, markdown.Length - from);
        return new FlattenedMarkdown(sb.ToString(), scan.BlocksFlattened, scan.InlinesFlattened);
    }

    private sealed class Scan(string s)
    {
        private readonly List<(int Start, int End)> paragraph = [];
        private Fence? fence;
        private Table? table;

        /// <summary>Text to insert at a position of the source: a backslash before a marker, or the head of a new table.</summary>
        public List<(int At, string Text)> Insertions { get; } = [];

        public bool BlocksFlattened { get; private set; }

        public bool InlinesFlattened { get; private set; }

        public void Run(bool frontMatter)
        {
            var lineStart = 0;
            if (frontMatter && s.StartsWith("---", StringComparison.Ordinal)) lineStart = AfterFrontMatter();
            while (lineStart < s.Length)
            {
                var newline = s.IndexOf('\n', lineStart);
                var next = newline < 0 ? s.Length : newline + 1;
                var end = newline < 0 ? s.Length : newline;
                if (end > lineStart && s[end - 1] == '\r') end--;
                Line(lineStart, end);
                lineStart = next;
            }
            EndParagraph();
        }

        private void Line(int start, int end)
        {
            if (s.AsSpan(start, end - start).IsWhiteSpace())
            {
                EndParagraph();
                return;
            }
            var prefix = Prefix(start, end, escape: fence is null);
            if (fence is { } open)
            {
                if (prefix.Quotes < open.Quotes || prefix.Indent < open.Indent)
                {
                    // The container around the fence ended, and Markdig closes the fence with it.
                    fence = null;
                    prefix = Prefix(start, end, escape: true);
                }
                else
                {
                    if (IsClosingFence(prefix.ContentStart, end, open)) fence = null;
                    return;
                }
            }

            var content = prefix.ContentStart;
            if (OpeningFence(content, end) is { } opened)
            {
                EndParagraph();
                fence = opened with { Quotes = prefix.Quotes, Indent = prefix.StartsItem ? prefix.ContentColumn : 0 };
                return;
            }
            // Only where Markdig surely starts a new paragraph does the count start again; elsewhere counting on is the safe side.
            var heading = IsHeading(content, end);
            if (prefix.StartsItem || heading) EndParagraph();
            TableRow(start, content, end);
            paragraph.Add((content, end));
            if (heading) EndParagraph();
        }

        /// <summary>Follows pipe tables: a row after <see cref="MaxTableRows"/> starts a new table; a table too wide is no table.</summary>
        private void TableRow(int start, int content, int end)
        {
            if (table is { } current)
            {
                if (++current.Rows <= MaxTableRows) return;
                // A blank line and a new head, in the row's own container (its "> " or indentation), before the row.
                var prefix = s[start..content];
                Insertions.Add((start, $"{prefix}\n{prefix}{current.EmptyHead}\n{prefix}{current.Delimiter}\n"));
                EndParagraph();
                table = current with { Rows = 1 };
                return;
            }
            if (paragraph.Count == 0 || DelimiterColumns(content, end) is not { } columns) return;
            var (headStart, headEnd) = paragraph[^1];
            if (s.AsSpan(headStart, headEnd - headStart).IndexOf('|') < 0) return;
            if (columns > MaxTableColumns)
            {
                // A blank line between the head and the delimiter row: both stay as the text they are, and there is no table.
                Insertions.Add((start, s[start..content] + "\n"));
                InlinesFlattened = true;
                EndParagraph();
                return;
            }
            table = new Table(s[content..end].Trim(), "|" + string.Concat(Enumerable.Repeat(" |", columns)));
        }

        /// <summary>The number of columns when the line is a table's delimiter row (| --- | :-: |), else null.</summary>
        private int? DelimiterColumns(int start, int end)
        {
            var row = s.AsSpan(start, end - start).Trim();
            if (row.Length == 0 || row.IndexOf('-') < 0 || row.ContainsAnyExcept("|-: \t")) return null;
            if (row[0] == '|') row = row[1..];
            if (row.Length > 0 && row[^1] == '|') row = row[..^1];
            var columns = 0;
            foreach (var range in row.Split('|'))
            {
                var cell = row[range].Trim();
                if (cell.Length == 0 || cell.Trim(':').Length == 0 || cell.Trim(':').ContainsAnyExcept('-')) return null;
                columns++;
            }
            return columns;
        }

        private bool IsHeading(int start, int end)
        {
            var hashes = RunLength(start, end, '#');
            return hashes is >= 1 and <= 6 && (start + hashes == end || s[start + hashes] is ' ' or '\t');
        }

        /// <summary>Reads the quote and list markers at the start of a line, escaping the first one past the limit.</summary>
        private LinePrefix Prefix(int start, int end, bool escape)
        {
            int i = start, column = 0, levels = 0, extraColumns = 0, quotes = 0, indent = -1;
            bool afterMarker = false, startsItem = false;
            while (i < end)
            {
                var run = 0;
                while (i < end && s[i] is ' ' or '\t')
                {
                    var width = s[i] == '\t' ? 4 - column % 4 : 1;
                    column += width;
                    run += width;
                    i++;
                }
                if (indent < 0) indent = run;
                // One space after a marker belongs to it; more is indentation, which continues outer list items.
                extraColumns += afterMarker ? Math.Max(0, run - 1) : run;
                if (i >= end) break;

                int markerLevels, markerLength, escapeAt;
                var item = false;
                var c = s[i];
                if (c == '>')
                {
                    (markerLevels, markerLength, escapeAt) = (1, 1, i);
                }
                else if (c is '-' or '+' or '*' && (i + 1 == end || s[i + 1] is ' ' or '\t'))
                {
                    (markerLevels, markerLength, escapeAt, item) = (2, 1, i, true);
                }
                else if (char.IsAsciiDigit(c) && OrderedMarkerEnd(i, end) is { } delimiter)
                {
                    // Only a list starting at 1 can interrupt a paragraph; "2." may be the paragraph's own text.
                    (markerLevels, markerLength, escapeAt, item) = (2, delimiter + 1 - i, delimiter, delimiter == i + 1 && c == '1');
                }
                else break;

                if (levels + markerLevels + extraColumns / 2 > MaxBlockLevels)
                {
                    if (escape)
                    {
                        Insertions.Add((escapeAt, "\\"));
                        BlocksFlattened = true;
                    }
                    break;
                }
                levels += markerLevels;
                if (c == '>') quotes++;
                startsItem |= item && !s.AsSpan(i + markerLength, end - i - markerLength).IsWhiteSpace();
                column += markerLength;
                i += markerLength;
                afterMarker = true;
            }
            return new LinePrefix(i, quotes, Math.Max(0, indent), startsItem, column);
        }

        private int? OrderedMarkerEnd(int i, int end)
        {
            var j = i;
            while (j < end && j - i < 9 && char.IsAsciiDigit(s[j])) j++;
            return j < end && s[j] is '.' or ')' && (j + 1 == end || s[j + 1] is ' ' or '\t') ? j : null;
        }

        private Fence? OpeningFence(int start, int end)
        {
            if (start >= end || s[start] is not ('`' or '~')) return null;
            var mark = s[start];
            var length = RunLength(start, end, mark);
            if (length < 3) return null;
            if (mark == '`' && s.AsSpan(start + length, end - start - length).Contains('`')) return null;
            return new Fence(mark, length, 0, 0);
        }

        private bool IsClosingFence(int start, int end, Fence open)
        {
            if (start >= end || s[start] != open.Mark) return false;
            var length = RunLength(start, end, open.Mark);
            return length >= open.Length && s.AsSpan(start + length, end - start - length).IsWhiteSpace();
        }

        private int RunLength(int start, int end, char c)
        {
            var i = start;
            while (i < end && s[i] == c) i++;
            return i - start;
        }

        private int AfterFrontMatter()
        {
            var first = s.IndexOf('\n');
            if (first < 0 || s.AsSpan(0, first).TrimEnd().Length != 3) return 0;
            for (var start = first + 1; start < s.Length;)
            {
                var newline = s.IndexOf('\n', start);
                var line = s.AsSpan(start, (newline < 0 ? s.Length : newline) - start).TrimEnd();
                if (line is "---" or "...") return newline < 0 ? s.Length : newline + 1;
                if (newline < 0) break;
                start = newline + 1;
            }
            return 0;
        }

        /// <summary>The inline pass over one paragraph's lines: code spans skipped, brackets and emphasis counted.</summary>
        private void EndParagraph()
        {
            table = null;
            if (paragraph.Count == 0) return;
            var lines = new Paragraph(s, paragraph);
            paragraph.Clear();
            var text = lines.Text;
            var ticks = new BacktickRuns(lines);
            int runs = 0, brackets = 0, emphasis = 0, autolinks = 0;
            for (var p = 0; p < text.Length;)
            {
                var c = text[p];
                if (c == '\\' && p + 1 < text.Length && char.IsAscii(text[p + 1]) && IsPunctuation(text[p + 1]))
                {
                    p += 2;
                    continue;
                }
                if (c == '`')
                {
                    var length = lines.Run(p, '`');
                    if (ticks.Closer(p, length) is { } closerEnd)
                    {
                        p = closerEnd;
                        continue;
                    }
                    // Without a closer the run is literal. Markdig searches the rest of the paragraph for one, but only once per
                    // length of run (runs of one length pair up), so that costs less than escaping every backtick would.
                    p += length;
                    continue;
                }
                if (c is 'h' or 'f' or 'm' or 't' or 'w' && AutolinkAt(text, p) is { } separator)
                {
                    // The ':' (or the '.' of "www.") escaped shows the same address as text, not as a link.
                    if (++autolinks > MaxAutolinks) Escape(lines, separator, 1, flattens: false);
                    p = separator + 1;
                    continue;
                }
                if (c == '[')
                {
                    if (brackets >= MaxInlineDepth || ++runs > MaxDelimiterRuns) Escape(lines, p, 1, flattens: true);
                    else brackets++;
                    p++;
                    continue;
                }
                if (c == ']')
                {
                    if (brackets > 0) brackets--;
                    p++;
                    continue;
                }
                if (EmphasisMarks.Contains(c))
                {
                    var length = lines.Run(p, c);
                    var before = p == 0 ? '\n' : text[p - 1];
                    var after = p + length >= text.Length ? '\n' : text[p + length];
                    var left = !char.IsWhiteSpace(after) && (!IsPunctuation(after) || char.IsWhiteSpace(before) || IsPunctuation(before));
                    var right = !char.IsWhiteSpace(before) && (!IsPunctuation(before) || char.IsWhiteSpace(after) || IsPunctuation(after));
                    if (left || right)
                    {
                        // A run of n marks can open up to n/2 strong and one em: (n + 1) / 2 levels.
                        var levels = (length + 1) / 2;
                        var opens = left && (!right || emphasis == 0);
                        if (++runs > MaxDelimiterRuns || (opens && emphasis + levels > MaxInlineDepth)) Escape(lines, p, length, flattens: true);
                        else if (opens) emphasis += levels;
                        else emphasis = Math.Max(0, emphasis - levels);
                    }
                    p += length;
                    continue;
                }
                p++;
            }
        }

        private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

        /// <summary>Where the ':' (or '.') of a bare address Markdig would link sits, when one starts at <paramref name="p"/>.</summary>
        private static int? AutolinkAt(string text, int p)
        {
            if (p > 0 && !char.IsWhiteSpace(text[p - 1]) && text[p - 1] is not ('*' or '_' or '~' or '(')) return null;
            foreach (var start in AutolinkStarts)
            {
                if (string.CompareOrdinal(text, p, start, 0, start.Length) == 0)
                    return p + start.IndexOfAny([':', '.']);
            }
            return null;
        }

        private void Escape(Paragraph lines, int start, int length, bool flattens)
        {
            for (var k = 0; k < length; k++) Insertions.Add((lines.Source(start + k), "\\"));
            if (flattens) InlinesFlattened = true;
        }
    }

    private readonly record struct LinePrefix(int ContentStart, int Quotes, int Indent, bool StartsItem, int ContentColumn);

    private sealed record Fence(char Mark, int Length, int Quotes, int Indent);

    private sealed record Table(string Delimiter, string EmptyHead)
    {
        public int Rows { get; set; }
    }

    /// <summary>A paragraph's line contents joined by '\n' into one text, with a way back to positions in the source.</summary>
    private sealed class Paragraph
    {
        private readonly int[] starts;   // where each line begins in Text
        private readonly int[] sources;  // where each line begins in the source

        public Paragraph(string source, List<(int Start, int End)> lines)
        {
            starts = new int[lines.Count];
            sources = new int[lines.Count];
            var sb = new StringBuilder();
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0) sb.Append('\n');
                starts[i] = sb.Length;
                sources[i] = lines[i].Start;
                sb.Append(source, lines[i].Start, lines[i].End - lines[i].Start);
            }
            Text = sb.ToString();
        }

        public string Text { get; }

        public int Run(int p, char c)
        {
            var q = p;
            while (q < Text.Length && Text[q] == c) q++;
            return q - p;
        }

        public int Source(int i)
        {
            var found = Array.BinarySearch(starts, i);
            var line = found >= 0 ? found : ~found - 1;
            return sources[line] + i - starts[line];
        }
    }

    /// <summary>Every maximal run of backticks in a paragraph, so each opener finds its closer without rescanning (linear overall).</summary>
    private sealed class BacktickRuns
    {
        private readonly Dictionary<int, List<int>> startsByLength = [];
        private readonly Dictionary<int, int> cursors = [];

        public BacktickRuns(Paragraph paragraph)
        {
            var text = paragraph.Text;
            for (var p = 0; p < text.Length;)
            {
                if (text[p] != '`')
                {
                    p++;
                    continue;
                }
                var length = paragraph.Run(p, '`');
                if (!startsByLength.TryGetValue(length, out var list)) startsByLength[length] = list = [];
                list.Add(p);
                p += length;
            }
        }

        /// <summary>The end of the first run of exactly <paramref name="length"/> backticks after the opener at <paramref name="p"/>, if any.</summary>
        public int? Closer(int p, int length)
        {
            if (!startsByLength.TryGetValue(length, out var list)) return null;
            var cursor = cursors.GetValueOrDefault(length);
            while (cursor < list.Count && list[cursor] < p + length) cursor++;
            cursors[length] = cursor;
            return cursor < list.Count ? list[cursor] + length : null;
        }
    }
}
