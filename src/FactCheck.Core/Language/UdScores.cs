namespace FactCheck.Core.Language;

/// <summary>
/// Word-level agreement with a gold treebank, punctuation included: UPOS, XPOS, lemma, UAS (head) and LAS
/// (head and universal relation, the subtype after ':' ignored), as in the CoNLL 2018 shared task.
/// </summary>
public sealed record UdScores(int Words, int UposRight, int XposRight, int LemmaRight, int HeadRight, int LabeledRight)
{
    public double Upos => Ratio(UposRight);
    public double Xpos => Ratio(XposRight);
    public double Lemma => Ratio(LemmaRight);
    public double Uas => Ratio(HeadRight);
    public double Las => Ratio(LabeledRight);

    private double Ratio(int right) => Words == 0 ? 0 : right / (double)Words;

    public static UdScores operator +(UdScores a, UdScores b) => new(a.Words + b.Words, a.UposRight + b.UposRight, a.XposRight + b.XposRight,
        a.LemmaRight + b.LemmaRight, a.HeadRight + b.HeadRight, a.LabeledRight + b.LabeledRight);

    public static UdScores Zero { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>Scores one predicted sentence against its gold sentence (same words, same order).</summary>
    public static UdScores Compare(IReadOnlyList<ConlluWord> gold, IReadOnlyList<ConlluWord> predicted)
    {
        if (gold.Count != predicted.Count) throw new ArgumentException("gold and predicted sentences differ in length", nameof(predicted));
        int upos = 0, xpos = 0, lemma = 0, head = 0, labeled = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            var g = gold[i];
            var p = predicted[i];
            if (g.Upos == p.Upos) upos++;
            if (g.Xpos == p.Xpos) xpos++;
            if (g.Lemma == p.Lemma) lemma++;
            if (g.Head != p.Head) continue;
            head++;
            if (g.UniversalRelation == p.UniversalRelation) labeled++;
        }
        return new UdScores(gold.Count, upos, xpos, lemma, head, labeled);
    }
}
