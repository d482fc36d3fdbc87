using Microsoft.AspNetCore.Components;

namespace FactCheck.Web.Components.Pages.Workbench;

/// <summary>A click in the article's text: the claim of the highlight clicked, if any (app.js reads it from the mark).</summary>
public sealed class ClaimClickEventArgs : EventArgs
{
    public long? ClaimId { get; set; }
}

/// <summary>
/// <c>@onclaimclick</c>: one handler on the article's text instead of one per highlight, whose markup is then plain HTML
/// shared by every page (<see cref="BlockMarkup"/>).
/// </summary>
[EventHandler("onclaimclick", typeof(ClaimClickEventArgs), enableStopPropagation: true, enablePreventDefault: false)]
public static class EventHandlers;
