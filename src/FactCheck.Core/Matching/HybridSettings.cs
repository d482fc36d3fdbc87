namespace FactCheck.Core.Matching;

/// <summary>
/// How lexical and semantic evidence are combined. The defaults were chosen on the training split of the
/// CheckThat! 2020 claim-retrieval data (never on its dev or test split).
/// </summary>
public sealed record HybridSettings
{
    public double K1 { get; init; } = 1.5;

    public double B { get; init; } = 0.5;

    /// <summary>Weight of the embedding cosine; the rest goes to BM25 divided by the query's best BM25 score.</summary>
    public double SemanticWeight { get; init; } = 0.8;

    public static HybridSettings Default { get; } = new();
}
