using System.Text;
using BenchmarkDotNet.Attributes;
using FactCheck.Core.Extraction;
using FactCheck.Core.Extraction.Figures;
using FactCheck.Core.Sources;
using FactCheck.Core.Text;

namespace FactCheck.Benchmarks;

/// <summary>
/// Issue bar: locating a passage and ranking suggestions in a 1 MB snapshot under 50 ms (without embeddings).
/// The figure and quote checks on the same snapshot are measured alongside.
/// </summary>
[MemoryDiagnoser]
public class SourceBenchmarks
{
    private const string Last = "The water authority said the \u201cfinal\u201d count was 7,777 homes in the north-\neast with no supply.";
    private const string Claim = "The water authority says 7,700 homes lost their water supply in the north-east.";
    private string snapshot = "";
    private IReadOnlyList<Figure> figures = [];

    [GlobalSetup]
    public void Setup()
    {
        snapshot = Varied(1 << 20, Last);
        figures = FigureFinder.Find(Claim, new TextSpan(0, Claim.Length), null);
    }

    [Benchmark]
    public bool LocatePassageIn1MB() => PassageLocator.Locate(snapshot, "the \"final\" count was 7,777 homes in the north-east").Found;

    [Benchmark]
    public int SuggestPassagesIn1MB() => PassageSuggester.Suggest(Claim, figures, snapshot).Count;

    [Benchmark]
    public FigureOutcome CheckFigureIn1MB() => FigureCheck.Compare(figures.Single(f => f.Value == 7700), snapshot, Claim).Outcome;

    [Benchmark]
    public double CheckQuoteIn1MB() => QuoteCheck.Compare("the \"final\" count was 7,777 homes in the north-east", snapshot).Fidelity;

    private static string Varied(int size, string last)
    {
        string[] subjects = ["The council", "The ministry", "Regional health officials", "The water authority", "Farmers in the valley", "The rail operator", "Teachers' unions", "The central bank"];
        string[] verbs = ["reported", "estimated", "announced", "disputed", "revised", "published"];
        string[] objects = ["a rise in admissions", "new spending on roads", "lower reservoir levels", "delays on the coastal line", "wage talks", "the inflation forecast", "school closures", "grain exports"];
        var sb = new StringBuilder(size + 200);
        var i = 0;
        while (sb.Length < size)
        {
            sb.Append(subjects[i % subjects.Length]).Append(' ').Append(verbs[i / 8 % verbs.Length]).Append(' ').Append(objects[i / 5 % objects.Length])
              .Append(" of ").Append(i % 97 + 3).Append(" percent in ").Append(1990 + i % 35).Append(i % 7 == 0 ? ".\n\n" : ". ");
            i++;
        }
        sb.Append(last);
        return sb.ToString();
    }
}
