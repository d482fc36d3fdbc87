using FactCheck.Core.Data;

namespace FactCheck.Core.Tests.Data;

/// <summary>The history panels speak in words, not in stored values.</summary>
public class AuditWordingTests
{
    private static AuditEntry Entry(string entity, string action, string? old, string? @new, long id = 13) => new()
    {
        Actor = "rob", Entity = entity, EntityId = id, ArticleId = 1, Action = action, OldValue = old, NewValue = @new,
    };

    [Fact]
    public void Statuses_are_written_as_the_workbench_shows_them()
    {
        var e = Entry("claim", "verdict", """{"verdict":null,"explanation":null,"status":"InReview"}""", """{"verdict":"False","explanation":"The bulletin says 12%.","status":"Proposed"}""");
        Assert.Equal("set the verdict of claim 13", AuditWording.Describe(e));
        var change = AuditWording.Changes(e);
        Assert.Contains("status: “In review” → “Verdict proposed”", change, StringComparison.Ordinal);
        Assert.DoesNotContain("InReview", change, StringComparison.Ordinal);

        var back = Entry("claim", "sent back", """{"status":"Proposed","verdict":"False"}""", """{"status":"SentBack","verdict":"False"}""");
        Assert.Equal("sent the verdict of claim 13 back", AuditWording.Describe(back));
        Assert.Equal("status: “Verdict proposed” → “Sent back”", AuditWording.Changes(back));
    }

    [Fact]
    public void Comments_show_who_was_mentioned_and_no_ids()
    {
        var e = Entry("claim", "comment", null, """{"body":"@ana can you check the bulletin?","mentions":["ana"]}""");
        Assert.Equal("commented on claim 13", AuditWording.Describe(e));
        Assert.Equal("comment: “@ana can you check the bulletin?”; mentioned @ana", AuditWording.Changes(e));

        var cited = Entry("evidence", "added", null, """{"claimId":13,"url":"https://example.org/b","passage":"12% of customers","stance":"Contradicts"}""", id: 4);
        var change = AuditWording.Changes(cited);
        Assert.DoesNotContain("claimId", change, StringComparison.Ordinal);
        Assert.DoesNotContain("13", change, StringComparison.Ordinal);
        Assert.Contains("stance: “Contradicts”", change, StringComparison.Ordinal);
        Assert.Contains("source: “https://example.org/b”", change, StringComparison.Ordinal);
    }

    [Fact]
    public void Assignments_and_kinds_read_as_words()
    {
        var e = Entry("claim", "assigned", """{"assignee":null,"status":"Open"}""", """{"assignee":"rob","status":"InReview"}""");
        Assert.Equal("assigned claim 13", AuditWording.Describe(e));
        Assert.Equal("assigned to: — → “rob”; status: “Open” → “In review”", AuditWording.Changes(e));
        var edited = Entry("claim", "edited", """{"statement":"A","kind":"Figure","speaker":null}""", """{"statement":"A","kind":"Fact","speaker":null}""");
        Assert.Equal("kind: “a figure” → “a fact”", AuditWording.Changes(edited));
    }
}
