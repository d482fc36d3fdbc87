namespace FactCheck.Core.Reviews;

/// <summary>
/// The claim rows of the articles open in workbenches, held once for everyone. Every page still reads its article's rows
/// from the store (it never shows stale ones), then keeps, for each row equal to one already held for that article, the
/// held one: fifty reviewers on a 300-claim article share one set of rows and their strings instead of holding fifty.
/// Held weakly: an article's rows go with the last page that shows them.
/// </summary>
public sealed class ClaimSummaryPool
{
    private readonly Lock gate = new();
    private readonly Dictionary<long, WeakReference<ClaimSummary[]>> byArticle = [];

    /// <summary>
    /// The rows just read for an article, as shared instances: the held array itself when nothing changed, else a new
    /// array that reuses every unchanged row (and becomes the one held). Callers must not change the array.
    /// </summary>
    public ClaimSummary[] Share(long articleId, IReadOnlyList<ClaimSummary> loaded)
    {
        lock (gate)
        {
            var held = byArticle.TryGetValue(articleId, out var weak) && weak.TryGetTarget(out var h) ? h : [];
            if (held.Length == loaded.Count && held.Select((row, i) => Same(row, loaded[i])).All(same => same)) return held;
            var byId = held.ToDictionary(row => row.Id);
            var shared = loaded.Select(row => byId.TryGetValue(row.Id, out var known) && Same(known, row) ? known : row).ToArray();
            if (byArticle.Count >= 256) Sweep();
            byArticle[articleId] = new WeakReference<ClaimSummary[]>(shared);
            return shared;
        }
    }

    /// <summary>How many articles have rows held (for tests).</summary>
    public int HeldArticles
    {
        get
        {
            lock (gate) return byArticle.Values.Count(w => w.TryGetTarget(out _));
        }
    }

    private void Sweep()
    {
        foreach (var (id, weak) in byArticle.ToList())
            if (!weak.TryGetTarget(out _)) byArticle.Remove(id);
    }

    // Field by field: the record's own equality compares the figure list by reference.
    private static bool Same(ClaimSummary a, ClaimSummary b) =>
        a.Id == b.Id && a.Kind == b.Kind && a.Span == b.Span && a.Status == b.Status && a.Statement == b.Statement &&
        a.SpeakerName == b.SpeakerName && a.Verdict == b.Verdict && a.Assignee == b.Assignee && a.FigureTexts.SequenceEqual(b.FigureTexts);
}
