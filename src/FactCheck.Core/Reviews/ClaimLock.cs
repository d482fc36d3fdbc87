namespace FactCheck.Core.Reviews;

/// <summary>
/// An approved or published verdict is locked: its claim, verdict and evidence change only through the correction
/// path (an editor sends it back, the reviewer revises, an editor approves, and a published report gets a correction).
/// </summary>
public static class ClaimLock
{
    /// <summary>Why a claim in <paramref name="status"/> cannot be changed, or null when it can.</summary>
    public static string? Reason(ClaimStatus status) => status switch
    {
        ClaimStatus.Approved => "An editor approved this verdict, so it is locked: ask an editor to send it back before changing it.",
        ClaimStatus.Published => "This verdict is published, so it is locked: an editor sends it back for correction first, and the change is published as a correction.",
        _ => null,
    };
}

/// <summary>A change to an approved or published claim was refused; the message says how to change it.</summary>
public sealed class ClaimLockedException(string message) : InvalidOperationException(message);
