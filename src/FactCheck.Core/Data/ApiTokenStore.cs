using System.Security.Cryptography;
using System.Text;
using Dapper;
using FactCheck.Core.Accounts;

namespace FactCheck.Core.Data;

/// <summary>
/// API tokens for automation (<c>Authorization: Bearer ...</c>). A token is shown once when issued; only its
/// SHA-256 is stored, so a copy of the database does not give access.
/// </summary>
public sealed class ApiTokenStore(Database db, UserStore users, TimeProvider clock)
{
    public const string Prefix = "fct_";

    /// <returns>The token in clear, to give to the user once.</returns>
    public string Create(long userId, string actor = ClaimStore.Anonymous)
    {
        var user = users.Get(userId) ?? throw new ArgumentException("There is no such user.", nameof(userId));
        if (!user.Active) throw new ArgumentException($"'{user.Username}' is deactivated: activate the account first.", nameof(userId));
        var token = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        var now = clock.GetUtcNow();
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        var id = c.ExecuteScalar<long>("INSERT INTO api_tokens (user_id, token_hash, created_at) VALUES (@userId, @hash, @now) RETURNING id",
            new { userId, hash = Hash(token), now }, tx);
        AuditLog.Write(c, tx, now, actor, "user", userId, null, "token issued", null, new { tokenId = id });
        tx.Commit();
        return token;
    }

    /// <summary>The active user a token belongs to, or null for an unknown, revoked or deactivated one.</summary>
    public User? Authenticate(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || !token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length > 200) return null;
        using var c = db.Open();
        var userId = c.ExecuteScalar<long?>("SELECT user_id FROM api_tokens WHERE token_hash = @hash AND revoked_at IS NULL", new { hash = Hash(token) });
        if (userId is null) return null;
        // To the minute is enough: a script calling every second should not turn each of its reads into a write.
        var now = clock.GetUtcNow();
        c.Execute("UPDATE api_tokens SET last_used_at = @now WHERE token_hash = @hash AND (last_used_at IS NULL OR last_used_at < @minuteAgo)",
            new { hash = Hash(token), now, minuteAgo = now.AddMinutes(-1) });
        return users.Get(userId.Value) is { Active: true } user ? user : null;
    }

    public int RevokeAll(long userId, string actor)
    {
        var now = clock.GetUtcNow();
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        var n = c.Execute("UPDATE api_tokens SET revoked_at = @now WHERE user_id = @userId AND revoked_at IS NULL", new { userId, now }, tx);
        if (n > 0) AuditLog.Write(c, tx, now, actor, "user", userId, null, "tokens revoked", null, new { count = n });
        tx.Commit();
        return n;
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
