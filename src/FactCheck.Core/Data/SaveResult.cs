namespace FactCheck.Core.Data;

/// <summary>The outcome of a versioned save: the saved record, or the current one when the save was based on a stale version.</summary>
public sealed record SaveResult<T>(bool Saved, T? Value, T? Current, string? Error = null) where T : class
{
    public static SaveResult<T> Ok(T value) => new(true, value, value);

    public static SaveResult<T> Conflict(T current) =>
        new(false, null, current, "Someone else changed this claim since you opened it. Your change was not saved; reload to see theirs.");

    public static SaveResult<T> NotFound() => new(false, null, null, "This claim no longer exists: it was deleted.");

    public static SaveResult<T> Invalid(string error) => new(false, null, null, error);

    /// <summary>The person's role does not allow the action; nothing was changed.</summary>
    public static SaveResult<T> Denied(string error) => new(false, null, null, error) { Forbidden = true };

    public bool Forbidden { get; init; }

    /// <summary>The claim's verdict is approved or published: it changes only through the correction path.</summary>
    public static SaveResult<T> Locked(string error) => new(false, null, null, error) { IsLocked = true };

    public bool IsLocked { get; init; }
}
