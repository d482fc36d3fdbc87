using FactCheck.Core.Extraction;

namespace FactCheck.Core.Evaluation;

/// <summary>Runs an extractor over a PolNeAR-style folder and scores its attribution claims.</summary>
public static class PolnearEvaluator
{
    /// <param name="skip">Articles to skip (in file order), for held-out checks.</param>
    /// <param name="limit">At most this many articles after <paramref name="skip"/>.</param>
    /// <param name="errors">When given, receives a plain-text listing of misses, false positives and wrong speakers.</param>
    public static PolnearScore Evaluate(string directory, IClaimExtractor extractor, int skip = 0, int? limit = null, CancellationToken cancellationToken = default,
        TextWriter? errors = null)
    {
        var articles = PolnearData.ReadArticles(directory).Skip(skip).Take(limit ?? int.MaxValue).ToList();
        var ids = articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var gold = PolnearData.ReadGold(directory).Where(g => ids.Contains(g.DocId)).ToList();
        var predicted = new List<PolnearPrediction>();
        foreach (var article in articles)
        {
            var result = extractor.Extract(article.Text, article.Published, null, cancellationToken);
            foreach (var c in result.Claims)
                if (c.Kind == ClaimKind.Attribution && c.Content is { Count: > 0 } content)
                    predicted.Add(new PolnearPrediction(article.Id, content, c.Speaker?.Span, c.Speaker?.Name) { Cue = c.Cue?.Text, Rule = c.Rule.Length == 0 ? "pattern" : c.Rule });
        }
        var outcomes = errors is null ? null : new List<PolnearOutcome>();
        var score = PolnearScorer.Score(articles.Count, gold, predicted, outcomes);
        if (errors is not null) PolnearErrors.Write(errors, articles, outcomes!);
        return score;
    }
}
