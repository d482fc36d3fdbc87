using Dapper;
using FactCheck.Core.Reviews;

namespace FactCheck.Core.Data;

/// <summary>A claim in someone's queue, with the article it belongs to.</summary>
public sealed record QueueItem(Claim Claim, string ArticleTitle);

/// <summary>Who checked an article's verdicts and who approved them, for the report.</summary>
public sealed record ReviewCredits(IReadOnlyList<string> CheckedBy, IReadOnlyList<string> ApprovedBy, DateTimeOffset? LastApproved)
{
    public static ReviewCredits None { get; } = new([], [], null);
}

/// <summary>The review workflow's moves: assignment, approval and sending back. Roles are checked by <see cref="ReviewWorkflow"/>.</summary>
public sealed partial class ClaimStore
{
    /// <summary>
    /// Assigns claims to a reviewer (or unassigns them with null). An open claim becomes "in review"; an unassigned
    /// claim without a verdict goes back to open. Each claim gets a new version and one audit row.
    /// </summary>
    /// <returns>How many claims changed.</returns>
    /// <exception cref="ArgumentException">The user does not exist or is deactivated.</exception>
    public int Assign(IReadOnlyCollection<long> claimIds, long? userId, string actor)
    {
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        string? username = null;
        if (userId is { } uid)
            // Shared lock: the reviewer cannot be deactivated before the assignment is committed.
            username = c.ExecuteScalar<string?>($"SELECT username FROM users WHERE id = @uid AND active = 1 {db.Dialect.ForShare}", new { uid }, tx)
                ?? throw new ArgumentException("That reviewer does not exist or is deactivated.", nameof(userId));
        var now = clock.GetUtcNow();
        var changed = 0;
        // Locked one by one in id order, like every write that locks several claims.
        foreach (var id in claimIds.Distinct().Order())
        {
            var before = Get(c, tx, id, db.Dialect.ForUpdate);
            if (before is null || before.AssigneeId == userId) continue;
            var status = (userId, before.Status) switch
            {
                (not null, ClaimStatus.Open) => ClaimStatus.InReview,
                (null, ClaimStatus.InReview) when before.Verdict is null => ClaimStatus.Open,
                _ => before.Status,
            };
            c.Execute("""
                UPDATE claims SET assignee_id = @userId, status = @status, version = version + 1, updated_at = @now WHERE id = @id
                """, new { id, userId, status = status.ToString(), now }, tx);
            AuditLog.Write(c, tx, now, actor, "claim", id, before.ArticleId, "assigned",
                new { assignee = before.Assignee, status = before.Status.ToString() }, new { assignee = username, status = status.ToString() });
            changed++;
        }
        tx.Commit();
        return changed;
    }

    /// <summary>
    /// Assigns every open claim of an article: without a verdict, in review or sent back. A claim whose verdict is proposed,
    /// approved or published keeps the reviewer who ruled on it. Returns how many claims changed hands.
    /// </summary>
    public int AssignArticle(long articleId, long? userId, string actor) =>
        Assign(ListByArticle(articleId).Where(c => c.Status is ClaimStatus.Open or ClaimStatus.InReview or ClaimStatus.SentBack).Select(c => c.Id).ToList(), userId, actor);

    /// <summary>An editor approves a proposed verdict.</summary>
    /// <param name="refuse">
    /// Why the verdict cannot be approved as it stands (null: it can), asked inside the write transaction so that
    /// nothing it reads (the claim's sources) changes before the approval is saved. Roles and rules are
    /// <see cref="ReviewWorkflow"/>'s.
    /// </param>
    public SaveResult<Claim> Approve(long id, int expectedVersion, string actor, Func<Claim, string?>? refuse = null)
    {
        var current = Get(id);
        if (current is null) return SaveResult<Claim>.NotFound();
        if (current.Version != expectedVersion) return SaveResult<Claim>.Conflict(current);
        if (current.Status != ClaimStatus.Proposed)
            return SaveResult<Claim>.Invalid(current.Status switch
            {
                ClaimStatus.Approved => "This verdict is already approved.",
                ClaimStatus.Published => "This verdict is published: reopen it for correction to change it.",
                ClaimStatus.SentBack => "This verdict was sent back: the reviewer has to propose it again first.",
                _ => "Only a proposed verdict can be approved, and this claim has no verdict yet.",
            });
        return Save(id, expectedVersion, """
            UPDATE claims SET status = 'Approved', version = version + 1, updated_at = @now
            WHERE id = @id AND version = @expectedVersion AND status = 'Proposed'
            """, new { }, actor, "approved", c => new { Status = c.Status.ToString(), c.Verdict }, refuse: refuse ?? (_ => null));
    }

    /// <summary>An editor sends a verdict back to the reviewer with a comment saying what to change.</summary>
    public SaveResult<Claim> SendBack(long id, int expectedVersion, string comment, string actor)
    {
        if (string.IsNullOrWhiteSpace(comment))
            return SaveResult<Claim>.Invalid("Say what the reviewer should change: a comment is required to send a verdict back.");
        if (comment.Trim().Length > CommentStore.MaxLength)
            return SaveResult<Claim>.Invalid($"A comment can have at most {CommentStore.MaxLength:N0} characters.");
        var current = Get(id);
        if (current is null) return SaveResult<Claim>.NotFound();
        if (current.Version != expectedVersion) return SaveResult<Claim>.Conflict(current);
        if (current.Status is not (ClaimStatus.Proposed or ClaimStatus.Approved))
            return SaveResult<Claim>.Invalid(current.Status == ClaimStatus.Published
                ? "This verdict is published: reopen it for correction instead."
                : "Only a proposed or approved verdict can be sent back.");
        return Save(id, expectedVersion, """
            UPDATE claims SET status = 'SentBack', version = version + 1, updated_at = @now
            WHERE id = @id AND version = @expectedVersion AND status IN ('Proposed', 'Approved')
            """, new { }, actor, "sent back", c => new { Status = c.Status.ToString(), c.Verdict },
            (c, tx, claim, now) => CommentStore.Insert(c, tx, claim, actor, comment.Trim(), CommentKind.SentBack, now), refuse: _ => null);
    }

    /// <summary>
    /// The correction path for a published verdict: an editor reopens it with the reason, the reviewer revises it (it is
    /// in their queue as sent back), an editor approves it, and the next published version lists the correction.
    /// </summary>
    public SaveResult<Claim> ReopenForCorrection(long id, int expectedVersion, string reason, string actor)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return SaveResult<Claim>.Invalid("Say what needs correcting: a reason is required to reopen a published verdict.");
        if (reason.Trim().Length > CommentStore.MaxLength)
            return SaveResult<Claim>.Invalid($"A reason can have at most {CommentStore.MaxLength:N0} characters.");
        var current = Get(id);
        if (current is null) return SaveResult<Claim>.NotFound();
        if (current.Version != expectedVersion) return SaveResult<Claim>.Conflict(current);
        if (current.Status != ClaimStatus.Published)
            return SaveResult<Claim>.Invalid("Only a published verdict is reopened for correction; send back an unpublished one instead.");
        return Save(id, expectedVersion, """
            UPDATE claims SET status = 'SentBack', version = version + 1, updated_at = @now
            WHERE id = @id AND version = @expectedVersion AND status = 'Published'
            """, new { }, actor, "reopened for correction", c => new { Status = c.Status.ToString(), c.Verdict },
            (c, tx, claim, now) => CommentStore.Insert(c, tx, claim, actor, reason.Trim(), CommentKind.SentBack, now), refuse: _ => null);
    }

    /// <summary>
    /// The people whose verdict is the current one on each claim with a verdict, and the editors who approved the
    /// current verdicts, read from the audit trail (changes recorded without a name are left out).
    /// </summary>
    public ReviewCredits Credits(long articleId)
    {
        using var c = db.Open();
        var rows = c.Query<(long Id, long ClaimId, string Actor, string Action, DateTimeOffset At)>("""
            SELECT l.id, l.entity_id, l.actor, l.action, l.at FROM audit_log l
            JOIN claims cl ON cl.id = l.entity_id
            WHERE l.article_id = @articleId AND l.entity = 'claim' AND l.action IN ('verdict', 'approved') AND cl.verdict IS NOT NULL
            ORDER BY l.id
            """, new { articleId }).ToList();
        var lastVerdict = rows.Where(r => r.Action == "verdict").GroupBy(r => r.ClaimId).ToDictionary(g => g.Key, g => g.Last());
        rows = rows.Where(r => r.Actor != Anonymous).ToList();
        // An approval counts only if it came after the verdict it approved.
        var approvals = rows.Where(r => r.Action == "approved" && (!lastVerdict.TryGetValue(r.ClaimId, out var v) || v.Id < r.Id)).ToList();
        return new ReviewCredits(
            lastVerdict.Values.Select(r => r.Actor).Where(a => a != Anonymous).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList(),
            approvals.Select(r => r.Actor).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList(),
            approvals.Count == 0 ? null : approvals.Max(r => r.At));
    }

    /// <summary>How many claims wait in a reviewer's queue (<see cref="AssignedTo"/> without loading them).</summary>
    public int AssignedCount(long userId)
    {
        using var c = db.Open();
        return c.ExecuteScalar<int>("SELECT COUNT(*) FROM claims WHERE assignee_id = @userId AND status NOT IN ('Approved', 'Published')", new { userId });
    }

    /// <summary>What is assigned to a reviewer and not yet approved: sent-back claims first, then by article.</summary>
    public IReadOnlyList<QueueItem> AssignedTo(long userId)
    {
        using var c = db.Open();
        var claims = c.Query<ClaimRow>($"""
            SELECT {Columns} FROM claims
            WHERE assignee_id = @userId AND status NOT IN ('Approved', 'Published')
            ORDER BY CASE status WHEN 'SentBack' THEN 0 WHEN 'InReview' THEN 1 WHEN 'Open' THEN 1 ELSE 2 END, article_id DESC, span_start
            """, new { userId }).Select(r => r.ToClaim()).ToList();
        var titles = c.Query<(long Id, string Title)>($"SELECT id, title FROM articles WHERE {db.Dialect.InList("id", "ids")}",
            new { ids = claims.Select(x => x.ArticleId).Distinct().ToList() }).ToDictionary(r => r.Id, r => r.Title);
        return claims.Select(x => new QueueItem(x, titles.GetValueOrDefault(x.ArticleId, ""))).ToList();
    }
}
