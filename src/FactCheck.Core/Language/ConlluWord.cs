namespace FactCheck.Core.Language;

/// <summary>
/// One word line of a CoNLL-U file (an integer ID; not a multiword range or an empty node).
/// <see cref="Head"/> is the 1-based head ID, 0 for the root, −1 when the column is <c>_</c>.
/// </summary>
public sealed record ConlluWord(
    int Id, string Form, string Lemma, string Upos, string Xpos, string Feats, int Head, string Deprel, string Deps, string Misc)
{
    /// <summary>The relation without its subtype: <c>nsubj</c> for <c>nsubj:pass</c>.</summary>
    public string UniversalRelation => Deprel.IndexOf(':') is var i and > 0 ? Deprel[..i] : Deprel;

    public string ToLine() =>
        string.Join('\t', Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Form, Lemma, Upos, Xpos, Feats,
            Head < 0 ? "_" : Head.ToString(System.Globalization.CultureInfo.InvariantCulture), Deprel, Deps, Misc);
}
