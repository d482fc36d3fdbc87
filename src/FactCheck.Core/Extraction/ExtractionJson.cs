using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactCheck.Core.Extraction.Figures;
using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction;

/// <summary>
/// The JSON shape of an extraction result (camelCase, spans as [s,e], dates as YYYY-MM-DD), shared by the CLI
/// and the web API. Written by hand so the shape is exactly the documented one.
/// </summary>
public static class ExtractionJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>The result as one JSON object; with <paramref name="id"/>, an "id" property comes first (JSON Lines output).</summary>
    public static string Serialize(ExtractionResult result, string? id = null, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options with { Indented = indented }))
        {
            w.WriteStartObject();
            if (id is not null) w.WriteString("id", id);
            WriteProperties(w, result);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// Writes the result as one JSON object to <paramref name="output"/>, flushing claim by claim so a large
    /// result is never held as one string.
    /// </summary>
    public static void WriteTo(TextWriter output, ExtractionResult result, string? id = null)
    {
        using var stream = new MemoryStream();
        using var w = new Utf8JsonWriter(stream, Options);
        var decoder = Encoding.UTF8.GetDecoder();
        var chars = new char[4096];
        w.WriteStartObject();
        if (id is not null) w.WriteString("id", id);
        WriteProperties(w, result, () =>
        {
            if (stream.Length < 64 * 1024) return;
            Drain();
        });
        w.WriteEndObject();
        Drain();

        void Drain()
        {
            w.Flush();
            var bytes = stream.GetBuffer().AsSpan(0, (int)stream.Length);
            while (!bytes.IsEmpty)
            {
                decoder.Convert(bytes, chars, false, out var used, out var produced, out _);
                output.Write(chars, 0, produced);
                bytes = bytes[used..];
            }
            stream.SetLength(0);
        }
    }

    public static void WriteProperties(Utf8JsonWriter w, ExtractionResult r) => WriteProperties(w, r, null);

    private static void WriteProperties(Utf8JsonWriter w, ExtractionResult r, Action? afterClaim)
    {
        WriteNullableString(w, "title", r.Title);
        WriteDate(w, "published", r.Published);
        if (r.Dateline is { } d)
        {
            w.WriteStartObject("dateline");
            WriteNullableString(w, "place", d.Place);
            WriteDate(w, "date", d.Date);
            WriteNullableString(w, "agency", d.Agency);
            WriteSpan(w, "span", d.Span);
            w.WriteEndObject();
        }
        else w.WriteNull("dateline");
        w.WriteStartArray("claims");
        foreach (var c in r.Claims)
        {
            WriteClaim(w, c);
            afterClaim?.Invoke();
        }
        w.WriteEndArray();
    }

    private static void WriteClaim(Utf8JsonWriter w, ExtractedClaim c)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        w.WriteString("kind", c.Kind switch { ClaimKind.Attribution => "attribution", ClaimKind.Figure => "figure", _ => "fact" });
        w.WriteString("statement", Clean(c.Statement));
        WriteSpan(w, "span", c.Span);
        if (c.Speaker is { } s)
        {
            w.WriteStartObject("speaker");
            w.WriteString("name", Clean(s.Name));
            w.WriteString("mention", Clean(s.Mention));
            WriteSpan(w, "span", s.Span);
            w.WriteEndObject();
        }
        else w.WriteNull("speaker");
        if (c.Cue is { } cue)
        {
            w.WriteStartObject("cue");
            w.WriteString("text", Clean(cue.Text));
            WriteSpan(w, "span", cue.Span);
            w.WriteEndObject();
        }
        else w.WriteNull("cue");
        if (c.Content is { } content)
        {
            w.WriteStartArray("content");
            foreach (var span in content) WriteSpanValue(w, span);
            w.WriteEndArray();
        }
        else w.WriteNull("content");
        if (c.Direct is { } direct) w.WriteBoolean("direct", direct); else w.WriteNull("direct");
        w.WriteStartArray("figures");
        foreach (var f in c.Figures) WriteFigure(w, f);
        w.WriteEndArray();
        if (c.Sourced is { } sourced) w.WriteBoolean("sourced", sourced); else w.WriteNull("sourced");
        w.WriteNumber("checkWorthiness", Math.Round(c.CheckWorthiness, 3));
        w.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter w, Figure f)
    {
        w.WriteStartObject();
        w.WriteString("text", Clean(f.Text));
        WriteSpan(w, "span", f.Span);
        if (f.Value is { } v && double.IsFinite(v)) w.WriteNumber("value", v); else w.WriteNull("value");
        WriteNullableString(w, "unit", f.Unit);
        WriteNullableString(w, "qualifier", f.Qualifier);
        w.WriteString("qualifierKind", KindName(QualifierReader.KindOf(f)));
        WriteNullableString(w, "measure", f.Measure);
        WriteDate(w, "date", f.Date);
        w.WriteEndObject();
    }

    /// <summary>
    /// One word per figure: a bound or range wins over an approximation ("about 10–20" is a range; its qualifier
    /// text still says "about"), and "nearly"/"almost" are approximate (see <see cref="QualifierKind"/>).
    /// </summary>
    internal static string KindName(QualifierKind kind) =>
        kind.HasFlag(QualifierKind.LowerBound) ? "lowerBound"
        : kind.HasFlag(QualifierKind.UpperBound) ? "upperBound"
        : kind.HasFlag(QualifierKind.Range) ? "range"
        : kind.HasFlag(QualifierKind.Approximate) ? "approximate"
        : "exact";

    private static void WriteNullableString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, Clean(value));
    }

    // A lone surrogate (a cut emoji in hostile input) cannot be written as UTF-8: replace it.
    private static string Clean(string s)
    {
        var bad = false;
        for (var i = 0; i < s.Length && !bad; i++)
        {
            if (char.IsHighSurrogate(s[i])) { if (i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++; else bad = true; }
            else if (char.IsLowSurrogate(s[i])) bad = true;
        }
        if (!bad) return s;
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { sb.Append(s[i]).Append(s[i + 1]); i++; }
            else if (char.IsSurrogate(s[i])) sb.Append('\uFFFD');
            else sb.Append(s[i]);
        }
        return sb.ToString();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is { } d) w.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); else w.WriteNull(name);
    }

    private static void WriteSpan(Utf8JsonWriter w, string name, TextSpan span)
    {
        w.WritePropertyName(name);
        WriteSpanValue(w, span);
    }

    private static void WriteSpanValue(Utf8JsonWriter w, TextSpan span)
    {
        w.WriteStartArray();
        w.WriteNumberValue(span.Start);
        w.WriteNumberValue(span.End);
        w.WriteEndArray();
    }
}
