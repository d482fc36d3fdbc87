using Dapper;
using FactCheck.Core.Data;
using FactCheck.Core.Tests.Data;
using FactCheck.Testing;

namespace FactCheck.Core.Tests.Cli;

/// <summary>
/// <c>factcheck index check|rebuild</c> on a SQLite file (--db) and on PostgreSQL named by the environment, as the other
/// commands read it.
/// </summary>
[Collection(nameof(EnvironmentCollection))]
public sealed class IndexCommandTests
{
    [Fact]
    public async Task Check_reports_a_damaged_sqlite_index_and_rebuild_repairs_it()
    {
        using var f = new StoreFixture();
        f.CreateArticle();
        var ok = await CliRunner.Run("index", "check", "--db", f.Temp.Path_);
        Assert.Equal(0, ok.Code);
        Assert.Contains("search_claims\tclaims\t2\t2\tok", ok.Out);
        Assert.Contains("ok: 4 indexes agree with their tables", ok.Out);

        using (var c = f.Temp.Db.Open())
            c.Execute("INSERT INTO search_claims (search_claims) VALUES ('delete-all')");
        var damaged = await CliRunner.Run("index", "check", "--db", f.Temp.Path_);
        Assert.Equal(1, damaged.Code);
        Assert.Contains("search_claims\tclaims\t2\t0\tDIFFERS: the table has 2 rows but the index 0", damaged.Out);
        Assert.Contains("factcheck index rebuild", damaged.Err);

        var rebuilt = await CliRunner.Run("index", "rebuild", "--db", f.Temp.Path_);
        Assert.Equal(0, rebuilt.Code);
        Assert.Contains("rebuilt the search indexes", rebuilt.Out);
        Assert.Contains("search_claims\tclaims\t2\t2\tok", rebuilt.Out);

        Assert.Equal(2, (await CliRunner.Run("index", "mend", "--db", f.Temp.Path_)).Code);
    }

    [Fact]
    public async Task Check_and_rebuild_work_against_postgresql_named_by_the_environment()
    {
        using var f = new StoreFixture(DatabaseProvider.Postgres);
        f.CreateArticle();
        using (var c = f.Temp.Db.Open())
            c.Execute("DELETE FROM search_articles");
        Environment.SetEnvironmentVariable("Database__Provider", "postgres");
        Environment.SetEnvironmentVariable("ConnectionStrings__FactCheck", f.Temp.Db.ConnectionString);
        try
        {
            var damaged = await CliRunner.Run("index", "check");
            Assert.Equal(1, damaged.Code);
            Assert.Contains("search_articles\tarticles\t1\t0\tDIFFERS", damaged.Out);
            var rebuilt = await CliRunner.Run("index", "rebuild");
            Assert.Equal(0, rebuilt.Code);
            Assert.Contains("ok: 4 indexes agree with their tables", rebuilt.Out);
            Assert.Contains(new SearchStore(f.Temp.Db).Search(new() { Query = "Sereno" }).Hits, h => h.Kind == Core.Search.SearchHitKind.Article);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Database__Provider", null);
            Environment.SetEnvironmentVariable("ConnectionStrings__FactCheck", null);
        }
    }
}
