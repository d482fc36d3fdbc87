using Dapper;
using FactCheck.Core.Reviews;

namespace FactCheck.Core.Data;

/// <summary>An article with its text cut into the parts the workbench shows one at a time.</summary>
public sealed record ArticleText(Article Article, IReadOnlyList<TextPart> Parts);

/// <summary>
/// The articles open in workbenches, held once for everyone: fifty reviewers on one article share one copy of its text
/// and its parts instead of fifty. Bounded by count and by characters (least recently used out first); an entry is
/// checked against the article's <c>updated_at</c> on every use, so a deleted or changed article is never served stale.
/// </summary>
public sealed class ArticleTextCache(Database db, ArticleStore articles)
{
    public const int MaxArticles = 64;
    public const long MaxChars = 32_000_000;

    private readonly Lock gate = new();
    private readonly LinkedList<(long Id, ArticleText Text)> recent = new();
    private long chars;

    public ArticleText? Get(long id)
    {
        DateTimeOffset? updated;
        using (var c = db.Open())
            updated = c.QuerySingleOrDefault<DateTimeOffset?>("SELECT updated_at FROM articles WHERE id = @id", new { id });
        lock (gate)
        {
            var node = Find(id);
            if (node is not null && updated is not null && node.Value.Text.Article.UpdatedAt == updated)
            {
                recent.Remove(node);
                recent.AddFirst(node);
                return node.Value.Text;
            }
            if (node is not null) Drop(node);
        }
        if (updated is null || articles.Get(id) is not { } article) return null;
        var text = new ArticleText(article, TextParts.Cut(article.Text, TextHighlighter.BlocksOf(article)));
        lock (gate)
        {
            if (Find(id) is { } raced) Drop(raced);
            recent.AddFirst((id, text));
            chars += article.Text.Length;
            while (recent.Count > 1 && (recent.Count > MaxArticles || chars > MaxChars)) Drop(recent.Last!);
        }
        return text;
    }

    private LinkedListNode<(long Id, ArticleText Text)>? Find(long id)
    {
        for (var n = recent.First; n is not null; n = n.Next)
            if (n.Value.Id == id) return n;
        return null;
    }

    private void Drop(LinkedListNode<(long Id, ArticleText Text)> node)
    {
        chars -= node.Value.Text.Article.Text.Length;
        recent.Remove(node);
    }
}
