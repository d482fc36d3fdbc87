using FactCheck.Core.Extraction;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Extraction;

public class ClaimTests
{
    [Fact]
    public void Two_figures_in_an_own_voice_sentence_make_two_figure_claims()
    {
        const string text = "At least 1,204 homes were flooded in Temuco on Tuesday, and another 310 were destroyed.";
        var repaired = TextRepairer.Repair(text);
        var sentence = new TextSpan(0, repaired.Length);
        var first = new Figure("At least 1,204", new TextSpan(0, 14), 1204, null, "at least", "homes flooded", null);
        var second = new Figure("310", new TextSpan(text.IndexOf("310", StringComparison.Ordinal), text.IndexOf("310", StringComparison.Ordinal) + 3), 310, null, null, "homes destroyed", null);
        var record = new SentenceRecord(sentence, repaired.ToOriginal(sentence), [first, second]);

        var claims = ClaimBuilder.Build(repaired, [], [record], CancellationToken.None);

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(ClaimKind.Figure, c.Kind));
        Assert.Same(first, Assert.Single(claims[0].Figures));
        Assert.Same(second, Assert.Single(claims[1].Figures));
        Assert.Equal(false, claims[0].Sourced);
        Assert.Contains("1,204 homes were flooded", claims[0].Statement, StringComparison.Ordinal);
        Assert.StartsWith("Another 310 were destroyed", claims[1].Statement, StringComparison.Ordinal);
        Assert.All(claims, c => Assert.InRange(c.CheckWorthiness, 0, 1));
    }

    [Fact]
    public void Figures_in_an_attributed_sentence_go_to_the_attribution_not_to_figure_claims()
    {
        const string text = "Officials said 40 roads were closed.";
        var repaired = TextRepairer.Repair(text);
        var sentence = new TextSpan(0, repaired.Length);
        var at = text.IndexOf("40", StringComparison.Ordinal);
        var figure = new Figure("40", new TextSpan(at, at + 2), 40, null, null, "roads closed", null);
        var record = new SentenceRecord(sentence, repaired.ToOriginal(sentence), [figure]);
        var content = new TextSpan(text.IndexOf("40", StringComparison.Ordinal), text.Length - 1);
        var attribution = new Attribution { Content = [content], CueSpan = new TextSpan(10, 14), CueText = "said", Sentence = sentence, LastSentence = sentence };
        attribution.Records.Add(record);

        var claim = Assert.Single(ClaimBuilder.Build(repaired, [attribution], [record], CancellationToken.None));

        Assert.Equal(ClaimKind.Attribution, claim.Kind);
        Assert.Same(figure, Assert.Single(claim.Figures));
        Assert.Equal("Unattributed: said 40 roads were closed", claim.Statement);
    }

    [Fact]
    public void Relative_date_in_a_statement_is_replaced_by_the_resolved_date()
    {
        const string text = "The dam burst on Thursday near the town of Cobquecura.";
        var repaired = TextRepairer.Repair(text);
        var sentence = new TextSpan(0, repaired.Length);
        var at = text.IndexOf("Thursday", StringComparison.Ordinal);
        var date = new Figure("Thursday", new TextSpan(at, at + 8), null, null, null, null, new DateOnly(2025, 3, 6));
        var record = new SentenceRecord(sentence, repaired.ToOriginal(sentence), [date]);

        var claim = Assert.Single(ClaimBuilder.Build(repaired, [], [record], CancellationToken.None));
        Assert.Equal("The dam burst on Thursday, 6 March 2025, near the town of Cobquecura.", claim.Statement);
    }

    [Fact]
    public void Own_voice_fact_gets_a_fact_claim_and_opinion_does_not()
    {
        var result = new ClaimExtractor().Extract("Headline\n\nThe Ruta 5 bridge collapsed near Temuco after the river burst its banks. The new plan should be a great success.", cancellationToken: TestContext.Current.CancellationToken);
        var fact = Assert.Single(result.Claims);
        Assert.Equal(ClaimKind.Fact, fact.Kind);
        Assert.StartsWith("The Ruta 5 bridge collapsed", fact.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void Pronoun_subject_of_a_fact_is_replaced_by_the_name()
    {
        var result = new ClaimExtractor().Extract("Headline\n\nGovernor Rita Alves visited Temuco on Monday. She toured the flooded Los Aromos district with Chilean army engineers.", cancellationToken: TestContext.Current.CancellationToken);
        var fact = result.Claims.Last();
        Assert.Equal(ClaimKind.Fact, fact.Kind);
        Assert.StartsWith("Rita Alves toured", fact.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_are_sequential_and_progress_reaches_one()
    {
        var reports = new List<double>();
        var result = new ClaimExtractor().Extract(SampleArticles.Floods, null, new SyncProgress(reports.Add), TestContext.Current.CancellationToken);
        Assert.Equal(Enumerable.Range(1, result.Claims.Count).Select(i => $"c{i}"), result.Claims.Select(c => c.Id));
        Assert.Equal(1.0, reports[^1]);
        Assert.True(reports.SequenceEqual(reports.Order()));
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => new ClaimExtractor().Extract(SampleArticles.Floods, null, null, cts.Token));
    }

    // Progress<T> posts to the thread pool; tests need the reports synchronously.
    private sealed class SyncProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
