using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactCheck.Core.Exports;

/// <summary>Claims as JSON for analysis, each anchored by W3C Web Annotation selectors.</summary>
public static class ClaimJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Write(IReadOnlyList<ClaimRecord> records) =>
        JsonSerializer.Serialize(new { claims = records }, Options);
}
