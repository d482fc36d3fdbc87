namespace FactCheck.Web.Components.Shared;

/// <summary>When a text field shows its "n / limit" counter: from four fifths of the limit on, since most text is far from it.</summary>
public static class FieldCounter
{
    public static int? Near(string? value, int limit) => value is not null && value.Length >= limit * 4 / 5 ? limit : null;
}
