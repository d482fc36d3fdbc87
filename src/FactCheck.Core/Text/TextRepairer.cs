using System.Text;

namespace FactCheck.Core.Text;

/// <summary>Builds the analysis text for a list of original blocks, one analysis paragraph per block.</summary>
public static class TextRepairer
{
    /// <summary>Repairs each block and joins them with "\n\n"; <paramref name="ranges"/> receives each block's analysis range.</summary>
    public static RepairedText Repair(string original, IReadOnlyList<TextSpan> blocks, out IReadOnlyList<TextSpan> ranges)
    {
        var sb = new StringBuilder(original.Length + 16);
        var start = new List<int>(original.Length + 16);
        var end = new List<int>(original.Length + 16);
        var result = new List<TextSpan>(blocks.Count);
        foreach (var block in blocks)
        {
            if (sb.Length > 0)
            {
                // The separator belongs to no original character: it maps to the gap before the block.
                for (var k = 0; k < 2; k++) { sb.Append('\n'); start.Add(block.Start); end.Add(block.Start); }
            }
            var from = sb.Length;
            RepairBlock(original, block, sb, start, end);
            // Trim trailing spaces so paragraph ends are clean.
            while (sb.Length > from && sb[^1] == ' ') { sb.Length--; start.RemoveAt(start.Count - 1); end.RemoveAt(end.Count - 1); }
            result.Add(new TextSpan(from, sb.Length));
        }
        ranges = result;
        return new RepairedText(original, sb.ToString(), [.. start], [.. end]);
    }

    /// <summary>Repairs a single stretch of text as one paragraph.</summary>
    public static RepairedText Repair(string original) => Repair(original, [new TextSpan(0, original.Length)], out _);

    private static void RepairBlock(string s, TextSpan block, StringBuilder sb, List<int> start, List<int> end)
    {
        var from = sb.Length;
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
                    var prevIsHyphen = sb.Length - from >= 2 && sb[^1] == '-' && char.IsLetter(sb[^2]);
                    if (prevIsHyphen && j < block.End && char.IsLower(s[j]))
                    {
                        sb.Length--; start.RemoveAt(start.Count - 1); end.RemoveAt(end.Count - 1);
                        i = j;
                        continue;
                    }
                    Emit(' ', i, i + 1);
                    i++;
                    continue;
                }
                case '\u00A0' or '\t' or '\u2007' or '\u202F' or '\u2009' or '\u2002' or '\u2003' or '\u3000' or '\u2008' or '\u200A' or '\u2005' or '\u2006' or '\u2004':
                    Emit(' ', i, i + 1);
                    i++;
                    continue;
                case '\u200B' or '\uFEFF' or '\u00AD' or '\u200C' or '\u200D' or '\u2060':
                    i++;
                    continue;
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033':
                    Emit('"', i, i + 1);
                    i++;
                    continue;
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032':
                    Emit('\'', i, i + 1);
                    i++;
                    continue;
                case '\'' or '`' when i + 1 < block.End && s[i + 1] == c:
                    // Typewriter double quotes written as two single quotes ('' or ``).
                    Emit('"', i, i + 2);
                    i += 2;
                    continue;
                case '`':
                    Emit('\'', i, i + 1);
                    i++;
                    continue;
                default:
                    Emit(c, i, i + 1);
                    i++;
                    continue;
            }
        }

        void Emit(char ch, int s0, int e0)
        {
            if (ch == ' ' && (sb.Length == from || sb[^1] == ' ')) return;
            sb.Append(ch);
            start.Add(s0);
            end.Add(e0);
        }
    }
}
