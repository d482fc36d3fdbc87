using System.Security.Cryptography;
using System.Text;
using Dapper;
using FactCheck.Core.Accounts;

namespace FactCheck.Core.Data;

/// <summary>
/// Sign-in sessions. A session is valid while it has not ended and carries its user's current security stamp, and
/// the user is active: signing out ends one session; "sign out everywhere", a password, role or activation change
/// give the user a new stamp, which ends all of them. Only the SHA-256 of a session's id is stored.
/// </summary>
public sealed class SessionStore(Database db, UserStore users, TimeProvider clock)
{
    /// <summary>Starts a session for an active user.</summary>
    /// <returns>The session id in clear, for the sign-in cookie.</returns>
    public string Start(long userId)
    {
        var id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        var now = clock.GetUtcNow();
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        // Shared lock: no new stamp or deactivation lands between reading the stamp and storing the session.
        var stamp = c.ExecuteScalar<string?>($"SELECT security_stamp FROM users WHERE id = @userId AND active = 1 {db.Dialect.ForShare}", new { userId }, tx)
            ?? throw new ArgumentException("There is no such active user.", nameof(userId));
        c.Execute("INSERT INTO user_sessions (token_hash, user_id, stamp, created_at) VALUES (@hash, @userId, @stamp, @now)",
            new { hash = Hash(id), userId, stamp, now }, tx);
        // Sessions that ended (or outlived the longest cookie) are of no further use.
        c.Execute("DELETE FROM user_sessions WHERE user_id = @userId AND (ended_at IS NOT NULL OR created_at < @old)",
            new { userId, old = now - TimeSpan.FromDays(30) }, tx);
        tx.Commit();
        return id;
    }

    /// <summary>The user of a live session, as stored now; null when the session ended, was replaced, or the user is inactive.</summary>
    public User? UserOf(string? sessionId)
    {
        if (string.IsNullOrEmpty(sessionId) || sessionId.Length > 100) return null;
        using var c = db.Open();
        var userId = c.ExecuteScalar<long?>("""
            SELECT u.id FROM user_sessions s JOIN users u ON u.id = s.user_id
            WHERE s.token_hash = @hash AND s.ended_at IS NULL AND s.stamp = u.security_stamp AND u.active = 1
            """, new { hash = Hash(sessionId) });
        return userId is { } id ? users.Get(id) : null;
    }

    /// <summary>Ends one session (signing out): its cookie, and any copy of it, no longer signs anyone in.</summary>
    public void End(string? sessionId)
    {
        if (string.IsNullOrEmpty(sessionId)) return;
        using var c = db.Open();
        c.Execute("UPDATE user_sessions SET ended_at = @now WHERE token_hash = @hash AND ended_at IS NULL", new { hash = Hash(sessionId), now = clock.GetUtcNow() });
    }

    /// <summary>Ends every session of a user (a new security stamp), recorded in the audit trail under <paramref name="actor"/>.</summary>
    public void EndAll(long userId, string actor)
    {
        var now = clock.GetUtcNow();
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        UserStore.NewStamp(c, tx, userId);
        c.Execute("UPDATE user_sessions SET ended_at = @now WHERE user_id = @userId AND ended_at IS NULL", new { userId, now }, tx);
        AuditLog.Write(c, tx, now, actor, "user", userId, null, "signed out everywhere", null, null);
        tx.Commit();
    }

    private static string Hash(string sessionId) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sessionId)));
}
