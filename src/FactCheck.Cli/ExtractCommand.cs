using System.Globalization;
using System.Text.Json;
using FactCheck.Core.Extraction;

namespace FactCheck.Cli;

/// <summary><c>extract FILE [--published YYYY-MM-DD]</c> and <c>extract --jsonl FILE</c>.</summary>
public static class ExtractCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? file = null;
        DateOnly? published = null;
        var jsonl = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--jsonl":
                    jsonl = true;
                    break;
                case "--published":
                    if (i + 1 >= args.Length) throw new CommandLineException("extract: --published needs a date YYYY-MM-DD");
                    published = ParseDate(args[++i], "--published");
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal)) throw new CommandLineException($"extract: unknown option '{args[i]}'");
                    if (file is not null) throw new CommandLineException("extract: only one FILE may be given");
                    file = args[i];
                    break;
            }
        }
        if (file is null) throw new CommandLineException("extract: missing FILE\n" + CommandLine.Usage);
        if (jsonl && published is not null) throw new CommandLineException("extract: --published is read from each line with --jsonl");
        var extractor = new ClaimExtractor();
        if (!jsonl)
        {
            var text = ReadFile(file);
            var result = extractor.Extract(text, published);
            ExtractionJson.WriteTo(stdout, result);
            await stdout.WriteLineAsync();
            return 0;
        }

        // Read and validate every line before printing, so bad input never leaves half an output.
        var items = new List<(string Id, string Text, DateOnly? Published)>();
        var lineNumber = 0;
        foreach (var line in ReadFile(file).Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            items.Add(ParseLine(line, lineNumber));
        }
        foreach (var (id, text, date) in items)
        {
            ExtractionJson.WriteTo(stdout, extractor.Extract(text, date), id);
            await stdout.WriteLineAsync();
        }
        return 0;
    }

    private static (string, string, DateOnly?) ParseLine(string line, int lineNumber)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            if (r.ValueKind != JsonValueKind.Object) throw new CommandLineException($"extract: line {lineNumber}: expected a JSON object");
            var id = r.TryGetProperty("id", out var idEl) ? idEl.ValueKind switch
            {
                JsonValueKind.String => idEl.GetString()!,
                JsonValueKind.Number => idEl.GetRawText(),
                _ => throw new CommandLineException($"extract: line {lineNumber}: \"id\" must be a string or number"),
            } : throw new CommandLineException($"extract: line {lineNumber}: missing \"id\"");
            if (!r.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String) throw new CommandLineException($"extract: line {lineNumber}: missing string \"text\"");
            DateOnly? published = null;
            if (r.TryGetProperty("published", out var p) && p.ValueKind != JsonValueKind.Null)
            {
                if (p.ValueKind != JsonValueKind.String) throw new CommandLineException($"extract: line {lineNumber}: \"published\" must be YYYY-MM-DD");
                published = ParseDate(p.GetString()!, $"line {lineNumber}: \"published\"");
            }
            return (id, t.GetString()!, published);
        }
        catch (JsonException e)
        {
            throw new CommandLineException($"extract: line {lineNumber}: invalid JSON ({e.Message.Split('.')[0]})");
        }
    }

    private static DateOnly ParseDate(string s, string what) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new CommandLineException($"extract: {what} must be a date YYYY-MM-DD, got '{s}'");

    private static string ReadFile(string path)
    {
        try
        {
            // Bytes then one decode: half the transient memory of a growing StringBuilder on large files.
            var bytes = File.ReadAllBytes(path);
            var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            return System.Text.Encoding.UTF8.GetString(bytes, bom, bytes.Length - bom);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CommandLineException(e is FileNotFoundException or DirectoryNotFoundException ? $"extract: file not found: {path}" : $"extract: cannot read {path}: {e.Message}");
        }
    }
}
