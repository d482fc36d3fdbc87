namespace FactCheck.Core.Reviews;

/// <summary>What an editor prepares for publication; a null part is left as it is.</summary>
/// <param name="Summary">The bottom line, in Markdown.</param>
/// <param name="Methodology">How the claims were selected and checked, in Markdown.</param>
/// <param name="ClaimOrder">Claim ids in the order the report lists them; an empty list goes back to the default order.</param>
public sealed record ReportEdit(string? Summary = null, string? Methodology = null, IReadOnlyList<long>? ClaimOrder = null);

/// <summary>A claim order names claims the article does not have.</summary>
public sealed class UnknownClaimsException(string message) : ArgumentException(message);
