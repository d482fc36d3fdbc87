namespace FactCheck.Core.Accounts;

/// <summary>What a person may do: reviewers work on claims; editors also approve and publish; admins also manage users.</summary>
public enum Role { Reviewer, Editor, Admin }

public sealed record User
{
    public long Id { get; init; }
    public required string Username { get; init; }
    /// <summary>The name reports and public pages show for this person; the username until one is set.</summary>
    public string DisplayName { get; init; } = "";
    public Role Role { get; init; }
    public bool Active { get; init; }
    public DateTimeOffset? LockedUntil { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public bool Can(Role needed) => Active && Role >= needed;
}

/// <summary>The outcome of a sign-in attempt, with a message that does not reveal which part was wrong.</summary>
public sealed record SignInOutcome(User? User, string? Error)
{
    public bool Ok => User is not null;
}
