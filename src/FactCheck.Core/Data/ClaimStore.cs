using System.Data;
using Dapper;
using FactCheck.Core.Extraction;
using FactCheck.Core.Reviews;
using FactCheck.Core.Text;
using System.Data.Common;

namespace FactCheck.Core.Data;

/// <summary>Claims and their verdicts. Every save names the version it was based on; a stale save is refused, never applied.</summary>
public sealed partial class ClaimStore(Database db, TimeProvider clock)
{
    /// <summary>Who a change is recorded as when the caller does not say (no accounts yet).</summary>
    public const string Anonymous = "anonymous";

    private const string Columns = """
        id, article_id, ordinal, kind, statement, span_start, span_end, speaker_name, speaker_mention, cue,
        direct, content_json, figures_json, sourced, check_worthiness, origin, status, verdict, explanation,
        attribution_check, version, updated_at, assignee_id, (SELECT u.username FROM users u WHERE u.id = claims.assignee_id) AS assignee
        """;

    public IReadOnlyList<Claim> ListByArticle(long articleId)
    {
        using var c = db.Open();
        return c.Query<ClaimRow>($"SELECT {Columns} FROM claims WHERE article_id = @articleId ORDER BY span_start, ordinal",
            new { articleId }).Select(r => r.ToClaim()).ToList();
    }

    /// <summary>The article's claims as a list shows them, in text order, without what only an opened claim needs.</summary>
    public IReadOnlyList<ClaimSummary> ListSummaries(long articleId)
    {
        using var c = db.Open();
        return c.Query<SummaryRow>("""
            SELECT id, kind, statement, span_start, span_end, speaker_name, figures_json, status, verdict,
                   (SELECT u.username FROM users u WHERE u.id = claims.assignee_id) AS assignee
            FROM claims WHERE article_id = @articleId ORDER BY span_start, ordinal
            """, new { articleId }).Select(r => r.ToSummary()).ToList();
    }

    /// <summary>How many claims carry each verdict, across all articles.</summary>
    public IReadOnlyDictionary<string, int> VerdictCounts()
    {
        using var c = db.Open();
        return c.Query<(string Verdict, int Count)>("SELECT verdict, COUNT(*) FROM claims WHERE verdict IS NOT NULL GROUP BY verdict")
            .ToDictionary(r => r.Verdict, r => r.Count, StringComparer.OrdinalIgnoreCase);
    }

    public Claim? Get(long id)
    {
        using var c = db.Open();
        return Get(c, null, id);
    }

    public SaveResult<Claim> Edit(long id, int expectedVersion, ClaimEdit edit, string actor = Anonymous)
    {
        if (string.IsNullOrWhiteSpace(edit.Statement))
            return SaveResult<Claim>.Invalid("The statement cannot be empty: write the claim as it should read on its own.");
        if ((FieldLimits.Check(edit.Statement.Trim(), FieldLimits.Statement, "statement") ?? FieldLimits.Check(edit.SpeakerName?.Trim(), FieldLimits.Speaker, "speaker's name")) is { } tooLong)
            return SaveResult<Claim>.Invalid(tooLong);
        return Save(id, expectedVersion, """
            UPDATE claims SET statement = @statement, kind = @kind, speaker_name = @speaker,
                   version = version + 1, updated_at = @now
            WHERE id = @id AND version = @expectedVersion
            """, new { statement = edit.Statement.Trim(), kind = edit.Kind.ToString(), speaker = Blank(edit.SpeakerName) },
            actor, "edited", c => new { c.Statement, Kind = c.Kind.ToString(), Speaker = c.SpeakerName });
    }

    /// <summary>Records (or clears, with a null verdict) the reviewer's verdict and explanation.</summary>
    /// <param name="attributionCheck">For an attribution, the finding on the quote saved with the verdict; null keeps the one recorded.</param>
    public SaveResult<Claim> SetVerdict(long id, int expectedVersion, string? verdict, string? explanation, string actor = Anonymous,
        AttributionCheck? attributionCheck = null)
    {
        if (FieldLimits.Check(explanation, FieldLimits.Explanation, "explanation") is { } tooLong) return SaveResult<Claim>.Invalid(tooLong);
        var status = verdict is null ? ClaimStatus.InReview : ClaimStatus.Proposed;
        return Save(id, expectedVersion, """
            UPDATE claims SET verdict = @verdict, explanation = @explanation, status = @status,
                   attribution_check = COALESCE(@check, attribution_check), version = version + 1, updated_at = @now
            WHERE id = @id AND version = @expectedVersion
            """, new { verdict = Blank(verdict), explanation, status = status.ToString(), check = attributionCheck?.ToString() },
            actor, "verdict", c => attributionCheck is null
                ? new { c.Verdict, c.Explanation, Status = c.Status.ToString() }
                : new { c.Verdict, c.Explanation, Status = c.Status.ToString(), AttributionCheck = c.AttributionCheck.ToString() },
            invalid: attributionCheck is { } check ? c => AttributionChecks.Refusal(c, check) : null);
    }

    /// <summary>
    /// Records, for an attribution, whether the quote is accurate and correctly attributed. The claim's status stays: this
    /// is part of the check, not a verdict.
    /// </summary>
    public SaveResult<Claim> SetAttributionCheck(long id, int expectedVersion, AttributionCheck check, string actor = Anonymous) =>
        Save(id, expectedVersion, """
            UPDATE claims SET attribution_check = @check, version = version + 1, updated_at = @now
            WHERE id = @id AND version = @expectedVersion
            """, new { check = check.ToString() },
            actor, "attribution check", c => new { AttributionCheck = c.AttributionCheck.ToString() },
            invalid: c => AttributionChecks.Refusal(c, check));

    /// <summary>
    /// Claims with a verdict become published; each gets a new version (so that open editors notice) and an audit row,
    /// like every other change of a claim's version.
    /// </summary>
    public int MarkPublished(long articleId, string actor = Anonymous)
    {
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        var now = clock.GetUtcNow();
        var published = 0;
        // Locked in id order, like every write that locks several claims (no two of them can wait on each other).
        foreach (var before in c.Query<ClaimRow>($"SELECT {Columns} FROM claims WHERE article_id = @articleId AND verdict IS NOT NULL ORDER BY id {db.Dialect.ForUpdate}",
                     new { articleId }, tx).Select(r => r.ToClaim()).ToList())
        {
            c.Execute("UPDATE claims SET status = 'Published', version = version + 1, updated_at = @now WHERE id = @id", new { id = before.Id, now }, tx);
            AuditLog.Write(c, tx, now, actor, "claim", before.Id, articleId, "published",
                new { Status = before.Status.ToString(), before.Verdict }, new { Status = nameof(ClaimStatus.Published), before.Verdict });
            published++;
        }
        tx.Commit();
        return published;
    }

    /// <returns>Null when deleted, otherwise why not (it no longer exists, or its verdict is approved or published).</returns>
    public string? Delete(long id, string actor = Anonymous)
    {
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        var before = Get(c, tx, id, db.Dialect.ForUpdate);
        if (before is null) return "This claim no longer exists: it was deleted.";
        if (ClaimLock.Reason(before.Status) is { } locked) return locked;
        if (c.Execute("DELETE FROM claims WHERE id = @id", new { id }, tx) != 1) return "This claim no longer exists: it was deleted.";
        AuditLog.Write(c, tx, clock.GetUtcNow(), actor, "claim", id, before.ArticleId, "deleted",
            new { before.Statement, Kind = before.Kind.ToString(), before.Verdict, before.Explanation }, null);
        tx.Commit();
        return null;
    }

    /// <summary>Adds a reviewer's own claim over words they selected in the article.</summary>
    /// <exception cref="ArgumentException">The statement or speaker is too long, or the article already has <paramref name="maxClaims"/> claims.</exception>
    public Claim AddManual(long articleId, TextSpan span, ClaimKind kind, string statement, string? speaker = null, string actor = Anonymous, int maxClaims = int.MaxValue)
    {
        FieldLimits.Require(statement.Trim(), FieldLimits.Statement, "statement", nameof(statement));
        FieldLimits.Require(speaker?.Trim(), FieldLimits.Speaker, "speaker's name", nameof(speaker));
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        LockArticle(c, tx, articleId);
        if (ClaimCap.Refusal(CountIn(c, tx, articleId), maxClaims) is { } full) throw new ArgumentException(full, nameof(articleId));
        var ordinal = c.ExecuteScalar<int>("SELECT COALESCE(MAX(ordinal), 0) + 1 FROM claims WHERE article_id = @articleId", new { articleId }, tx);
        var claim = new ExtractedClaim
        {
            Id = "manual", Kind = kind, Statement = statement.Trim(), Span = span, CheckWorthiness = 1,
            Speaker = string.IsNullOrWhiteSpace(speaker) ? null : new Speaker(speaker.Trim(), speaker.Trim(), span),
        };
        var now = clock.GetUtcNow();
        var id = Insert(c, tx, articleId, ordinal, claim, ClaimOrigin.Manual, now);
        AuditLog.Write(c, tx, now, actor, "claim", id, articleId, "added", null, new { claim.Statement, Kind = kind.ToString(), span.Start, span.End });
        tx.Commit();
        return Get(c, null, id)!;
    }

    /// <summary>
    /// Splits a claim at an offset inside its span: the first part keeps the claim (and its review),
    /// the second becomes a new open claim. Figures and content go with the part they fall in.
    /// </summary>
    public SaveResult<Claim> Split(long id, int expectedVersion, int at, string articleText, string actor = Anonymous, int maxClaims = int.MaxValue)
    {
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        // The article first, then the claim: the order every write that locks both keeps.
        if (c.ExecuteScalar<long?>("SELECT article_id FROM claims WHERE id = @id", new { id }, tx) is not { } articleId) return SaveResult<Claim>.NotFound();
        LockArticle(c, tx, articleId);
        var claim = Get(c, tx, id, db.Dialect.ForUpdate);
        if (claim is null) return SaveResult<Claim>.NotFound();
        if (claim.Version != expectedVersion) return SaveResult<Claim>.Conflict(claim);
        if (ClaimLock.Reason(claim.Status) is { } locked) return SaveResult<Claim>.Locked(locked);
        if (at <= claim.Span.Start || at >= claim.Span.End)
            return SaveResult<Claim>.Invalid("Split the claim at a point inside its words.");
        if (ClaimCap.Refusal(CountIn(c, tx, claim.ArticleId), maxClaims) is { } full) return SaveResult<Claim>.Invalid(full);
        var first = new TextSpan(claim.Span.Start, at);
        var second = new TextSpan(at, claim.Span.End);
        var now = clock.GetUtcNow();
        c.Execute("""
            UPDATE claims SET span_end = @end, statement = @statement, figures_json = @figures, content_json = @content,
                   version = version + 1, updated_at = @now
            WHERE id = @id
            """, new
        {
            id, end = at, statement = SplitStatement.First(first.Slice(articleText)), now,
            figures = StoredJson.Write(claim.Figures.Where(f => f.Span.Start < at).ToList()),
            content = StoredJson.Write(Clip(claim.Content, first)),
        }, tx);
        var ordinal = c.ExecuteScalar<int>("SELECT COALESCE(MAX(ordinal), 0) + 1 FROM claims WHERE article_id = @articleId", new { articleId = claim.ArticleId }, tx);
        AuditLog.Write(c, tx, now, actor, "claim", id, claim.ArticleId, "split",
            new { claim.Span.Start, claim.Span.End, claim.Statement }, new { Start = first.Start, End = first.End, SecondStart = second.Start });
        Insert(c, tx, claim.ArticleId, ordinal, new ExtractedClaim
        {
            Id = "split", Kind = claim.Kind, Statement = SplitStatement.Second(second.Slice(articleText), claim.Kind, claim.SpeakerName, claim.Cue), Span = second,
            Speaker = claim.SpeakerName is null ? null : new Speaker(claim.SpeakerName, claim.SpeakerMention ?? claim.SpeakerName, second),
            Cue = claim.Cue is null ? null : new Cue(claim.Cue, second),
            Direct = claim.Direct, Sourced = claim.Sourced, CheckWorthiness = claim.CheckWorthiness,
            Content = Clip(claim.Content, second),
            Figures = claim.Figures.Where(f => f.Span.Start >= at).ToList(),
        }, ClaimOrigin.Split, now);
        tx.Commit();
        return SaveResult<Claim>.Ok(Get(c, null, id)!);
    }

    internal static long Insert(DbConnection c, IDbTransaction tx, long articleId, int ordinal, ExtractedClaim claim, ClaimOrigin origin, DateTimeOffset now) =>
        c.ExecuteScalar<long>("""
            INSERT INTO claims (article_id, ordinal, kind, statement, span_start, span_end, speaker_name, speaker_mention,
                                cue, direct, content_json, figures_json, sourced, check_worthiness, origin, status,
                                version, created_at, updated_at)
            VALUES (@articleId, @ordinal, @kind, @statement, @start, @end, @speakerName, @speakerMention,
                    @cue, @direct, @content, @figures, @sourced, @worthiness, @origin, 'Open', 1, @now, @now)
            RETURNING id
            """,
            new
            {
                articleId, ordinal, kind = claim.Kind.ToString(), statement = claim.Statement,
                start = claim.Span.Start, end = claim.Span.End,
                speakerName = claim.Speaker?.Name, speakerMention = claim.Speaker?.Mention,
                cue = claim.Cue?.Text, direct = claim.Direct,
                content = StoredJson.Write(claim.Content ?? []), figures = StoredJson.Write(claim.Figures),
                sourced = claim.Sourced, worthiness = claim.CheckWorthiness, origin = origin.ToString(), now,
            }, tx);

    /// <param name="refuse">
    /// Why the claim as it is now cannot take this change (null: it can), in place of the lock check: its refusal is
    /// invalid, not locked. By default, a lock.
    /// </param>
    /// <param name="invalid">Why the claim as it is now cannot take this value (null: it can), checked after the lock.</param>
    private SaveResult<Claim> Save(long id, int expectedVersion, string sql, object values, string actor, string action, Func<Claim, object> audited,
        Action<DbConnection, IDbTransaction, Claim, DateTimeOffset>? alsoWrite = null, Func<Claim, string?>? refuse = null,
        Func<Claim, string?>? invalid = null)
    {
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        // The claim stays locked until commit: what is checked on it below still holds when the change is written, and
        // a save on another claim does not wait for this one.
        var before = Get(c, tx, id, db.Dialect.ForUpdate);
        // Checked inside the write transaction, after the version: a stale save is a conflict, a current one on a locked claim is refused.
        if (before is not null && before.Version == expectedVersion)
        {
            if (refuse is null && ClaimLock.Reason(before.Status) is { } locked) return SaveResult<Claim>.Locked(locked);
            if (refuse?.Invoke(before) is { } refused) return SaveResult<Claim>.Invalid(refused);
            if (invalid?.Invoke(before) is { } wrong) return SaveResult<Claim>.Invalid(wrong);
        }
        var now = clock.GetUtcNow();
        var parameters = new DynamicParameters(values);
        parameters.AddDynamicParams(new { id, expectedVersion, now });
        var changed = c.Execute(sql, parameters, tx);
        var current = Get(c, tx, id);
        if (changed == 1 && before is not null && current is not null)
        {
            AuditLog.Write(c, tx, now, actor, "claim", id, current.ArticleId, action, audited(before), audited(current));
            alsoWrite?.Invoke(c, tx, current, now);
        }
        tx.Commit();
        if (current is null) return SaveResult<Claim>.NotFound();
        return changed == 1 ? SaveResult<Claim>.Ok(current) : SaveResult<Claim>.Conflict(current);
    }

    /// <param name="lockClause">Empty to read, <see cref="SqlDialect.ForUpdate"/> to lock the claim until commit.</param>
    private static Claim? Get(DbConnection c, IDbTransaction? tx, long id, string lockClause = "") =>
        c.QuerySingleOrDefault<ClaimRow>($"SELECT {Columns} FROM claims WHERE id = @id {lockClause}", new { id }, tx)?.ToClaim();

    /// <summary>
    /// Locks an article's row until commit, for what is counted or numbered across its claims (the cap, the next
    /// ordinal). Taken before any claim's lock, so that two writers never wait on each other.
    /// </summary>
    internal static void LockArticle(DbConnection c, IDbTransaction tx, long articleId) =>
        c.Execute($"SELECT id FROM articles WHERE id = @articleId {SqlDialect.Of(c).ForUpdate}", new { articleId }, tx);

    private static List<TextSpan> Clip(IReadOnlyList<TextSpan> spans, TextSpan to) =>
        spans.Where(s => s.Overlaps(to))
             .Select(s => new TextSpan(Math.Max(s.Start, to.Start), Math.Min(s.End, to.End)))
             .ToList();

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private sealed class SummaryRow
    {
        public long Id { get; set; }
        public string Kind { get; set; } = "";
        public string Statement { get; set; } = "";
        public int SpanStart { get; set; }
        public int SpanEnd { get; set; }
        public string? SpeakerName { get; set; }
        public string? FiguresJson { get; set; }
        public string Status { get; set; } = "";
        public string? Verdict { get; set; }
        public string? Assignee { get; set; }

        public ClaimSummary ToSummary() => new()
        {
            Id = Id, Kind = Enum.Parse<ClaimKind>(Kind), Statement = Statement, Span = new TextSpan(SpanStart, SpanEnd),
            SpeakerName = SpeakerName, Status = Enum.Parse<ClaimStatus>(Status), Verdict = Verdict, Assignee = Assignee,
            // Only the words of the first figures: the rest of each figure is read when its claim is opened.
            FigureTexts = StoredJson.Read<List<FigureWords>>(FiguresJson, []).Take(ClaimSummary.MaxFigureTexts).Select(f => f.Text).ToList(),
        };
    }

    private sealed record FigureWords(string Text);

    private sealed class ClaimRow
    {
        public long Id { get; set; }
        public long ArticleId { get; set; }
        public int Ordinal { get; set; }
        public string Kind { get; set; } = "";
        public string Statement { get; set; } = "";
        public int SpanStart { get; set; }
        public int SpanEnd { get; set; }
        public string? SpeakerName { get; set; }
        public string? SpeakerMention { get; set; }
        public string? Cue { get; set; }
        public bool? Direct { get; set; }
        public string? ContentJson { get; set; }
        public string? FiguresJson { get; set; }
        public bool? Sourced { get; set; }
        public double CheckWorthiness { get; set; }
        public string Origin { get; set; } = "";
        public string Status { get; set; } = "";
        public string? Verdict { get; set; }
        public string? Explanation { get; set; }
        public string AttributionCheck { get; set; } = nameof(Reviews.AttributionCheck.NotChecked);
        public int Version { get; set; }
        public DateTimeOffset UpdatedAt { get; set; }
        public long? AssigneeId { get; set; }
        public string? Assignee { get; set; }

        public Claim ToClaim() => new()
        {
            Id = Id, ArticleId = ArticleId, Ordinal = Ordinal, Kind = Enum.Parse<ClaimKind>(Kind),
            Statement = Statement, Span = new TextSpan(SpanStart, SpanEnd),
            SpeakerName = SpeakerName, SpeakerMention = SpeakerMention, Cue = Cue, Direct = Direct,
            Content = StoredJson.Read<List<TextSpan>>(ContentJson, []),
            Figures = StoredJson.Read<List<Figure>>(FiguresJson, []),
            Sourced = Sourced, CheckWorthiness = CheckWorthiness,
            Origin = Enum.Parse<ClaimOrigin>(Origin), Status = Enum.Parse<ClaimStatus>(Status),
            Verdict = Verdict, Explanation = Explanation, Version = Version, UpdatedAt = UpdatedAt,
            AttributionCheck = Enum.Parse<AttributionCheck>(AttributionCheck),
            AssigneeId = AssigneeId, Assignee = Assignee,
        };
    }
}
