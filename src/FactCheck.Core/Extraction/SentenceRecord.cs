using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction;

/// <summary>What the pipeline remembers about a body sentence once its paragraph is done.</summary>
internal sealed record SentenceRecord(TextSpan Analysis, TextSpan Original, IReadOnlyList<Figure> Figures)
{
    /// <summary>True when some attribution covers this sentence (the sentence is not in the article's own voice).</summary>
    public bool Attributed { get; set; }

    /// <summary>Resolved names for pronouns at the start of the sentence ("He" -> "Ana Ruiz"), for standalone statements.</summary>
    public (TextSpan Pronoun, string Name)? SubjectPronoun { get; init; }

    public bool IsQuestion { get; init; }

    private List<Attribution>? _owners;

    /// <summary>The attributions covering this sentence, filled in when claims are built.</summary>
    public IReadOnlyList<Attribution> Owners => (IReadOnlyList<Attribution>?)_owners ?? [];

    public void AddOwner(Attribution owner) => (_owners ??= []).Add(owner);

    /// <summary>Reads as a checkable assertion of fact (decided while the tokens were at hand).</summary>
    public bool LooksFactual { get; init; }

    public double FactWorthiness { get; init; }

    /// <summary>Whether the sentence was parsed (the claims of a parsed own-voice sentence follow its clauses).</summary>
    public bool Parsed { get; set; }

    /// <summary>The sentence's whole clauses when it is in the article's own voice and was parsed; null otherwise.</summary>
    public IReadOnlyList<ClauseRecord>? Clauses { get; set; }
}

/// <summary>One whole clause of an own-voice sentence (analysis coordinates), with what the claim needs to know about it.</summary>
internal sealed record ClauseRecord(TextSpan Clause, TextSpan? SharedSubject, bool LooksFactual, double FactWorthiness);
