using FactCheck.Core.Data;

namespace FactCheck.Core.Reviews;

/// <summary>A reviewer's queue, one group per article: the title once, then its claims in queue order.</summary>
public sealed record QueueGroup(long ArticleId, string ArticleTitle, IReadOnlyList<Claim> Claims)
{
    public int SentBack => Claims.Count(c => c.Status == ClaimStatus.SentBack);
}

/// <summary>Which part of the queue to show: a status (null for all) and words to find in the claim or the article title.</summary>
public sealed record QueueFilter(ClaimStatus? Status = null, string? Words = null);

public static class QueueGroups
{
    /// <summary>
    /// Groups the queue by article, keeping the queue's order inside each group; articles with sent-back verdicts come
    /// first, then the others in the order their first claim had in the queue.
    /// </summary>
    public static IReadOnlyList<QueueGroup> Group(IReadOnlyList<QueueItem> queue, QueueFilter? filter = null)
    {
        var words = filter?.Words?.Trim();
        var groups = new List<QueueGroup>();
        var byArticle = new Dictionary<long, (string Title, List<Claim> Claims)>();
        var order = new List<long>();
        foreach (var item in queue)
        {
            var c = item.Claim;
            if (filter?.Status is { } status && c.Status != status) continue;
            if (!string.IsNullOrEmpty(words) && !c.Statement.Contains(words, StringComparison.OrdinalIgnoreCase)
                && !item.ArticleTitle.Contains(words, StringComparison.OrdinalIgnoreCase)) continue;
            if (!byArticle.TryGetValue(c.ArticleId, out var group))
            {
                byArticle[c.ArticleId] = group = (item.ArticleTitle, []);
                order.Add(c.ArticleId);
            }
            group.Claims.Add(c);
        }
        foreach (var id in order) groups.Add(new QueueGroup(id, byArticle[id].Title, byArticle[id].Claims));
        return [.. groups.OrderByDescending(g => g.SentBack > 0)];
    }
}
