using System.Text.Json;
using Dapper;
using FactCheck.Core.Data;
using FactCheck.Core.Extraction;
using FactCheck.Core.Reviews;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Data;

public class AuditLogTests : IDisposable
{
    private readonly StoreFixture f;

    public AuditLogTests() : this(DatabaseProvider.Sqlite) { }

    private readonly AuditLog audit;

    /// <summary>For <see cref="AuditLogTestsOnPostgres"/>: the same tests on PostgreSQL.</summary>
    protected AuditLogTests(DatabaseProvider provider)
    {
        f = new(provider);
        audit = new AuditLog(f.Temp.Db);
    }

    public void Dispose() => f.Dispose();

    [Fact]
    public void Every_kind_of_change_is_recorded_with_who_when_and_old_and_new_values()
    {
        var id = f.Articles.Create(new ArticleDraft { Text = StoreFixture.Text }, "Floods", StoreFixture.Extraction(), "ana");
        var claim = f.Claims.ListByArticle(id)[0];
        f.Clock.Now = f.Clock.Now.AddMinutes(1);
        claim = f.Claims.Edit(claim.Id, claim.Version, new ClaimEdit("Ruiz said 1,204 homes flooded.", ClaimKind.Figure, "Ana Ruiz"), "ben").Value!;
        claim = f.Claims.SetVerdict(claim.Id, claim.Version, "False", "Bulletin says 1,190.", "ben").Value!;
        var e = f.Evidence.Add(claim.Id, new EvidenceDraft { Url = "https://stats.example.gov/b", Passage = "1,190" }, "ben");
        f.Evidence.Delete(e.Id, "cy");
        var manual = f.Claims.AddManual(id, new TextSpan(47, 62), ClaimKind.Fact, "The river peaked", actor: "cy");
        f.Claims.Split(claim.Id, claim.Version, 20, StoreFixture.Text, "cy");
        f.Claims.Delete(manual.Id, "cy");
        f.Articles.UpdateMethodology(id, "Checked against bulletins.", "ed");

        var feed = audit.ForArticle(id);
        Assert.Equal(
            ["methodology", "deleted", "split", "added", "removed", "added", "verdict", "edited", "imported"],
            feed.Select(a => a.Action));
        var verdict = feed.Single(a => a.Action == "verdict");
        Assert.Equal("ben", verdict.Actor);
        Assert.Equal(f.Clock.Now, verdict.At);
        Assert.Null(JsonDocument.Parse(verdict.OldValue!).RootElement.GetProperty("verdict").GetString());
        Assert.Equal("False", JsonDocument.Parse(verdict.NewValue!).RootElement.GetProperty("verdict").GetString());
        var edit = feed.Single(a => a.Action == "edited");
        Assert.Equal("Attribution", JsonDocument.Parse(edit.OldValue!).RootElement.GetProperty("kind").GetString());
        Assert.Equal("Figure", JsonDocument.Parse(edit.NewValue!).RootElement.GetProperty("kind").GetString());

        var history = audit.ForClaim(claim.Id);
        Assert.Equal(["edited", "verdict", "added", "removed", "split"], history.Select(h => h.Action));

        Assert.Null(f.Articles.Delete(id, "ed"));
        Assert.Equal("deleted", audit.ForArticle(id)[0].Action);
    }

    [Fact]
    public void A_stale_save_records_nothing()
    {
        var id = f.CreateArticle();
        var claim = f.Claims.ListByArticle(id)[0];
        f.Claims.SetVerdict(claim.Id, claim.Version, "True", null, "ana");
        f.Claims.SetVerdict(claim.Id, claim.Version, "False", null, "ben");
        Assert.Single(audit.ForClaim(claim.Id));
    }

    [Fact]
    public void The_trail_cannot_be_edited_or_deleted()
    {
        f.CreateArticle();
        using var c = f.Temp.Db.Open();
        Assert.Contains("cannot be edited", f.Temp.AssertRefused(() => c.Execute("UPDATE audit_log SET actor = 'x'")).Message);
        Assert.Contains("cannot be deleted", f.Temp.AssertRefused(() => c.Execute("DELETE FROM audit_log")).Message);
    }
}

/// <summary>Every test of <see cref="AuditLogTests"/>, on PostgreSQL.</summary>
public sealed class AuditLogTestsOnPostgres() : AuditLogTests(DatabaseProvider.Postgres);
