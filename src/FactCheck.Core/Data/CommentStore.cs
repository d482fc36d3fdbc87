using System.Data;
using System.Text.RegularExpressions;
using Dapper;
using FactCheck.Core.Reviews;
using System.Data.Common;

namespace FactCheck.Core.Data;

/// <summary>Comments on claims, in order, with author and time; a mention of a user by @name shows in their queue.</summary>
public sealed partial class CommentStore(Database db, TimeProvider clock)
{
    public const int MaxLength = 10_000;

    /// <exception cref="ArgumentException">The comment is empty or too long, or the claim no longer exists; the message says which.</exception>
    public Comment Add(long claimId, string author, string body)
    {
        body = body?.Trim() ?? "";
        if (body.Length == 0) throw new ArgumentException("Write something before posting a comment.", nameof(body));
        if (body.Length > MaxLength) throw new ArgumentException($"A comment can have at most {MaxLength:N0} characters; this one has {body.Length:N0}.", nameof(body));
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        // Shared lock: the claim cannot be deleted before the comment is committed (it would fail on the foreign key).
        var claim = c.QuerySingleOrDefault<(long Id, long ArticleId)?>($"SELECT id, article_id FROM claims WHERE id = @claimId {db.Dialect.ForShare}", new { claimId }, tx)
            ?? throw new ArgumentException("This claim no longer exists: it was deleted.", nameof(claimId));
        var id = Insert(c, tx, claim.Id, claim.ArticleId, author, body, CommentKind.Comment, clock.GetUtcNow());
        tx.Commit();
        return ListByClaim(claimId).Single(x => x.Id == id);
    }

    public IReadOnlyList<Comment> ListByClaim(long claimId)
    {
        using var c = db.Open();
        return Query(c, "WHERE cm.claim_id = @claimId ORDER BY cm.id", new { claimId });
    }

    /// <summary>Comments that mention the user, newest first, unread ones first.</summary>
    public IReadOnlyList<Mention> MentionsOf(long userId, int limit = 100)
    {
        using var c = db.Open();
        var rows = c.Query<(long CommentId, string Title, string Statement, DateTimeOffset? SeenAt)>("""
            SELECT m.comment_id, a.title, cl.statement, m.seen_at
            FROM mentions m JOIN comments cm ON cm.id = m.comment_id
                 JOIN claims cl ON cl.id = cm.claim_id JOIN articles a ON a.id = cm.article_id
            WHERE m.user_id = @userId
            ORDER BY m.seen_at IS NOT NULL, cm.id DESC
            LIMIT @limit
            """, new { userId, limit }).ToList();
        var comments = Query(c, $"WHERE {db.Dialect.InList("cm.id", "ids")}", new { ids = rows.Select(r => r.CommentId).ToList() }).ToDictionary(x => x.Id);
        return rows.Select(r => new Mention(comments[r.CommentId], r.Title, r.Statement, r.SeenAt is not null)).ToList();
    }

    public int UnseenMentions(long userId)
    {
        using var c = db.Open();
        return c.ExecuteScalar<int>("SELECT COUNT(*) FROM mentions WHERE user_id = @userId AND seen_at IS NULL", new { userId });
    }

    public void MarkSeen(long userId, long commentId)
    {
        using var c = db.Open();
        c.Execute("UPDATE mentions SET seen_at = @now WHERE user_id = @userId AND comment_id = @commentId AND seen_at IS NULL",
            new { userId, commentId, now = clock.GetUtcNow() });
    }

    /// <summary>The @names in a comment, without trailing punctuation ("@ana." mentions ana).</summary>
    public static IReadOnlyList<string> MentionedNames(string body) =>
        MentionPattern().Matches(body).Select(m => m.Groups[1].Value.TrimEnd('.', '-', '_'))
            .Where(n => n.Length >= 3).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Writes a comment and its mentions (of existing, active users) inside the caller's transaction.</summary>
    internal static long Insert(DbConnection c, IDbTransaction tx, Claim claim, string author, string body, CommentKind kind, DateTimeOffset now) =>
        Insert(c, tx, claim.Id, claim.ArticleId, author, body, kind, now);

    private static long Insert(DbConnection c, IDbTransaction tx, long claimId, long articleId, string author, string body, CommentKind kind, DateTimeOffset now)
    {
        var id = c.ExecuteScalar<long>("""
            INSERT INTO comments (claim_id, article_id, author, body, kind, created_at)
            VALUES (@claimId, @articleId, @author, @body, @kind, @now) RETURNING id
            """, new { claimId, articleId, author, body, kind = kind.ToString(), now }, tx);
        var names = MentionedNames(body);
        var mentioned = names.Count == 0 ? [] : c.Query<(long Id, string Username)>(
            $"SELECT id, username FROM users WHERE active = 1 AND {SqlDialect.Of(c).InList("username", "names")}", new { names }, tx).ToList();
        foreach (var user in mentioned)
            c.Execute("INSERT INTO mentions (comment_id, user_id) VALUES (@id, @userId)", new { id, userId = user.Id }, tx);
        AuditLog.Write(c, tx, now, author, "claim", claimId, articleId, kind switch
        {
            CommentKind.SentBack => "comment (sent back)",
            _ => "comment",
        }, null, new { body, mentions = mentioned.Select(u => u.Username).ToList() });
        return id;
    }

    private static List<Comment> Query(DbConnection c, string where, object args)
    {
        var rows = c.Query<CommentRow>($"SELECT cm.id, cm.claim_id, cm.article_id, cm.author, cm.body, cm.kind, cm.created_at FROM comments cm {where}", args).ToList();
        // The engine difference this store meets: a list of ids as a parameter.
        var mentions = c.Query<(long CommentId, string Username)>($"""
            SELECT m.comment_id, u.username FROM mentions m JOIN users u ON u.id = m.user_id WHERE {SqlDialect.Of(c).InList("m.comment_id", "ids")} ORDER BY u.username
            """, new { ids = rows.Select(r => r.Id).ToList() }).ToLookup(m => m.CommentId, m => m.Username);
        return rows.Select(r => new Comment(r.Id, r.ClaimId, r.ArticleId, r.Author, r.Body, Enum.Parse<CommentKind>(r.Kind), r.CreatedAt,
            mentions[r.Id].ToList())).ToList();
    }

    [GeneratedRegex(@"(?<![\w@.])@([A-Za-z0-9._-]{3,64})")]
    private static partial Regex MentionPattern();

    private sealed class CommentRow
    {
        public long Id { get; set; }
        public long ClaimId { get; set; }
        public long ArticleId { get; set; }
        public string Author { get; set; } = "";
        public string Body { get; set; } = "";
        public string Kind { get; set; } = "";
        public DateTimeOffset CreatedAt { get; set; }
    }
}
