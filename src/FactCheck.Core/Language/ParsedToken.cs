namespace FactCheck.Core.Language;

/// <summary>
/// One word of a <see cref="ParsedSentence"/>: a light view (the sentence and an index), so a sentence of n
/// words costs a few arrays, not n objects. Indexes are 0-based; <see cref="Head"/> is −1 for the root.
/// </summary>
public readonly record struct ParsedToken(ParsedSentence Sentence, int Index)
{
    public string Form => Sentence.FormAt(Index);

    /// <summary>Start of the word in <see cref="ParsedSentence.Text"/> (a C# string index).</summary>
    public int Start => Sentence.StartAt(Index);

    /// <summary>End (exclusive) of the word in <see cref="ParsedSentence.Text"/>.</summary>
    public int End => Sentence.EndAt(Index);

    public string Lemma => Sentence.LemmaAt(Index);

    /// <summary>Universal part of speech: NOUN, VERB, AUX, PROPN, PUNCT...</summary>
    public string Upos => Sentence.UposAt(Index);

    /// <summary>Penn Treebank tag: VBD (past), VBN (participle), NNP, PRP$...</summary>
    public string Xpos => Sentence.XposAt(Index);

    /// <summary>Index of the head word, −1 for the root.</summary>
    public int Head => Sentence.HeadAt(Index);

    /// <summary>The full UD relation with its subtype: <c>nsubj:pass</c>, <c>obl:agent</c>, <c>acl:relcl</c>.</summary>
    public string Relation => Sentence.RelationAt(Index);

    /// <summary>The relation without its subtype: <c>nsubj</c> for <c>nsubj:pass</c>.</summary>
    public string UniversalRelation => UniversalRelations.Of(Relation);

    public bool IsRoot => Head < 0;

    /// <summary>The head word; the token itself for the root.</summary>
    public ParsedToken HeadToken => Head < 0 ? this : Sentence[Head];

    /// <summary>The words whose head this is, left to right.</summary>
    public ChildTokens Children => Sentence.ChildrenOf(Index);

    /// <summary>The first child with <paramref name="relation"/> (full, or universal when it has no colon), if any.</summary>
    public ParsedToken? Child(string relation) => Sentence.ChildOf(Index, relation);

    /// <summary>Index of the first word of this word's subtree.</summary>
    public int SubtreeFirst => Sentence.SubtreeFirstAt(Index);

    /// <summary>Index of the last word of this word's subtree.</summary>
    public int SubtreeLast => Sentence.SubtreeLastAt(Index);

    /// <summary>Character range of the subtree in <see cref="ParsedSentence.Text"/>, from its first word's start to its last word's end.</summary>
    public Text.TextSpan SubtreeSpan => new(Sentence[SubtreeFirst].Start, Sentence[SubtreeLast].End);

    /// <summary>Whether this word lies in the subtree of <paramref name="ancestor"/> (or is it).</summary>
    public bool IsUnder(int ancestor) => Sentence.IsUnder(Index, ancestor);

    public override string ToString() => $"{Index}:{Form}/{Xpos} {Relation}→{Head}";
}
