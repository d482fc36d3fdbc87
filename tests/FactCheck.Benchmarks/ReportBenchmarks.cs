using BenchmarkDotNet.Attributes;
using FactCheck.Core.Data;
using FactCheck.Core.Reports;
using FactCheck.Core.Reviews;

namespace FactCheck.Benchmarks;

/// <summary>Issue bar: the report for 500 claims built and rendered to HTML under 50 ms.</summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private ReportData data = null!;
    private string folder = "";

    [GlobalSetup]
    public void Setup()
    {
        (var db, var articleId, folder) = BenchData.DatabaseWithClaims(500);
        var clock = TimeProvider.System;
        var claims = new ClaimStore(db, clock);
        var evidence = new EvidenceStore(db, clock);
        foreach (var claim in claims.ListByArticle(articleId))
        {
            claims.SetVerdict(claim.Id, claim.Version, VerdictScale.Default.Verdicts[(int)(claim.Id % 8)].Label,
                "The **bulletin** says otherwise:\n\n- point one\n- [source](https://example.org/a)");
            evidence.Add(claim.Id, new EvidenceDraft { Url = $"https://example.org/source/{claim.Id % 40}", Title = "Bulletin", Passage = "1,190 homes were flooded" });
        }
        data = ReportData.Load(articleId, new ArticleStore(db, clock), claims, evidence, VerdictScale.Default)!;
    }

    [GlobalCleanup]
    public void Cleanup() => BenchData.Delete(folder);

    [Benchmark]
    public int BuildAndRender500ClaimReport() => MarkdownRenderer.ToHtml(ReportWriter.Write(data)).Length;

    [Benchmark]
    public int Build500ClaimMarkdown() => ReportWriter.Write(data).Length;
}
