using System.Text.Json;
using FactCheck.Core.Evaluation;
using FactCheck.Core.Extraction;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Extraction;

public sealed class PolnearScorerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("factcheck-polnear-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    internal const string Text = "Quake Hits Coast\n\n\"The walls shook for a minute,\" said Ana Ruiz, a teacher. Officials said 30 schools were closed. The port reopened on Monday.";

    /// <summary>A one-article folder in the PolNeAR layout, annotated by hand.</summary>
    internal static void WriteTinyFolder(string dir)
    {
        int At(string s) => Text.IndexOf(s, StringComparison.Ordinal);
        var quote = "\"The walls shook for a minute,\"";
        var schools = "30 schools were closed";
        var port = "The port reopened on Monday";
        object Gold(string kind, string content, string? source, bool primary = true) => new
        {
            doc_id = "d1", annotator = "x", primary, event_type = "Attribution",
            source = source is null ? null : new { spans = new[] { new[] { At(source), At(source) + source.Length } }, text = source },
            content = new { spans = new[] { new[] { At(content), At(content) + content.Length } }, text = content },
            content_kind = kind, silver_coref_representative = (string?)null,
        };
        File.WriteAllText(Path.Combine(dir, "articles.jsonl"), JsonSerializer.Serialize(new { id = "d1", publication_date = "2024-02-01", text = Text }) + "\n");
        File.WriteAllLines(Path.Combine(dir, "attributions.jsonl"),
        [
            JsonSerializer.Serialize(Gold("direct", quote, "Ana Ruiz, a teacher")),
            JsonSerializer.Serialize(Gold("indirect", schools, "Officials")),
            JsonSerializer.Serialize(Gold("indirect", port, "Officials", primary: false)), // not primary: not a gold unit
            JsonSerializer.Serialize(Gold("mixed", "reopened", "The port")),
        ]);
    }

    [Fact]
    public void Dice_is_twice_the_overlap_over_the_total_length()
    {
        Assert.Equal(1.0, PolnearScorer.Dice([new TextSpan(0, 10)], [new TextSpan(0, 10)]));
        Assert.Equal(0.5, PolnearScorer.Dice([new TextSpan(0, 10)], [new TextSpan(5, 15)]));
        Assert.Equal(16 / 18.0, PolnearScorer.Dice([new TextSpan(0, 4), new TextSpan(6, 10)], [new TextSpan(0, 10)]), 6);
        Assert.Equal(0.0, PolnearScorer.Dice([new TextSpan(0, 4)], [new TextSpan(4, 8)]));
    }

    [Fact]
    public void Greedy_matching_is_one_to_one_and_prefers_the_best_pair()
    {
        var gold = new List<PolnearGold>
        {
            new("d", [new TextSpan(0, 10)], "direct", [new TextSpan(20, 25)], "Ana Ruiz", null),
            new("d", [new TextSpan(0, 12)], "indirect", [], null, null),
        };
        var predicted = new List<PolnearPrediction>
        {
            new("d", [new TextSpan(0, 10)], new TextSpan(20, 23), "Ana Ruiz"),
            new("d", [new TextSpan(0, 10)], null, null),
            new("d", [new TextSpan(50, 60)], null, null),
        };

        var score = PolnearScorer.Score(1, gold, predicted);

        Assert.Equal(2, score.Matched);
        Assert.Equal(1, score.MatchedWithSpeaker);
        Assert.Equal(Math.Round(2 / 3.0, 4), score.Content.Precision);
        Assert.Equal(1.0, score.Content.Recall);
        Assert.Equal(1.0, score.RecallByKind["direct"]);
        Assert.Equal(0.0, score.RecallByKind["mixed"]);
    }

    [Fact]
    public void Speaker_rule_accepts_overlap_or_a_shared_word_but_ignores_titles_and_articles()
    {
        var g = new PolnearGold("d", [new TextSpan(0, 5)], "indirect", [new TextSpan(10, 20)], "the Mr. Ortiz", "Luis Ortiz");
        Assert.True(PolnearScorer.SpeakerRight(new PolnearPrediction("d", [], new TextSpan(15, 16), "Someone"), g));
        Assert.True(PolnearScorer.SpeakerRight(new PolnearPrediction("d", [], null, "Luis Ortiz"), g));
        Assert.False(PolnearScorer.SpeakerRight(new PolnearPrediction("d", [], new TextSpan(30, 35), "The Mr"), g));
        Assert.False(PolnearScorer.SpeakerRight(new PolnearPrediction("d", [], null, null), g));
    }

    [Fact]
    public void Evaluates_a_folder_with_only_primary_gold_units()
    {
        WriteTinyFolder(_dir);
        var score = PolnearEvaluator.Evaluate(_dir, new ClaimExtractor(), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(3, score.Gold);
        Assert.Equal(2, score.Matched);
        Assert.Equal(2, score.MatchedWithSpeaker);
        Assert.Equal(1.0, score.RecallByKind["direct"]);
        Assert.Equal(1.0, score.RecallByKind["indirect"]);
        Assert.Equal(0.0, score.RecallByKind["mixed"]);
    }
}
