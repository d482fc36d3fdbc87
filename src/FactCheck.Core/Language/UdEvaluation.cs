using System.Diagnostics;

namespace FactCheck.Core.Language;

/// <summary>Parses the words of gold sentences and scores the result; times the tagging and parsing.</summary>
public static class UdEvaluation
{
    public sealed record Result(UdScores Scores, int Sentences, TimeSpan Elapsed)
    {
        public double TokensPerSecond => Elapsed.TotalSeconds > 0 ? Scores.Words / Elapsed.TotalSeconds : 0;
    }

    public static Result Run(LanguageModel model, IEnumerable<ConlluSentence> gold, int beamWidth = 1)
    {
        var scores = UdScores.Zero;
        var sentences = 0;
        var clock = new Stopwatch();
        foreach (var g in gold)
        {
            clock.Start();
            var predicted = model.Parse(g, beamWidth);
            clock.Stop();
            scores += UdScores.Compare(g.Words, predicted.Words);
            sentences++;
        }
        return new Result(scores, sentences, clock.Elapsed);
    }
}
