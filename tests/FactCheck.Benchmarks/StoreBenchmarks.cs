using BenchmarkDotNet.Attributes;
using FactCheck.Core.Data;

namespace FactCheck.Benchmarks;

/// <summary>Issue bar: saving a verdict under 20 ms at the store (real SQLite file, WAL, one connection per save).</summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private Database db = null!;
    private ClaimStore claims = null!;
    private string folder = "";
    private long claimId;
    private int version;

    [GlobalSetup]
    public void Setup()
    {
        (db, var articleId, folder) = BenchData.DatabaseWithClaims(300);
        claims = new ClaimStore(db, TimeProvider.System);
        var claim = claims.ListByArticle(articleId)[150];
        claimId = claim.Id;
        version = claim.Version;
    }

    [GlobalCleanup]
    public void Cleanup() => BenchData.Delete(folder);

    [Benchmark]
    public bool SaveVerdict()
    {
        var result = claims.SetVerdict(claimId, version, version % 2 == 0 ? "True" : "Mostly true", "Checked against the **bulletin**.");
        version = result.Current!.Version;
        return result.Saved;
    }

    [Benchmark]
    public int LoadClaimsOf300ClaimArticle() => claims.ListByArticle(1).Count;
}
