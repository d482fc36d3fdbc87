using FactCheck.Core.Language;

namespace FactCheck.Core.Tests.Language;

public class UdScoresTests
{
    private static ConlluWord W(int id, string form, string lemma, string upos, int head, string rel) =>
        new(id, form, lemma, upos, "_", "_", head, rel, "_", "_");

    [Fact]
    public void Counts_tags_heads_and_universal_relations_over_all_words_punctuation_included()
    {
        ConlluWord[] gold =
        [
            W(1, "Votes", "vote", "NOUN", 3, "nsubj:pass"),
            W(2, "were", "be", "AUX", 3, "aux:pass"),
            W(3, "counted", "count", "VERB", 0, "root"),
            W(4, "today", "today", "NOUN", 3, "obl:unmarked"),
            W(5, ".", ".", "PUNCT", 3, "punct"),
        ];
        ConlluWord[] predicted =
        [
            W(1, "Votes", "vote", "NOUN", 3, "nsubj"),      // subtype differs: still labelled right
            W(2, "were", "were", "VERB", 3, "aux:pass"),     // tag and lemma wrong
            W(3, "counted", "count", "VERB", 0, "root"),
            W(4, "today", "today", "NOUN", 3, "obj"),        // head right, relation wrong
            W(5, ".", ".", "PUNCT", 4, "punct"),             // head wrong
        ];
        var s = UdScores.Compare(gold, predicted);
        Assert.Equal(5, s.Words);
        Assert.Equal(0.8, s.Upos, 10);
        Assert.Equal(0.8, s.Lemma, 10);
        Assert.Equal(0.8, s.Uas, 10);
        Assert.Equal(0.6, s.Las, 10);
        Assert.Equal(10, (s + s).Words);
        Assert.Equal(0.8, (s + s).Uas, 10);
    }
}
