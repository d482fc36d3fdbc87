namespace FactCheck.Core.Text;

/// <summary>Builds the analysis text for a list of original blocks, one analysis paragraph per block.</summary>
public static class TextRepairer
{
    /// <summary>Repairs each block and joins them with "\n\n"; <paramref name="ranges"/> receives each block's analysis range.</summary>
    /// <remarks>
    /// Two passes: the first only counts the analysis characters, the second writes them straight into the string. A
    /// buffer copied into a string at the end held the whole text twice (2 MB of garbage for a million characters).
    /// </remarks>
    public static RepairedText Repair(string original, IReadOnlyList<TextSpan> blocks, out IReadOnlyList<TextSpan> ranges)
    {
        var counter = new Counter();
        Run(original, blocks, ref counter, null);
        var map = new Map();
        var result = new List<TextSpan>(blocks.Count);
        var analysis = string.Create(counter.Length, (original, blocks, map, result), static (chars, state) =>
        {
            var writer = new Writer(chars, state.map);
            Run(state.original, state.blocks, ref writer, state.result);
        });
        ranges = result;
        return new RepairedText(original, analysis, [.. map.A], [.. map.O], [.. map.E]);
    }

    /// <summary>Repairs a single stretch of text as one paragraph.</summary>
    public static RepairedText Repair(string original) => Repair(original, [new TextSpan(0, original.Length)], out _);

    private static void Run<TSink>(string original, IReadOnlyList<TextSpan> blocks, ref TSink w, List<TextSpan>? ranges)
        where TSink : ISink, allows ref struct
    {
        foreach (var block in blocks)
        {
            if (w.Length > 0)
            {
                // The separator belongs to no original character: it maps to the gap before the block.
                w.Append('\n', block.Start, block.Start);
                w.Append('\n', block.Start, block.Start);
            }
            var from = w.Length;
            RepairBlock(original, block, ref w, from);
            while (w.Length > from && w.Last == ' ') w.Pop();
            ranges?.Add(new TextSpan(from, w.Length));
        }
    }

    private interface ISink
    {
        int Length { get; }

        /// <summary>The last character written (valid when <see cref="Length"/> &gt; 0).</summary>
        char Last { get; }

        /// <summary>The character before the last (valid when <see cref="Length"/> &gt; 1).</summary>
        char BeforeLast { get; }

        void Append(char c, int s, int e);

        void Pop();
    }

    // The first pass: the length, and the last few characters the repairs look back at (they never pop more than
    // two characters in a row, so eight remembered are plenty).
    private struct Counter : ISink
    {
        private ulong recent; // the last four characters, 16 bits each, the newest lowest
        private ulong older;  // the four before them

        public int Length { get; private set; }

        public readonly char Last => (char)(recent & 0xFFFF);

        public readonly char BeforeLast => (char)((recent >> 16) & 0xFFFF);

        public void Append(char c, int s, int e)
        {
            older = (older << 16) | (recent >> 48);
            recent = (recent << 16) | c;
            Length++;
        }

        public void Pop()
        {
            recent = (recent >> 16) | ((older & 0xFFFF) << 48);
            older >>= 16;
            Length--;
        }
    }

    // The segment map back to the original: analysis start, original start, original end (−1: one character each).
    private sealed class Map
    {
        public readonly List<int> A = [];
        public readonly List<int> O = [];
        public readonly List<int> E = [];
    }

    // The second pass: the characters, into the string being made, and the segment map.
    private ref struct Writer(Span<char> chars, Map map) : ISink
    {
        private readonly Span<char> chars = chars;

        public int Length { get; private set; }

        public readonly char Last => chars[Length - 1];

        public readonly char BeforeLast => chars[Length - 2];

        public void Append(char c, int s, int e)
        {
            var last = map.A.Count - 1;
            var extends = last >= 0 && map.E[last] < 0 && e == s + 1 && map.O[last] + (Length - map.A[last]) == s;
            if (!extends)
            {
                map.A.Add(Length);
                map.O.Add(s);
                map.E.Add(e == s + 1 ? -1 : e);
            }
            chars[Length++] = c;
        }

        public void Pop()
        {
            Length--;
            var last = map.A.Count - 1;
            if (last >= 0 && map.A[last] == Length)
            {
                map.A.RemoveAt(last);
                map.O.RemoveAt(last);
                map.E.RemoveAt(last);
            }
        }
    }

    private static void RepairBlock<TSink>(string s, TextSpan block, ref TSink w, int from) where TSink : ISink, allows ref struct
    {
        var i = block.Start;
        while (i < block.End)
        {
            var c = s[i];
            switch (c)
            {
                case '\r':
                    i++;
                    continue;
                case '\n':
                {
                    // A line-end hyphen between letters, followed by a lowercase letter, is hyphenation to undo.
                    var j = i + 1;
                    while (j < block.End && (s[j] == ' ' || s[j] == '\t' || s[j] == '\u00A0' || s[j] == '\r')) j++;
                    var prevIsHyphen = w.Length - from >= 2 && w.Last == '-' && char.IsLetter(w.BeforeLast);
                    if (prevIsHyphen && j < block.End && char.IsLower(s[j]))
                    {
                        w.Pop();
                        i = j;
                        continue;
                    }
                    Emit(ref w, ' ', i, i + 1, from);
                    i++;
                    continue;
                }
                case '\u00A0' or '\t' or '\u2007' or '\u202F' or '\u2009' or '\u2002' or '\u2003' or '\u3000' or '\u2008' or '\u200A' or '\u2005' or '\u2006' or '\u2004':
                    Emit(ref w, ' ', i, i + 1, from);
                    i++;
                    continue;
                case '\u200B' or '\uFEFF' or '\u00AD' or '\u200C' or '\u200D' or '\u2060':
                    i++;
                    continue;
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033':
                    Emit(ref w, '"', i, i + 1, from);
                    i++;
                    continue;
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032':
                    Emit(ref w, '\'', i, i + 1, from);
                    i++;
                    continue;
                case '\'' or '`' when i + 1 < block.End && s[i + 1] == c:
                    // Typewriter double quotes written as two single quotes ('' or ``).
                    Emit(ref w, '"', i, i + 2, from);
                    i += 2;
                    continue;
                case '`':
                    Emit(ref w, '\'', i, i + 1, from);
                    i++;
                    continue;
                default:
                    Emit(ref w, c, i, i + 1, from);
                    i++;
                    continue;
            }
        }
    }

    private static void Emit<TSink>(ref TSink w, char ch, int s, int e, int from) where TSink : ISink, allows ref struct
    {
        // Runs of spaces collapse to one; a paragraph never starts with a space.
        if (ch == ' ' && (w.Length == from || w.Last == ' ')) return;
        w.Append(ch, s, e);
    }
}
