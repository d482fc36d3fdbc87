using FactCheck.Core.Extraction;

namespace FactCheck.Core.Evaluation;

/// <summary>Scores figure finding on a MeasEval-style folder. (Placeholder.)</summary>
public static class MeasEvalEvaluator
{
    /// <returns>An object serialised as the eval command's JSON output.</returns>
    public static object Evaluate(string directory, Func<string, IReadOnlyList<Figure>> findFigures) =>
        throw new NotImplementedException();
}
