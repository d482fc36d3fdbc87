namespace FactCheck.Core.Text;

/// <summary>Builds the analysis text for a list of original blocks, one analysis paragraph per block.</summary>
public static class TextRepairer
{
    /// <summary>Repairs each block and joins them with "\n\n"; <paramref name="ranges"/> receives each block's analysis range.</summary>
    public static RepairedText Repair(string original, IReadOnlyList<TextSpan> blocks, out IReadOnlyList<TextSpan> ranges)
    {
        // The analysis text is never longer than the original plus two separator characters per block.
        var capacity = original.Length + 2 * blocks.Count + 1;
        var w = new Writer(capacity);
        var result = new List<TextSpan>(blocks.Count);
        foreach (var block in blocks)
        {
            if (w.Length > 0)
            {
                // The separator belongs to no original character: it maps to the gap before the block.
                w.Append('\n', block.Start, block.Start);
                w.Append('\n', block.Start, block.Start);
            }
            var from = w.Length;
            RepairBlock(original, block, w, from);
            while (w.Length > from && w.Chars[w.Length - 1] == ' ') w.Pop();
            result.Add(new TextSpan(from, w.Length));
        }
        ranges = result;
        return w.Build(original);
    }

    /// <summary>Repairs a single stretch of text as one paragraph.</summary>
    public static RepairedText Repair(string original) => Repair(original, [new TextSpan(0, original.Length)], out _);

    // Accumulates analysis characters and the segment map back to the original.
    private sealed class Writer(int capacity)
    {
        public readonly char[] Chars = new char[capacity];
        public int Length;
        private readonly List<int> _a = [];
        private readonly List<int> _o = [];
        private readonly List<int> _e = [];

        public void Append(char c, int s, int e)
        {
            var last = _a.Count - 1;
            var extends = last >= 0 && _e[last] < 0 && e == s + 1 && _o[last] + (Length - _a[last]) == s;
            if (!extends)
            {
                _a.Add(Length);
                _o.Add(s);
                _e.Add(e == s + 1 ? -1 : e);
            }
            Chars[Length++] = c;
        }

        public void Pop()
        {
            Length--;
            var last = _a.Count - 1;
            if (last >= 0 && _a[last] == Length)
            {
                _a.RemoveAt(last);
                _o.RemoveAt(last);
                _e.RemoveAt(last);
            }
        }

        public RepairedText Build(string original) => new(original, new string(Chars, 0, Length), [.. _a], [.. _o], [.. _e]);
    }

    private static void RepairBlock(string s, TextSpan block, Writer w, int from)
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
                    var prevIsHyphen = w.Length - from >= 2 && w.Chars[w.Length - 1] == '-' && char.IsLetter(w.Chars[w.Length - 2]);
                    if (prevIsHyphen && j < block.End && char.IsLower(s[j]))
                    {
                        w.Pop();
                        i = j;
                        continue;
                    }
                    Emit(w, ' ', i, i + 1, from);
                    i++;
                    continue;
                }
                case '\u00A0' or '\t' or '\u2007' or '\u202F' or '\u2009' or '\u2002' or '\u2003' or '\u3000' or '\u2008' or '\u200A' or '\u2005' or '\u2006' or '\u2004':
                    Emit(w, ' ', i, i + 1, from);
                    i++;
                    continue;
                case '\u200B' or '\uFEFF' or '\u00AD' or '\u200C' or '\u200D' or '\u2060':
                    i++;
                    continue;
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033':
                    Emit(w, '"', i, i + 1, from);
                    i++;
                    continue;
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032':
                    Emit(w, '\'', i, i + 1, from);
                    i++;
                    continue;
                case '\'' or '`' when i + 1 < block.End && s[i + 1] == c:
                    // Typewriter double quotes written as two single quotes ('' or ``).
                    Emit(w, '"', i, i + 2, from);
                    i += 2;
                    continue;
                case '`':
                    Emit(w, '\'', i, i + 1, from);
                    i++;
                    continue;
                default:
                    Emit(w, c, i, i + 1, from);
                    i++;
                    continue;
            }
        }
    }

    private static void Emit(Writer w, char ch, int s, int e, int from)
    {
        // Runs of spaces collapse to one; a paragraph never starts with a space.
        if (ch == ' ' && (w.Length == from || w.Chars[w.Length - 1] == ' ')) return;
        w.Append(ch, s, e);
    }
}
