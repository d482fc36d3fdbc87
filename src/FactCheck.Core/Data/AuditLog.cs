using System.Data;
using System.Text.Json;
using Dapper;

namespace FactCheck.Core.Data;

/// <summary>One recorded change: who, when, what, and the values before and after (JSON).</summary>
public sealed record AuditEntry
{
    public long Id { get; init; }
    public DateTimeOffset At { get; init; }
    public required string Actor { get; init; }
    public required string Entity { get; init; }
    public long EntityId { get; init; }
    public long? ArticleId { get; init; }
    public required string Action { get; init; }
    public string? OldValue { get; init; }
    public string? NewValue { get; init; }
}

/// <summary>The append-only audit trail. Stores write to it inside the transaction of the change they record.</summary>
public sealed class AuditLog(Database db)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    internal static void Write(IDbConnection c, IDbTransaction tx, DateTimeOffset at, string actor, string entity, long entityId,
        long? articleId, string action, object? oldValue, object? newValue) =>
        c.Execute("""
            INSERT INTO audit_log (at, actor, entity, entity_id, article_id, action, old_value, new_value)
            VALUES (@at, @actor, @entity, @entityId, @articleId, @action, @oldValue, @newValue)
            """, new
        {
            at, actor = string.IsNullOrWhiteSpace(actor) ? "unknown" : actor.Trim(), entity, entityId, articleId, action,
            oldValue = oldValue is null ? null : JsonSerializer.Serialize(oldValue, Json),
            newValue = newValue is null ? null : JsonSerializer.Serialize(newValue, Json),
        }, tx);

    /// <summary>An article's activity feed, newest first.</summary>
    public IReadOnlyList<AuditEntry> ForArticle(long articleId, int limit = 200)
    {
        using var c = db.Open();
        return c.Query<AuditEntry>("SELECT * FROM audit_log WHERE article_id = @articleId ORDER BY id DESC LIMIT @limit",
            new { articleId, limit }).AsList();
    }

    /// <summary>What happened to a user's account (sign-outs, roles, passwords, tokens), oldest first.</summary>
    public IReadOnlyList<AuditEntry> ForUser(long userId)
    {
        using var c = db.Open();
        return c.Query<AuditEntry>("SELECT * FROM audit_log WHERE entity = 'user' AND entity_id = @userId ORDER BY id", new { userId }).AsList();
    }

    /// <summary>A claim's history, oldest first.</summary>
    public IReadOnlyList<AuditEntry> ForClaim(long claimId)
    {
        using var c = db.Open();
        // The engine difference this store meets: reading a number out of the JSON of a change.
        return c.Query<AuditEntry>($"""
            SELECT * FROM audit_log
            WHERE (entity = 'claim' AND entity_id = @claimId)
               OR (entity = 'evidence' AND {db.Dialect.JsonNumber("COALESCE(new_value, old_value)", "claimId")} = @claimId)
            ORDER BY id
            """, new { claimId }).AsList();
    }
}
