namespace FactCheck.Core;

public static class UserMessage
{
    /// <summary>The message written for people, without the " (Parameter 'x')" that .NET appends for developers.</summary>
    public static string ForUser(this ArgumentException e) =>
        e.ParamName is { } name ? e.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : e.Message;
}
