using FactCheck.Core.Extraction;
using FactCheck.Core.Language;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Extraction;

public class OwnVoiceClausesTests
{
    // The parse a tagger and parser can give: "a clinic" coordinated with "damaged", and "was set" a second
    // predicate with no subject of its own.
    private static ParsedSentence Misparsed(out string text)
    {
        string[] forms = ["Three", "ambulances", "were", "damaged", "and", "a", "clinic", "in", "the", "Old", "Quarter", "was", "set", "on", "fire", "overnight", "."];
        string[] upos = ["NUM", "NOUN", "AUX", "VERB", "CCONJ", "DET", "NOUN", "ADP", "DET", "ADJ", "PROPN", "AUX", "VERB", "ADP", "NOUN", "NOUN", "PUNCT"];
        string[] xpos = ["CD", "NNS", "VBD", "VBN", "CC", "DT", "NN", "IN", "DT", "JJ", "NNP", "VBD", "VBN", "IN", "NN", "NN", "."];
        int[] heads = [1, 3, 3, -1, 6, 6, 3, 10, 10, 10, 6, 12, 3, 15, 15, 12, 3];
        string[] relations = ["nummod", "nsubj:pass", "aux:pass", "root", "cc", "det", "conj", "case", "det", "amod", "nmod", "aux:pass", "conj", "case", "compound", "obl", "punct"];
        text = "Three ambulances were damaged and a clinic in the Old Quarter was set on fire overnight.";
        var starts = new int[forms.Length];
        var ends = new int[forms.Length];
        var at = 0;
        for (var i = 0; i < forms.Length; i++)
        {
            starts[i] = text.IndexOf(forms[i], at, StringComparison.Ordinal);
            ends[i] = starts[i] + forms[i].Length;
            at = ends[i];
        }
        return new ParsedSentence(text, forms, starts, ends, forms, upos, xpos, heads, relations);
    }

    [Fact]
    public void A_noun_phrase_coordinated_with_the_first_predicate_is_the_subject_of_the_next_and_no_words_are_lost()
    {
        var parse = Misparsed(out var text);
        var clauses = OwnVoiceClauses.Split(text, new TextSpan(0, text.Length), parse);
        Assert.Equal(2, clauses.Count);
        Assert.Equal("Three ambulances were damaged", text[clauses[0].Clause.Start..clauses[0].Clause.End]);
        Assert.Equal("a clinic in the Old Quarter was set on fire overnight.", text[clauses[1].Clause.Start..clauses[1].Clause.End]);
        Assert.Null(clauses[1].SharedSubject);
    }
}
