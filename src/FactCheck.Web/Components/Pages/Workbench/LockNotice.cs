using FactCheck.Core.Reviews;

namespace FactCheck.Web.Components.Pages.Workbench;

/// <summary>
/// What the workbench says on the controls of an approved or published claim. The stores refuse such changes anyway
/// (<see cref="ClaimLock"/>); this tells the reviewer before they try, and who can unlock it.
/// </summary>
public static class LockNotice
{
    public static string? For(ClaimStatus status) => status switch
    {
        ClaimStatus.Approved => "An editor approved this verdict, so it is locked: ask an editor to send it back to change it.",
        ClaimStatus.Published => "This verdict is published, so it is locked: an editor reopens it for correction to change it.",
        _ => null,
    };
}
