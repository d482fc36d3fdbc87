using System.Text.Json.Serialization;

namespace FactCheck.Core.Reviews;

/// <summary>
/// For an attribution claim, whether the quote is accurate and attributed to the right person, recorded apart from the
/// verdict: the verdict then rates what was said, this rates whether it was said.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<AttributionCheck>))]
public enum AttributionCheck { NotChecked, Accurate, Misquoted, WronglyAttributed, CouldNotVerify }

public static class AttributionChecks
{
    /// <summary>How a reviewer picks it ("Accurate and correctly attributed").</summary>
    public static string Label(this AttributionCheck check) => check switch
    {
        AttributionCheck.Accurate => "Accurate and correctly attributed",
        AttributionCheck.Misquoted => "Misquoted",
        AttributionCheck.WronglyAttributed => "Wrongly attributed",
        AttributionCheck.CouldNotVerify => "Could not verify the quote",
        _ => "Not checked",
    };

    /// <summary>What the finding tells a reader, after "Quote: " ("accurate and correctly attributed").</summary>
    public static string Finding(this AttributionCheck check) => check switch
    {
        AttributionCheck.Accurate => "accurate and correctly attributed",
        AttributionCheck.Misquoted => "misquoted (the words differ from what was actually said)",
        AttributionCheck.WronglyAttributed => "wrongly attributed (the person named did not say it)",
        AttributionCheck.CouldNotVerify => "could not be verified (we found no record of the words)",
        _ => "not checked",
    };

    /// <summary>Reads a value as sent by a client ("Accurate", "wronglyAttributed", "wrongly_attributed"); false when unknown.</summary>
    public static bool TryParse(string? text, out AttributionCheck check)
    {
        check = AttributionCheck.NotChecked;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var name = text.Replace("_", "").Replace("-", "").Trim();
        return !int.TryParse(name, out _) && Enum.TryParse(name, ignoreCase: true, out check) && Enum.IsDefined(check);
    }

    /// <summary>Why a claim cannot take this finding (only attributions have a quote to check); null when it can.</summary>
    public static string? Refusal(Claim claim, AttributionCheck check) =>
        check != AttributionCheck.NotChecked && claim.Kind != Extraction.ClaimKind.Attribution
            ? "Only an attribution (someone said something) has a quote to check: make the claim an attribution first."
            : null;
}
