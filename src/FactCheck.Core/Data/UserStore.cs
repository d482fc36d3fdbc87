using System.Text.RegularExpressions;
using Dapper;
using FactCheck.Core.Accounts;
using Microsoft.AspNetCore.Identity;

namespace FactCheck.Core.Data;

/// <summary>
/// Accounts: passwords hashed with ASP.NET Core Identity's PasswordHasher, sign-in with lockout after repeated
/// failures, roles. Every change is written to the audit trail.
/// </summary>
public sealed partial class UserStore(Database db, TimeProvider clock)
{
    public const int MinPasswordLength = 10;
    public const int MaxFailures = 5;
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    private static readonly PasswordHasher<string> Hasher = new();
    private const string Columns = "id, username, COALESCE(display_name, username) AS display_name, role, active, locked_until, created_at";
    public const int MaxDisplayName = 100;

    public int Count()
    {
        using var c = db.Open();
        return c.ExecuteScalar<int>("SELECT COUNT(*) FROM users");
    }

    public IReadOnlyList<User> List()
    {
        using var c = db.Open();
        return c.Query<Row>($"SELECT {Columns} FROM users ORDER BY username").Select(r => r.ToUser()).ToList();
    }

    public User? Find(string username)
    {
        using var c = db.Open();
        return c.QuerySingleOrDefault<Row>($"SELECT {Columns} FROM users WHERE username = @username", new { username = username.Trim() })?.ToUser();
    }

    public User? Get(long id)
    {
        using var c = db.Open();
        return c.QuerySingleOrDefault<Row>($"SELECT {Columns} FROM users WHERE id = @id", new { id })?.ToUser();
    }

    /// <exception cref="ArgumentException">The name or password is not acceptable, or the name is taken; the message says which.</exception>
    public User Create(string username, Role role, string password, string actor = ClaimStore.Anonymous, string? displayName = null) =>
        Create(username, role, password, actor, onlyIfFirst: false, displayName)!;

    /// <summary>The first administrator, made on the first-run page; null when someone else made one first.</summary>
    /// <exception cref="ArgumentException">The name or password is not acceptable.</exception>
    public User? CreateFirstAdmin(string username, string password) =>
        Create(username, Role.Admin, password, username?.Trim() ?? "", onlyIfFirst: true);

    private User? Create(string username, Role role, string password, string actor, bool onlyIfFirst, string? displayName = null)
    {
        username = username?.Trim() ?? "";
        if (!UsernamePattern().IsMatch(username))
            throw new ArgumentException("A username is 3 to 64 letters, digits, dots, dashes or underscores.", nameof(username));
        var display = string.IsNullOrWhiteSpace(displayName) ? username : displayName.Trim();
        if (DisplayNameProblem(display) is { } badName) throw new ArgumentException(badName, nameof(displayName));
        if (PasswordProblem(password) is { } problem) throw new ArgumentException(problem, nameof(password));
        var now = clock.GetUtcNow();
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        // Checked inside the write transaction under one lock for all accounts (a name not yet taken has no row to
        // lock), so that two first-run forms sent at once cannot both make an administrator, nor two forms one name.
        db.Dialect.Lock(c, tx, WriteLock.Accounts);
        if (onlyIfFirst && c.ExecuteScalar<int>("SELECT COUNT(*) FROM users", transaction: tx) > 0) return null;
        if (c.ExecuteScalar<int>("SELECT COUNT(*) FROM users WHERE username = @username", new { username }, tx) > 0)
            throw new ArgumentException($"There is already a user called '{username}'.", nameof(username));
        var id = c.ExecuteScalar<long>("""
            INSERT INTO users (username, display_name, password_hash, role, created_at, security_stamp)
            VALUES (@username, @display, @hash, @role, @now, @stamp) RETURNING id
            """, new { username, display, hash = Hasher.HashPassword(username, password), role = role.ToString(), now, stamp = Stamp() }, tx);
        AuditLog.Write(c, tx, now, actor, "user", id, null, "created", null, new { username, displayName = display, role = role.ToString() });
        tx.Commit();
        return Get(id)!;
    }

    /// <summary>
    /// Checks a password; five failures in a row lock the account for fifteen minutes. A name that has no account
    /// costs the same (a dummy hash is checked), answers the same and locks the same, so that neither the time nor
    /// the message tells whether an account exists; that the account is deactivated is said only to the right password.
    /// </summary>
    public SignInOutcome SignIn(string username, string password)
    {
        username = username?.Trim() ?? "";
        var now = clock.GetUtcNow();
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        // The account stays locked until commit, so that failures counted at once are all counted; other accounts go on.
        var row = c.QuerySingleOrDefault<AuthRow>($"SELECT id, username, password_hash, active, failed_sign_ins, locked_until FROM users WHERE username = @username {db.Dialect.ForUpdate}",
            new { username }, tx);
        if (row is null) db.Dialect.Lock(c, tx, WriteLock.SignInName);
        var attempts = row is null ? UnknownNameAttempts(c, tx, username) : (Failures: row.FailedSignIns, row.LockedUntil);
        if (string.IsNullOrEmpty(password) || username.Length > 64) return new(null, WrongPassword);
        if (attempts.LockedUntil is { } until && until > now) return new(null, Locked(until));
        var right = Hasher.VerifyHashedPassword(row?.Username ?? username, row?.PasswordHash ?? DummyHash, password) != PasswordVerificationResult.Failed;
        if (row is null || !right)
        {
            var message = CountFailure(c, tx, row, username, attempts.Failures, now);
            tx.Commit();
            return new(null, message);
        }
        if (row.Active == 0) return new(null, "This account is deactivated. Ask an administrator.");
        c.Execute("UPDATE users SET failed_sign_ins = 0, locked_until = NULL WHERE id = @id", new { id = row.Id }, tx);
        tx.Commit();
        return new(Get(row.Id), null);
    }

    /// <summary>
    /// Changes a password after checking the current one; wrong current passwords count toward the lockout like
    /// failed sign-ins. The change gives the user a new security stamp, which ends every session (the caller starts
    /// a new one for the person's own browser). The change is audited, the passwords are not.
    /// </summary>
    /// <returns>Null when changed, otherwise what to correct.</returns>
    public string? ChangePassword(long id, string currentPassword, string newPassword)
    {
        if (PasswordProblem(newPassword) is { } problem) return problem;
        var now = clock.GetUtcNow();
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        var row = c.QuerySingleOrDefault<AuthRow>($"SELECT id, username, password_hash, active, failed_sign_ins, locked_until FROM users WHERE id = @id {db.Dialect.ForUpdate}", new { id }, tx);
        if (row is null || row.Active == 0) return "This account no longer exists or is deactivated.";
        if (row.LockedUntil is { } until && until > now) return Locked(until);
        if (Hasher.VerifyHashedPassword(row.Username, row.PasswordHash, currentPassword ?? "") == PasswordVerificationResult.Failed)
        {
            var message = CountFailure(c, tx, row, row.Username, row.FailedSignIns, now);
            tx.Commit();
            return message == WrongPassword ? "The current password is not right." : message;
        }
        if (currentPassword == newPassword) return "Choose a new password that differs from the current one.";
        c.Execute("UPDATE users SET password_hash = @hash, failed_sign_ins = 0, locked_until = NULL WHERE id = @id",
            new { id, hash = Hasher.HashPassword(row.Username, newPassword) }, tx);
        NewStamp(c, tx, id);
        AuditLog.Write(c, tx, now, row.Username, "user", id, null, "password changed", null, null);
        tx.Commit();
        return null;
    }

    private const string WrongPassword = "The username or password is not right.";

    // A hash of a password nobody knows, in the same format and with the same work as real ones.
    private static readonly string DummyHash = Hasher.HashPassword("", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));

    private static string Locked(DateTimeOffset until) => $"Too many failed attempts: the account is locked until {until.UtcDateTime:HH:mm} UTC.";

    /// <summary>Counts a failed attempt against an account, or against a name without one; the fifth in a row locks it.</summary>
    private static string CountFailure(System.Data.IDbConnection c, System.Data.IDbTransaction tx, AuthRow? row, string username, int failuresBefore, DateTimeOffset now)
    {
        var failures = failuresBefore + 1;
        DateTimeOffset? lockUntil = failures >= MaxFailures ? now + Lockout : null;
        var stored = lockUntil is null ? failures : 0;
        if (row is not null)
        {
            c.Execute("UPDATE users SET failed_sign_ins = @stored, locked_until = @lockUntil WHERE id = @id", new { stored, lockUntil, id = row.Id }, tx);
            if (lockUntil is not null) AuditLog.Write(c, tx, now, row.Username, "user", row.Id, null, "locked out", null, new { until = lockUntil });
        }
        else
        {
            c.Execute("""
                INSERT INTO sign_in_failures (name, failures, locked_until, updated_at) VALUES (@name, @stored, @lockUntil, @now)
                ON CONFLICT (name) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until, updated_at = excluded.updated_at
                """, new { name = username.ToLowerInvariant(), stored, lockUntil, now }, tx);
            // Names without an account are remembered only as long as a lockout lasts, and never more than a bounded number.
            c.Execute("DELETE FROM sign_in_failures WHERE updated_at < @old", new { old = now - Lockout }, tx);
            c.Execute("DELETE FROM sign_in_failures WHERE name NOT IN (SELECT name FROM sign_in_failures ORDER BY updated_at DESC LIMIT 10000)", transaction: tx);
        }
        return lockUntil is null ? WrongPassword : Locked(lockUntil.Value);
    }

    private static (int Failures, DateTimeOffset? LockedUntil) UnknownNameAttempts(System.Data.IDbConnection c, System.Data.IDbTransaction tx, string username) =>
        c.QuerySingleOrDefault<(int, DateTimeOffset?)>("SELECT failures, locked_until FROM sign_in_failures WHERE name = @name",
            new { name = username.ToLowerInvariant() }, tx);

    /// <summary>Gives a user a new security stamp: every session signed in with the old one is over.</summary>
    internal static void NewStamp(System.Data.IDbConnection c, System.Data.IDbTransaction tx, long userId) =>
        c.Execute("UPDATE users SET security_stamp = @stamp WHERE id = @userId", new { stamp = Stamp(), userId }, tx);

    private static string Stamp() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    /// <returns>Null when changed, otherwise why not (for example, it would leave no active administrator).</returns>
    public string? SetRole(long id, Role role, string actor) => Update(id, actor, "role", "role", role.ToString(), removesAdmin: role != Role.Admin);

    /// <returns>Null when changed, otherwise why not.</returns>
    public string? SetActive(long id, bool active, string actor) =>
        Update(id, actor, active ? "activated" : "deactivated", "active", active ? 1 : 0, removesAdmin: !active);

    private string? Update(long id, string actor, string action, string column, object value, bool removesAdmin)
    {
        var now = clock.GetUtcNow();
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        // Checked inside the write transaction, changes that may remove an administrator taking turns under one lock:
        // two administrators demoting each other at once cannot both succeed.
        if (removesAdmin) db.Dialect.Lock(c, tx, WriteLock.Administrators);
        var before = c.QuerySingleOrDefault<Row>($"SELECT {Columns} FROM users WHERE id = @id {db.Dialect.ForUpdate}", new { id }, tx)?.ToUser();
        if (before is null) return "There is no such user.";
        if (removesAdmin && before is { Role: Role.Admin, Active: true }
            && c.ExecuteScalar<int>("SELECT COUNT(*) FROM users WHERE role = 'Admin' AND active = 1", transaction: tx) <= 1)
            return $"'{before.Username}' is the only active administrator: make someone else an administrator first.";
        // The column name is one of two constants above, never user input.
        c.Execute($"UPDATE users SET {column} = @value WHERE id = @id", new { id, value }, tx);
        // A new role or a deactivation ends the person's sessions: they sign in again with what they may now do.
        NewStamp(c, tx, id);
        AuditLog.Write(c, tx, now, actor, "user", id, null, action,
            new { role = before.Role.ToString(), before.Active }, new { column, value });
        tx.Commit();
        return null;
    }

    /// <summary>Sets the name reports and public pages show for the person (by an administrator, or by the person).</summary>
    /// <returns>Null when changed, otherwise what to correct.</returns>
    public string? SetDisplayName(long id, string? displayName, string actor)
    {
        var display = displayName?.Trim() ?? "";
        if (DisplayNameProblem(display) is { } problem) return problem;
        var now = clock.GetUtcNow();
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        var before = c.QuerySingleOrDefault<string?>($"SELECT COALESCE(display_name, username) FROM users WHERE id = @id {db.Dialect.ForUpdate}", new { id }, tx);
        if (before is null) return "There is no such user.";
        if (before == display) return null;
        c.Execute("UPDATE users SET display_name = @display WHERE id = @id", new { id, display }, tx);
        AuditLog.Write(c, tx, now, actor, "user", id, null, "display name", new { displayName = before }, new { displayName = display });
        tx.Commit();
        return null;
    }

    /// <summary>Every account's display name by username (any case), to name people in reports: the audit trail records usernames.</summary>
    public IReadOnlyDictionary<string, string> DisplayNames()
    {
        using var c = db.Open();
        return c.Query<(string Username, string DisplayName)>("SELECT username, COALESCE(display_name, username) FROM users")
            .ToDictionary(r => r.Username, r => r.DisplayName, StringComparer.OrdinalIgnoreCase);
    }

    public static string? DisplayNameProblem(string? displayName) =>
        string.IsNullOrWhiteSpace(displayName) ? "Give the name readers will see, e.g. “Ana Ruiz”."
        : displayName.Trim().Length > MaxDisplayName ? $"A display name can have at most {MaxDisplayName} characters."
        : displayName.Any(char.IsControl) ? "A display name is one line of text."
        : null;

    public static string? PasswordProblem(string? password) =>
        password is null || password.Length < MinPasswordLength ? $"A password needs at least {MinPasswordLength} characters."
        : password.Length > 256 ? "A password can have at most 256 characters."
        : null;

    [GeneratedRegex(@"^[A-Za-z0-9._-]{3,64}$")]
    private static partial Regex UsernamePattern();

    private sealed class Row
    {
        public long Id { get; set; }
        public string Username { get; set; } = "";
        public string DisplayName { get; set; } = "";
        public string Role { get; set; } = "";
        public long Active { get; set; }
        public DateTimeOffset? LockedUntil { get; set; }
        public DateTimeOffset CreatedAt { get; set; }

        public User ToUser() => new()
        {
            Id = Id, Username = Username, DisplayName = DisplayName, Role = Enum.Parse<Role>(Role), Active = Active == 1, LockedUntil = LockedUntil, CreatedAt = CreatedAt,
        };
    }

    private sealed class AuthRow
    {
        public long Id { get; set; }
        public string Username { get; set; } = "";
        public string PasswordHash { get; set; } = "";
        public long Active { get; set; }
        public int FailedSignIns { get; set; }
        public DateTimeOffset? LockedUntil { get; set; }
    }
}
