using MudBlazor;
using MudBlazor.Services;

namespace FactCheck.Web;

/// <summary>
/// Toasts say briefly what happened and get out of the way: bottom left, away from the primary actions at the top right
/// of each page (Editor review, Report, Add user), at most two at a time, the same message never twice, gone after a few
/// seconds.
/// </summary>
public static class ToastSettings
{
    public const int MaxShown = 2;

    public static void Apply(MudServicesConfiguration config)
    {
        var s = config.SnackbarConfiguration;
        s.PositionClass = Defaults.Classes.Position.BottomLeft;
        s.MaxDisplayedSnackbars = MaxShown;
        s.PreventDuplicates = true;
        s.NewestOnTop = true;
        s.VisibleStateDuration = 4000;
        s.ShowTransitionDuration = 150;
        s.HideTransitionDuration = 150;
        s.SnackbarVariant = Variant.Filled;
    }
}
