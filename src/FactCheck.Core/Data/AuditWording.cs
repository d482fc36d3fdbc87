using System.Text.Json;
using FactCheck.Core.Extraction;
using FactCheck.Core.Reviews;

namespace FactCheck.Core.Data;

/// <summary>
/// An audit entry in words for the history panels: what was done ("proposed a verdict for claim 13") and what changed
/// ("status: In review → Verdict proposed"), with the stored enum names, ids and lists written as a person would say them.
/// </summary>
public static class AuditWording
{
    public static string Describe(AuditEntry e) => (e.Entity, e.Action) switch
    {
        ("article", "imported") => "imported the article",
        ("article", "deleted") => "deleted the article",
        ("article", "methodology") => "changed the methodology note",
        ("claim", "verdict") => $"set the verdict of claim {e.EntityId}",
        ("claim", "attribution check") => $"checked the quote of claim {e.EntityId}",
        ("claim", "edited") => $"edited claim {e.EntityId}",
        ("claim", "added") => $"added claim {e.EntityId}",
        ("claim", "split") => $"split claim {e.EntityId} in two",
        ("claim", "deleted") => $"deleted claim {e.EntityId}",
        ("claim", "assigned") => $"assigned claim {e.EntityId}",
        ("claim", "approved") => $"approved the verdict of claim {e.EntityId}",
        ("claim", "sent back") => $"sent the verdict of claim {e.EntityId} back",
        ("claim", "reopened for correction") => $"reopened claim {e.EntityId} for correction",
        ("claim", "published") => $"published the verdict of claim {e.EntityId}",
        ("claim", "verdict renamed") => $"renamed the verdict of claim {e.EntityId}",
        ("claim", "comment") => $"commented on claim {e.EntityId}",
        ("claim", "comment (sent back)") => $"said why claim {e.EntityId} was sent back",
        ("evidence", "added") => "cited a source",
        ("evidence", "removed") => "removed a source",
        ("evidence", "passage") => "changed a quoted passage",
        ("report", "published") => "published the report",
        ("source", "edited") => "edited a source",
        _ => $"{e.Action} ({e.Entity} {e.EntityId})",
    };

    /// <summary>The fields that changed, as "field: old → new", in words; ids, versions and hashes are left out.</summary>
    public static string Changes(AuditEntry e)
    {
        var before = Read(e.OldValue);
        var after = Read(e.NewValue);
        var parts = new List<string>();
        foreach (var key in after.Keys.Union(before.Keys))
        {
            if (Hidden.Contains(key)) continue;
            var o = Value(key, before.GetValueOrDefault(key));
            var n = Value(key, after.GetValueOrDefault(key));
            if (o == n) continue;
            var name = FieldName(key);
            if (key.Equals("mentions", StringComparison.OrdinalIgnoreCase))
            {
                if (n is not null) parts.Add($"mentioned {n}");
                continue;
            }
            parts.Add(e.OldValue is null ? $"{name}: {Short(n)}" : e.NewValue is null ? $"{name} was {Short(o)}" : $"{name}: {Short(o)} → {Short(n)}");
        }
        return string.Join("; ", parts);
    }

    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase)
    {
        "claimId", "tokenId", "version", "sha256", "start", "end", "secondStart", "id",
    };

    private static string FieldName(string key) => key.ToLowerInvariant() switch
    {
        "assignee" => "assigned to",
        "speaker" => "speaker",
        "url" => "source",
        "passage" => "quoted passage",
        "body" => "comment",
        "attributioncheck" => "quote",
        _ => key.ToLowerInvariant(),
    };

    private static string? Value(string key, string? value)
    {
        if (value is null) return null;
        switch (key.ToLowerInvariant())
        {
            case "status" when Enum.TryParse<ClaimStatus>(value, out var status):
                return status.Label();
            case "stance" when Enum.TryParse<Stance>(value, out var stance):
                return stance.Label();
            case "kind" when Enum.TryParse<ClaimKind>(value, out var kind):
                return kind switch { ClaimKind.Attribution => "who said what", ClaimKind.Figure => "a figure", _ => "a fact" };
            case "attributioncheck" when Enum.TryParse<AttributionCheck>(value, out var check):
                return check.Label();
            case "role":
                return value.ToLowerInvariant();
            case "mentions":
                return value.Length > 2 && value[0] == '[' ? string.Join(", ", ReadList(value).Select(n => "@" + n)) : null;
            default:
                return value;
        }
    }

    private static List<string> ReadList(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement.EnumerateArray().Select(x => x.ToString()).ToList() : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static Dictionary<string, string?> Read(string? json)
    {
        if (json is null) return [];
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.ValueKind != JsonValueKind.Object ? []
                : doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string Short(string? s) => s is null ? "—" : s.Length <= 80 ? $"“{s}”" : $"“{s[..77]}…”";
}
