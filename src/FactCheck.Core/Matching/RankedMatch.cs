namespace FactCheck.Core.Matching;

/// <summary>One document of a ranking: its position in the collection, the fused score and the two parts.</summary>
public sealed record RankedMatch(int Index, double Score, double Lexical, double Semantic);
