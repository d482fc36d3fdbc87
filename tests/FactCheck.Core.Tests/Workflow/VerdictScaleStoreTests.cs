using FactCheck.Core.Data;
using FactCheck.Core.Reviews;
using FactCheck.Core.Tests.Data;

namespace FactCheck.Core.Tests.Workflow;

public class VerdictScaleStoreTests : IDisposable
{
    private readonly StoreFixture f;

    public VerdictScaleStoreTests() : this(DatabaseProvider.Sqlite) { }

    private readonly VerdictScaleStore store;

    /// <summary>For <see cref="VerdictScaleStoreTestsOnPostgres"/>: the same tests on PostgreSQL.</summary>
    protected VerdictScaleStoreTests(DatabaseProvider provider)
    {
        f = new(provider);
        store = new VerdictScaleStore(f.Temp.Db, f.Clock);
    }

    public void Dispose() => f.Dispose();

    private static List<VerdictEdit> Edits(VerdictScale scale) =>
        scale.Verdicts.Select(v => new VerdictEdit(v.Label, v.Label, v.Rank, v.NeedsSource, v.Color, v.Description)).ToList();

    [Fact]
    public void Until_an_administrator_saves_one_the_default_scale_applies()
    {
        Assert.Same(VerdictScale.Default, store.Current());
    }

    [Fact]
    public void Labels_order_colours_and_source_rules_can_be_changed_and_renames_follow_the_claims()
    {
        var claim = f.Claims.ListByArticle(f.CreateArticle())[0];
        f.Claims.SetVerdict(claim.Id, claim.Version, "Mixed", "Half right.");
        var rows = Edits(store.Current());
        var mixed = rows.FindIndex(r => r.Label == "Mixed");
        rows[mixed] = rows[mixed] with { Label = "Half true", Color = "#FFAA00" };
        rows.Add(new VerdictEdit(null, "Satire", null, false, "#123456", "Not meant as fact."));
        (rows[0], rows[1]) = (rows[1], rows[0]);

        Assert.Null(store.Save(rows, "admin"));
        var scale = store.Current();
        Assert.Equal(["Mostly true", "True", "Half true"], scale.Verdicts.Take(3).Select(v => v.Label));
        Assert.Equal("#ffaa00", scale.Find("half true")!.Color);
        Assert.False(scale.Find("Satire")!.NeedsSource);
        Assert.Null(scale.Find("Mixed"));
        Assert.Equal("Half true", f.Claims.Get(claim.Id)!.Verdict);
        // A new store (another process) reads the same scale from the database.
        Assert.Equal(scale.Verdicts.Select(v => v.Label), new VerdictScaleStore(f.Temp.Db, f.Clock).Current().Verdicts.Select(v => v.Label));
        using var c = f.Temp.Db.Open();
        var audit = Dapper.SqlMapper.QuerySingle<(string Actor, string Old, string New)>(c,
            "SELECT actor, old_value, new_value FROM audit_log WHERE entity = 'verdict scale' AND action = 'changed'");
        Assert.Equal("admin", audit.Actor);
        Assert.Contains("\"Mixed\"", audit.Old);
        Assert.Contains("\"Half true\"", audit.New);
    }

    [Fact]
    public void A_verdict_in_use_cannot_be_removed()
    {
        var claim = f.Claims.ListByArticle(f.CreateArticle())[0];
        f.Claims.SetVerdict(claim.Id, claim.Version, "False", "Wrong.");
        var rows = Edits(store.Current()).Where(r => r.Label != "False").ToList();
        Assert.Equal("1 claim has the verdict 'False': give them another verdict before removing it, or rename it instead.", store.Save(rows, "admin"));
        Assert.Same(VerdictScale.Default, store.Current());
    }

    [Theory]
    [InlineData("", "#2e7d32", 3, "Every verdict needs a label.")]
    [InlineData("Odd", "green", 3, "'Odd': the colour must be written like #2e7d32.")]
    [InlineData("True", "#2e7d32", 3, "The label 'True' appears twice.")]
    [InlineData("Odd", "#2e7d32", 7, "'True' and 'Odd' have the same place on the scale (7).")]
    [InlineData("Odd", "#2e7d32", 0, "'Odd': a place on the scale is a number from 1 (worst) to 100, or empty for verdicts off the scale.")]
    public void Mistakes_are_explained_and_nothing_is_saved(string label, string color, int rank, string expected)
    {
        var rows = Edits(VerdictScale.Default).Where(r => r.Rank is null or 7 or 2).ToList();
        rows.Add(new VerdictEdit(null, label, rank, true, color, ""));
        Assert.Equal(expected, store.Save(rows, "admin"));
        Assert.Same(VerdictScale.Default, store.Current());
    }
}

/// <summary>Every test of <see cref="VerdictScaleStoreTests"/>, on PostgreSQL.</summary>
public sealed class VerdictScaleStoreTestsOnPostgres() : VerdictScaleStoreTests(DatabaseProvider.Postgres);
