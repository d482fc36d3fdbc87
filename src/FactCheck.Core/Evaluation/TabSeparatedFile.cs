using System.Text;

namespace FactCheck.Core.Evaluation;

/// <summary>A file the claim-matching readers cannot read, with the line that is wrong.</summary>
public sealed class MatchingDataException(string message) : Exception(message);

/// <summary>
/// Reads tab-separated rows the way the spreadsheet exports of shared tasks write them: a field that starts
/// with a double quote runs to the closing quote, may hold tabs and line breaks, and writes a quote as "".
/// </summary>
public static class TabSeparatedFile
{
    /// <summary>The rows after the header line, each with the line it starts on; every row must have <paramref name="fields"/> fields.</summary>
    public static IEnumerable<(int Line, string[] Fields)> Read(TextReader reader, string name, int fields)
    {
        var line = 0;
        var first = true;
        while (reader.ReadLine() is { } text)
        {
            line++;
            var startLine = line;
            var row = new List<string>();
            var field = new StringBuilder();
            var i = 0;
            while (true)
            {
                if (i < text.Length && text[i] == '"')
                {
                    i++;
                    while (true)
                    {
                        if (i >= text.Length)
                        {
                            text = reader.ReadLine() ?? throw new MatchingDataException($"{name}, line {startLine}: a quoted field is never closed");
                            line++;
                            field.Append('\n');
                            i = 0;
                            continue;
                        }
                        if (text[i] == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                            i++;
                            break;
                        }
                        field.Append(text[i++]);
                    }
                }
                var tab = text.IndexOf('\t', i);
                field.Append(tab < 0 ? text[i..] : text[i..tab]);
                row.Add(field.ToString());
                field.Clear();
                if (tab < 0) break;
                i = tab + 1;
            }
            if (first) { first = false; continue; }
            if (row.Count == 1 && row[0].Length == 0) continue;
            if (row.Count != fields)
                throw new MatchingDataException($"{name}, line {startLine}: expected {fields} tab-separated fields, found {row.Count}");
            if (row[0].Trim().Length == 0) throw new MatchingDataException($"{name}, line {startLine}: the id is empty");
            yield return (startLine, row.ToArray());
        }
        if (first) throw new MatchingDataException($"{name}: the file is empty (expected a header line)");
    }
}
