namespace FactCheck.Core;

public static class UserMessage
{
    /// <summary>The message written for people, without the " (Parameter 'x')" that .NET appends for developers.</summary>
    public static string ForUser(this ArgumentException e) =>
        e.ParamName is { } name ? e.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : e.Message;

    /// <summary>The message of a refused change (a bad value, a locked claim, an inactive account), written for people.</summary>
    public static string ForUser(this Exception e) => e is ArgumentException a ? a.ForUser() : e.Message;
}
