using System.Globalization;
using System.Text.Json;
using FactCheck.Core.Text;

namespace FactCheck.Core.Evaluation;

/// <summary>One PolNeAR article as read from articles.jsonl.</summary>
public sealed record PolnearArticle(string Id, string Text, DateOnly? Published);

/// <summary>A gold attribution with content (primary annotator only).</summary>
public sealed record PolnearGold(string DocId, IReadOnlyList<TextSpan> Content, string Kind, IReadOnlyList<TextSpan> Source, string? SourceText, string? SilverSource)
{
    /// <summary>The cue's words, for error listings.</summary>
    public string? CueText { get; init; }
}

/// <summary>Reads a PolNeAR-style folder (articles.jsonl, attributions.jsonl).</summary>
public static class PolnearData
{
    public static List<PolnearArticle> ReadArticles(string directory)
    {
        var list = new List<PolnearArticle>();
        foreach (var line in File.ReadLines(Path.Combine(directory, "articles.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            DateOnly? published = r.TryGetProperty("publication_date", out var p) && p.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(p.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            list.Add(new PolnearArticle(r.GetProperty("id").GetString()!, r.GetProperty("text").GetString()!, published));
        }
        return list;
    }

    /// <summary>Gold units: primary annotations that have content.</summary>
    public static List<PolnearGold> ReadGold(string directory)
    {
        var list = new List<PolnearGold>();
        foreach (var line in File.ReadLines(Path.Combine(directory, "attributions.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            if (!r.TryGetProperty("primary", out var primary) || primary.ValueKind != JsonValueKind.True) continue;
            if (!r.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.Object) continue;
            var spans = Spans(content);
            if (spans.Count == 0) continue;
            var source = r.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.Object ? s : default;
            list.Add(new PolnearGold(
                r.GetProperty("doc_id").GetString()!,
                spans,
                r.TryGetProperty("content_kind", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString()! : "indirect",
                source.ValueKind == JsonValueKind.Object ? Spans(source) : [],
                source.ValueKind == JsonValueKind.Object && source.TryGetProperty("text", out var st) && st.ValueKind == JsonValueKind.String ? st.GetString() : null,
                r.TryGetProperty("silver_coref_representative", out var sc) && sc.ValueKind == JsonValueKind.String ? sc.GetString() : null)
            {
                CueText = r.TryGetProperty("cue", out var cue) && cue.ValueKind == JsonValueKind.Object && cue.TryGetProperty("text", out var ct)
                    && ct.ValueKind == JsonValueKind.String ? ct.GetString() : null,
            });
        }
        return list;
    }

    private static List<TextSpan> Spans(JsonElement e)
    {
        var list = new List<TextSpan>();
        if (!e.TryGetProperty("spans", out var spans) || spans.ValueKind != JsonValueKind.Array) return list;
        foreach (var s in spans.EnumerateArray())
            if (s.GetArrayLength() == 2) list.Add(new TextSpan(s[0].GetInt32(), s[1].GetInt32()));
        return list;
    }
}
