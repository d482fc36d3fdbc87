using FactCheck.Core.Evaluation;
using FactCheck.Core.Extraction;
using FactCheck.Core.Extraction.Figures;
using FactCheck.Core.Tests.Cli;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Figures;

public sealed class MeasEvalEvaluatorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("measeval-test-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // Two made-up paragraphs with three gold quantities.
    private void WriteFolder()
    {
        const string p1 = "The tank held about 40 L of water and weighed 12 kg.";
        const string p2 = "More than 300 birds were counted.";
        File.WriteAllLines(Path.Combine(_dir, "paragraphs.jsonl"),
        [
            $$"""{"id": "a", "split": "train", "has_quantities": true, "text": "{{p1}}"}""",
            $$"""{"id": "b", "split": "train", "has_quantities": true, "text": "{{p2}}"}""",
        ]);
        var q1 = p1.IndexOf("about 40 L", StringComparison.Ordinal);
        var q2 = p1.IndexOf("12 kg", StringComparison.Ordinal);
        var q3 = p2.IndexOf("More than 300", StringComparison.Ordinal);
        var e1 = p1.IndexOf("tank", StringComparison.Ordinal);
        File.WriteAllLines(Path.Combine(_dir, "quantities.jsonl"),
        [
            $$$"""{"doc_id": "a", "quantity": {"start": {{{q1}}}, "end": {{{q1 + 10}}}, "text": "about 40 L", "unit": "L", "mods": ["IsApproximate"]}, "measured_entity": {"start": {{{e1}}}, "end": {{{e1 + 4}}}, "text": "tank"}}""",
            $$$"""{"doc_id": "a", "quantity": {"start": {{{q2}}}, "end": {{{q2 + 5}}}, "text": "12 kg", "unit": "kg", "mods": []}, "measured_entity": {"text": "tank"}}""",
            $$$"""{"doc_id": "b", "quantity": {"start": {{{q3}}}, "end": {{{q3 + 13}}}, "text": "More than 300", "unit": null, "mods": ["IsRange", "IsCount"]}, "measured_entity": {"text": "birds"}}""",
        ]);
    }

    private static Figure At(string text, string part, string? qualifier, string? measure)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        return new Figure(part, new TextSpan(start, start + part.Length), null, null, qualifier, measure, null);
    }

    [Fact]
    public void Scores_precision_recall_qualifiers_and_measures()
    {
        WriteFolder();
        // Paragraph a: one good match with the right qualifier, one spurious figure ("water"), the kg missed.
        // Paragraph b: a match whose qualifier is wrong ("about" instead of a range).
        var report = MeasEvalEvaluator.Score(_dir, text => text.StartsWith("The tank", StringComparison.Ordinal)
            ? [At(text, "about 40 L", "about", "water tank"), At(text, "water", null, null)]
            : [At(text, "More than 300", "about", "cats")]);

        Assert.Equal(3, report.Gold);
        Assert.Equal(3, report.Predicted);
        Assert.Equal(2, report.Matched);
        Assert.Equal(0.6667, report.Precision);
        Assert.Equal(0.6667, report.Recall);
        Assert.Equal(1, report.Qualifier.Agreeing);
        Assert.Equal(0.5, report.Qualifier.Agreement);
        Assert.Equal(1, report.Measure.Overlapping);
        Assert.Equal(2, report.Measure.Pairs);
    }

    [Fact]
    public void Low_overlap_is_no_match()
    {
        WriteFolder();
        // "300" against "More than 300": Dice = 2*3/(3+13) = 0.375 < 0.5.
        var report = MeasEvalEvaluator.Score(_dir, text => text.StartsWith("More", StringComparison.Ordinal) ? [At(text, "300", null, null)] : []);
        Assert.Equal(0, report.Matched);
        Assert.Equal(0, report.F1);
    }

    [Fact]
    public void Real_finder_scores_the_hand_made_folder_perfectly()
    {
        WriteFolder();
        var report = (MeasEvalReport)MeasEvalEvaluator.Evaluate(_dir, text => FigureFinder.Find(text, new TextSpan(0, text.Length), null));
        Assert.Equal(1.0, report.F1);
        Assert.Equal(1.0, report.Qualifier.Agreement);
    }

    [Fact]
    public void Scores_chosen_paragraphs_and_lists_the_mismatches()
    {
        WriteFolder();
        var errors = new StringWriter();
        var report = MeasEvalEvaluator.Score(_dir, text => text.StartsWith("The tank", StringComparison.Ordinal)
            ? [At(text, "about 40 L", "about", null), At(text, "water", null, null)]
            : [], index => index == 0, errors);

        Assert.Equal(1, report.Paragraphs);
        Assert.Equal(2, report.Gold);
        var lines = errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("#0 MISS", StringComparison.Ordinal) && l.Contains("[[12 kg]]"));
        Assert.Contains(lines, l => l.StartsWith("#0 SPURIOUS", StringComparison.Ordinal) && l.Contains("[[water]]"));
        Assert.DoesNotContain(lines, l => l.StartsWith("#1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Eval_command_scores_a_slice_and_prints_mismatches()
    {
        WriteFolder();
        var (code, output, errors) = await CliRunner.Run("eval", "measeval", _dir, "--skip", "1", "--limit", "1", "--errors");
        Assert.Equal(0, code);
        Assert.Contains("\"paragraphs\": 1", output);
        Assert.Contains("\"gold\": 1", output);
        Assert.DoesNotContain("#0 ", errors);

        var (badCode, _, badErrors) = await CliRunner.Run("eval", "measeval", _dir, "--limit", "some");
        Assert.NotEqual(0, badCode);
        Assert.Contains("--limit", badErrors);
    }

    [Fact]
    public void Figure_kind_decides_the_qualifier_class()
    {
        WriteFolder();
        // The reader's kind wins over the words: "over" read as a bound is a range for MeasEval.
        var report = MeasEvalEvaluator.Score(_dir, text => text.StartsWith("More", StringComparison.Ordinal)
            ? [At(text, "More than 300", null, null) with { QualifierKind = QualifierKind.LowerBound }]
            : []);
        Assert.Equal(1, report.Qualifier.Agreeing);
    }

    [Theory]
    [InlineData(0, 10, 0, 10, 1.0)]
    [InlineData(0, 10, 5, 15, 0.5)]
    [InlineData(0, 10, 10, 20, 0.0)]
    public void Dice(int a0, int a1, int b0, int b1, double expected) =>
        Assert.Equal(expected, SpanMatcher.Dice(new TextSpan(a0, a1), new TextSpan(b0, b1)), 6);

    [Fact]
    public void Matching_is_one_to_one_best_first()
    {
        var pairs = SpanMatcher.Match([new TextSpan(0, 10), new TextSpan(0, 9)], [new TextSpan(0, 9)]);
        Assert.Equal([(1, 0)], pairs);
    }
}
