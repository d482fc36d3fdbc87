using System.Text.RegularExpressions;
using Dapper;
using FactCheck.Core.Reviews;

namespace FactCheck.Core.Data;

/// <summary>One row of the verdict scale as an administrator edits it; <see cref="OriginalLabel"/> is null for a new verdict.</summary>
public sealed record VerdictEdit(string? OriginalLabel, string Label, int? Rank, bool NeedsSource, string Color, string Description);

/// <summary>
/// The verdict scale administrators manage: labels, order, colours, place on the truth scale and which need a source.
/// Until one is saved the default scale from PRODUCT.md applies. Renaming a label renames it on the claims that carry it.
/// </summary>
public sealed partial class VerdictScaleStore(Database db, TimeProvider clock)
{
    public const int MaxLabelLength = 40;

    /// <summary>
    /// How long a PostgreSQL instance trusts the scale it read: another instance may have saved a new one. A single
    /// SQLite instance makes every change itself, so its copy is good until it saves.
    /// </summary>
    public static readonly TimeSpan SharedCacheLifetime = TimeSpan.FromSeconds(2);

    private volatile Cached? cached;

    private sealed record Cached(VerdictScale Scale, long At);

    public VerdictScale Current()
    {
        if (cached is { } hit && (db.Provider == DatabaseProvider.Sqlite || Environment.TickCount64 - hit.At < SharedCacheLifetime.TotalMilliseconds))
            return hit.Scale;
        using var c = db.Open();
        var rows = c.Query<Row>("SELECT label, rank, needs_source, color, description FROM verdict_scale ORDER BY ordinal").ToList();
        var scale = rows.Count == 0 ? VerdictScale.Default
            : new VerdictScale(rows.Select(r => new Verdict(r.Label, r.Rank, r.NeedsSource, r.Color, r.Description)).ToList());
        cached = new Cached(scale, Environment.TickCount64);
        return scale;
    }

    /// <returns>Null when saved, otherwise what to correct; nothing is changed then.</returns>
    public string? Save(IReadOnlyList<VerdictEdit> rows, string actor)
    {
        if (Validate(rows) is { } problem) return problem;
        var before = Current();
        var now = clock.GetUtcNow();
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        // The scale is deleted and inserted whole: two saves take turns.
        db.Dialect.Lock(c, tx, WriteLock.VerdictScale);
        var kept = rows.Where(r => r.OriginalLabel is not null).Select(r => r.OriginalLabel!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var removed in before.Verdicts.Where(v => !kept.Contains(v.Label)))
        {
            var uses = c.ExecuteScalar<int>("SELECT COUNT(*) FROM claims WHERE verdict = @label COLLATE NOCASE", new { label = removed.Label }, tx);
            if (uses > 0)
                return $"{uses:N0} claim{(uses == 1 ? " has" : "s have")} the verdict '{removed.Label}': give them another verdict before removing it, or rename it instead.";
        }
        foreach (var renamed in rows.Where(r => r.OriginalLabel is not null && r.OriginalLabel != r.Label.Trim()))
        {
            // Each renamed claim gets a new version and, like every version change of a claim, its own audit row.
            var label = renamed.Label.Trim();
            // Locked in id order, like every write that locks several claims; a claim whose verdict changed meanwhile is left out.
            foreach (var (id, articleId) in c.Query<(long Id, long ArticleId)>(
                         $"SELECT id, article_id FROM claims WHERE verdict = @original COLLATE NOCASE ORDER BY id {db.Dialect.ForUpdate}", new { original = renamed.OriginalLabel }, tx).ToList())
            {
                c.Execute("UPDATE claims SET verdict = @label, version = version + 1, updated_at = @now WHERE id = @id", new { label, now, id }, tx);
                AuditLog.Write(c, tx, now, actor, "claim", id, articleId, "verdict renamed", new { Verdict = renamed.OriginalLabel }, new { Verdict = label });
            }
        }
        c.Execute("DELETE FROM verdict_scale", transaction: tx);
        var ordinal = 0;
        foreach (var r in rows)
            c.Execute("""
                INSERT INTO verdict_scale (ordinal, label, rank, needs_source, color, description)
                VALUES (@ordinal, @label, @rank, @needsSource, @color, @description)
                """, new { ordinal = ++ordinal, label = r.Label.Trim(), rank = r.Rank, needsSource = r.NeedsSource, color = r.Color.Trim().ToLowerInvariant(), description = r.Description?.Trim() ?? "" }, tx);
        AuditLog.Write(c, tx, now, actor, "verdict scale", 0, null, "changed",
            before.Verdicts.Select(v => new { v.Label, v.Rank, v.NeedsSource, v.Color }),
            rows.Select(r => new { Label = r.Label.Trim(), r.Rank, r.NeedsSource, r.Color }));
        tx.Commit();
        cached = null;
        return null;
    }

    private static string? Validate(IReadOnlyList<VerdictEdit> rows)
    {
        if (rows.Count < 2) return "A verdict scale needs at least two verdicts.";
        if (rows.Count > 30) return "A verdict scale can have at most 30 verdicts.";
        foreach (var r in rows)
        {
            if (string.IsNullOrWhiteSpace(r.Label)) return "Every verdict needs a label.";
            if (r.Label.Trim().Length > MaxLabelLength) return $"'{r.Label.Trim()[..20]}…' is too long: a label has at most {MaxLabelLength} characters.";
            if (!ColorPattern().IsMatch(r.Color?.Trim() ?? "")) return $"'{r.Label.Trim()}': the colour must be written like #2e7d32.";
            if (r.Rank is < 1 or > 100) return $"'{r.Label.Trim()}': a place on the scale is a number from 1 (worst) to 100, or empty for verdicts off the scale.";
        }
        if (rows.GroupBy(r => r.Label.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return $"The label '{twice.Key}' appears twice.";
        var ranked = rows.Where(r => r.Rank is not null).ToList();
        if (ranked.Count < 2) return "At least two verdicts need a place on the scale (ClaimReview's best and worst rating).";
        if (ranked.GroupBy(r => r.Rank).FirstOrDefault(g => g.Count() > 1) is { } same)
            return $"'{same.First().Label.Trim()}' and '{same.Skip(1).First().Label.Trim()}' have the same place on the scale ({same.Key}).";
        return null;
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColorPattern();

    private sealed class Row
    {
        public string Label { get; set; } = "";
        public int? Rank { get; set; }
        public bool NeedsSource { get; set; }
        public string Color { get; set; } = "";
        public string Description { get; set; } = "";
    }
}
