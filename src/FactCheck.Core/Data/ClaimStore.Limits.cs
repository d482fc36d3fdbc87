using System.Data;
using Dapper;
using System.Data.Common;

namespace FactCheck.Core.Data;

/// <summary>Counting an article's claims, for the cap on claims per article (<see cref="Reviews.ClaimCap"/>).</summary>
public sealed partial class ClaimStore
{
    public int CountByArticle(long articleId)
    {
        using var c = db.Open();
        return CountIn(c, null, articleId);
    }

    // Counted inside the adding transaction under the article's lock (LockArticle), so that two reviewers adding at once
    // cannot pass the cap together.
    private static int CountIn(DbConnection c, IDbTransaction? tx, long articleId) =>
        c.ExecuteScalar<int>("SELECT COUNT(*) FROM claims WHERE article_id = @articleId", new { articleId }, tx);
}
