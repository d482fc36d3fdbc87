using Dapper;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Reviews;
using FactCheck.Core.Tests.Data;

namespace FactCheck.Core.Tests.Workflow;

public class CommentStoreTests : IDisposable
{
    private readonly StoreFixture f;

    public CommentStoreTests() : this(DatabaseProvider.Sqlite) { }

    private readonly UserStore users;
    private readonly CommentStore comments;

    /// <summary>For <see cref="CommentStoreTestsOnPostgres"/>: the same tests on PostgreSQL.</summary>
    protected CommentStoreTests(DatabaseProvider provider)
    {
        f = new(provider);
        users = new UserStore(f.Temp.Db, f.Clock);
        comments = new CommentStore(f.Temp.Db, f.Clock);
    }

    public void Dispose() => f.Dispose();

    [Fact]
    public void Comments_are_listed_in_order_with_author_time_and_mentions_of_real_users()
    {
        var ana = users.Create("ana.b", Role.Reviewer, "a long enough password");
        users.Create("ben", Role.Editor, "a long enough password");
        var claimId = f.Claims.ListByArticle(f.CreateArticle())[0].Id;

        var first = comments.Add(claimId, "ben", "@ana.b, can you check the 1,204 figure? Also ask @nobody and mail x@ana.b");
        f.Clock.Now = f.Clock.Now.AddMinutes(5);
        comments.Add(claimId, "ana.b", "On it (@BEN).");

        var list = comments.ListByClaim(claimId);
        Assert.Equal(["ben", "ana.b"], list.Select(c => c.Author));
        Assert.Equal(["ana.b"], list[0].Mentions);      // unknown names and e-mail addresses are not mentions
        Assert.Equal(["ben"], list[1].Mentions);         // names match whatever the case
        Assert.True(list[1].CreatedAt > list[0].CreatedAt);

        var mentions = comments.MentionsOf(ana.Id);
        Assert.Equal(first.Id, Assert.Single(mentions).Comment.Id);
        Assert.Equal("Floods in Campo Sereno", mentions[0].ArticleTitle);
        Assert.Equal(1, comments.UnseenMentions(ana.Id));
        comments.MarkSeen(ana.Id, first.Id);
        Assert.Equal(0, comments.UnseenMentions(ana.Id));
        Assert.True(comments.MentionsOf(ana.Id)[0].Seen);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    public void An_empty_comment_is_refused(string body)
    {
        var claimId = f.Claims.ListByArticle(f.CreateArticle())[0].Id;
        Assert.Equal("Write something before posting a comment. (Parameter 'body')", Assert.Throws<ArgumentException>(() => comments.Add(claimId, "ben", body)).Message);
    }

    [Fact]
    public void A_huge_comment_or_a_deleted_claim_is_refused_with_a_message_and_nothing_is_stored()
    {
        var claimId = f.Claims.ListByArticle(f.CreateArticle())[0].Id;
        Assert.Contains("at most 10,000 characters", Assert.Throws<ArgumentException>(() => comments.Add(claimId, "ben", new string('x', 10_001))).Message);
        f.Claims.Delete(claimId, "ben");
        Assert.Contains("no longer exists", Assert.Throws<ArgumentException>(() => comments.Add(claimId, "ben", "Hello")).Message);
        using var c = f.Temp.Db.Open();
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM comments"));
    }

    [Fact]
    public void Hostile_text_is_stored_as_written()
    {
        var claimId = f.Claims.ListByArticle(f.CreateArticle())[0].Id;
        const string body = "<script>alert(1)</script> [x](javascript:alert(1)) '; DROP TABLE claims; --";
        Assert.Equal(body, comments.Add(claimId, "ben", body).Body);
        Assert.NotNull(f.Claims.Get(claimId));
    }
}

/// <summary>Every test of <see cref="CommentStoreTests"/>, on PostgreSQL.</summary>
public sealed class CommentStoreTestsOnPostgres() : CommentStoreTests(DatabaseProvider.Postgres);
