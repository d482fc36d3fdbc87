namespace FactCheck.Core.Language;

/// <summary>
/// Tagger errors that the words around settle, fixed before the parser sees the tags: a verb tag right after a
/// possessive ("repeated her claim that ...", "his pledges") is a noun; a verb that takes the one addressed as its
/// object, tagged an adjective with that object after it ("was rigged and urged supporters to ..."), is the past tense.
/// Web text rarely needs either; news does, and a cue misread gives the parse a clause with no subject or no verb.
/// </summary>
internal static class TagRepairs
{
    public static void Apply(ReadOnlySpan<string> forms, Span<int> tags, TagSet set)
    {
        for (var i = 1; i < forms.Length; i++)
        {
            var xpos = set.Xpos[tags[i]];
            if (xpos == "JJ" && i + 1 < forms.Length && Addressing.Contains(forms[i].ToLowerInvariant()) && IsObjectStart(set.Xpos[tags[i + 1]]))
            {
                if (set.Find("VERB", "VBD") is var past and >= 0) tags[i] = past;
                continue;
            }
            if (xpos is not ("VB" or "VBP" or "VBZ") || !AfterPossessive(forms, i)) continue;
            var noun = set.Find("NOUN", xpos == "VBZ" ? "NNS" : "NN");
            if (noun >= 0) tags[i] = noun;
        }
    }

    private static bool AfterPossessive(ReadOnlySpan<string> forms, int i)
    {
        var before = forms[i - 1].ToLowerInvariant();
        if (before is "his" or "its" or "their" or "our" or "my" or "your") return true;
        // "her" is also the object of a verb whose bare infinitive follows ("let her go", "heard her claim that ...").
        return before == "her" && (i < 2 || !Causative.Contains(forms[i - 2].ToLowerInvariant()));
    }

    private static bool IsObjectStart(string xpos) => xpos is "DT" or "NN" or "NNS" or "NNP" or "NNPS" or "PRP" or "PRP$";

    // Past forms of verbs whose object is the one spoken to; none of them is an adjective before a noun.
    private static readonly HashSet<string> Addressing = new(StringComparer.Ordinal)
    {
        "urged", "warned", "told", "asked", "reminded", "assured", "informed", "advised", "implored", "begged", "exhorted",
        "cautioned", "instructed", "pressed", "encouraged", "thanked", "called",
    };

    private static readonly HashSet<string> Causative = new(StringComparer.Ordinal)
    {
        "let", "lets", "letting", "make", "makes", "made", "making", "help", "helps", "helped", "helping", "have", "has", "had",
        "see", "sees", "saw", "seen", "seeing", "hear", "hears", "heard", "hearing", "watch", "watches", "watched", "watching",
        "bid", "feel", "feels", "felt", "notice", "noticed", "did", "does", "do", "will", "would", "can", "could", "should", "may",
        "might", "must", "to", "n't", "not",
    };
}
