using System.Globalization;

namespace FactCheck.Core.Language;

/// <summary>
/// Reads CoNLL-U one sentence at a time, so memory stays bounded by the longest sentence. Refuses what it
/// cannot trust with the line and the reason: a wrong number of columns, a bad ID or head, an absurd line.
/// </summary>
public static class ConlluReader
{
    /// <summary>Longest line accepted, in characters.</summary>
    public const int MaxLineLength = 100_000;

    /// <summary>Most word lines accepted in one sentence.</summary>
    public const int MaxWordsPerSentence = 2_000;

    /// <param name="requireTrees">When true, every word needs a numeric head and a relation (gold files for scoring).</param>
    public static IEnumerable<ConlluSentence> Read(TextReader reader, bool requireTrees = false)
    {
        var lines = new List<string>();
        var words = new List<ConlluWord>();
        var wordLines = new List<int>();
        var lineNo = 0;
        var first = 0;
        var buffer = new System.Text.StringBuilder();
        while (true)
        {
            var line = ReadBoundedLine(reader, buffer, lineNo + 1);
            if (line is null) break;
            lineNo++;
            if (line.Length > 0 && line[^1] == '\r') line = line[..^1];
            if (string.IsNullOrWhiteSpace(line))
            {
                if (lines.Count > 0) yield return Finish(lines, words, wordLines, first, requireTrees);
                lines.Clear(); words.Clear(); wordLines.Clear();
                continue;
            }
            if (lines.Count == 0) first = lineNo;
            if (line[0] == '#')
            {
                lines.Add(line);
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length != 10) throw new ConlluFormatException(lineNo, $"expected 10 tab-separated columns, found {cols.Length}");
            var id = cols[0];
            if (id.Contains('-') || id.Contains('.'))
            {
                if (!IsRange(id)) throw new ConlluFormatException(lineNo, $"bad ID '{Clip(id)}' (expected a number, a range like 1-2 or an empty node like 8.1)");
                lines.Add(line);
                continue;
            }
            if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n != words.Count + 1)
                throw new ConlluFormatException(lineNo, $"bad word ID '{Clip(id)}' (expected {words.Count + 1})");
            if (words.Count >= MaxWordsPerSentence)
                throw new ConlluFormatException(lineNo, $"sentence has more than {MaxWordsPerSentence} words");
            if (cols[1].Length == 0) throw new ConlluFormatException(lineNo, "empty FORM column");
            var head = -1;
            if (cols[6] != "_" && (!int.TryParse(cols[6], NumberStyles.None, CultureInfo.InvariantCulture, out head) || head > MaxWordsPerSentence))
                throw new ConlluFormatException(lineNo, $"bad HEAD '{Clip(cols[6])}' (expected a word ID, 0 for the root, or _)");
            wordLines.Add(lines.Count);
            lines.Add(line);
            words.Add(new ConlluWord(n, cols[1], cols[2], cols[3], cols[4], cols[5], head, cols[7], cols[8], cols[9]));
        }
        if (lines.Count > 0) yield return Finish(lines, words, wordLines, first, requireTrees);
    }

    /// <summary>Reads a whole file, or throws <see cref="ConlluFormatException"/> naming the problem.</summary>
    public static List<ConlluSentence> ReadFile(string path, bool requireTrees = false)
    {
        using var reader = OpenFile(path);
        return [.. Read(reader, requireTrees)];
    }

    /// <summary>Opens a file for <see cref="Read"/>, refusing files larger than <paramref name="maxBytes"/>.</summary>
    public static StreamReader OpenFile(string path, long maxBytes = 512L << 20)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new ConlluFormatException(0, $"file not found: {path}");
        if (info.Length > maxBytes) throw new ConlluFormatException(0, $"{path} is {info.Length / (1 << 20)} MB; the limit is {maxBytes / (1 << 20)} MB");
        return new StreamReader(path, System.Text.Encoding.UTF8, true, 1 << 16);
    }

    private static ConlluSentence Finish(List<string> lines, List<ConlluWord> words, List<int> wordLines, int first, bool requireTrees)
    {
        if (words.Count == 0) throw new ConlluFormatException(first, "sentence has no word lines");
        var roots = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var line = first + wordLines[i];
            if (w.Head > words.Count) throw new ConlluFormatException(line, $"HEAD {w.Head} is beyond the sentence's {words.Count} words");
            if (!requireTrees) continue;
            if (w.Head < 0) throw new ConlluFormatException(line, "HEAD is _ but a tree is needed");
            if (w.Head == w.Id) throw new ConlluFormatException(line, "word is its own head");
            if (w.Deprel is "_" or "") throw new ConlluFormatException(line, "DEPREL is _ but a tree is needed");
            if (w.Head == 0) roots++;
        }
        if (requireTrees && roots == 0) throw new ConlluFormatException(first, "sentence has no root (no word with HEAD 0)");
        return new ConlluSentence(lines, words, wordLines, first);
    }

    private static bool IsRange(string id)
    {
        var sep = id.IndexOfAny(['-', '.']);
        return sep > 0 && sep < id.Length - 1
            && int.TryParse(id.AsSpan(0, sep), NumberStyles.None, CultureInfo.InvariantCulture, out _)
            && int.TryParse(id.AsSpan(sep + 1), NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }

    private static string Clip(string s) => s.Length <= 20 ? s : s[..20] + "…";

    private static string? ReadBoundedLine(TextReader reader, System.Text.StringBuilder sb, int lineNo)
    {
        sb.Clear();
        while (true)
        {
            var c = reader.Read();
            if (c < 0) return sb.Length == 0 ? null : sb.ToString();
            if (c == '\n') return sb.ToString();
            if (sb.Length >= MaxLineLength) throw new ConlluFormatException(lineNo, $"line is longer than {MaxLineLength} characters");
            sb.Append((char)c);
        }
    }
}
