namespace FactCheck.Core.Language;

/// <summary>Parses the words of CoNLL-U sentences, keeping their tokenisation and every other line.</summary>
public static class ConlluParsing
{
    /// <summary>The sentence with predicted LEMMA, UPOS, XPOS, HEAD and DEPREL on each word line (FEATS and DEPS as <c>_</c>).</summary>
    public static ConlluSentence Parse(this LanguageModel model, ConlluSentence sentence, int beamWidth = 1)
    {
        var parsed = model.Parse(sentence.Words.Select(w => w.Form).ToArray(), beamWidth);
        var words = new ConlluWord[sentence.Words.Count];
        for (var i = 0; i < words.Length; i++)
        {
            var t = parsed[i];
            words[i] = sentence.Words[i] with
            {
                Lemma = t.Lemma, Upos = t.Upos, Xpos = t.Xpos, Feats = "_", Head = t.Head + 1, Deprel = t.Relation, Deps = "_",
            };
        }
        return sentence.WithWords(words);
    }
}
