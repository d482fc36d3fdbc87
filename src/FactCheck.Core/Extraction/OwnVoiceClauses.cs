using FactCheck.Core.Language;
using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction;

/// <summary>One whole clause of a sentence in the article's own voice, and the subject it shares with the clause before.</summary>
internal readonly record struct OwnClause(TextSpan Clause, TextSpan? SharedSubject);

/// <summary>
/// Splits a sentence in the article's own voice into whole clauses on its parse, so that each checkable unit is a claim:
/// "Three ambulances were damaged and a clinic was set on fire" is two; "The council hired 40 workers and spent $2 million"
/// is two, the second taking the shared subject. A conjunct without its own verb ("At least 14 people were killed and 60
/// wounded") is not a whole clause: the sentence stays one unit.
/// </summary>
internal static class OwnVoiceClauses
{
    /// <summary>
    /// "The Bank of Arland kept its rate at 4.25% on Thursday, saying inflation had fallen": the main clause before a
    /// participle that reports is the outlet's own assertion, a claim of its own beside the attribution. Returns it (up to the
    /// comma) when nothing else was found in it (no cue, no content) and its root is a finite verb with a subject.
    /// </summary>
    public static TextSpan? BeforeParticipleFrame(string text, TextSpan sentence, List<Attribution> found, ParsedSentence p)
    {
        if (p.Root < 0) return null;
        foreach (var f in found)
        {
            if (f.Direct || f.CueSpan is not { } cue || f.Speaker is null || f.CueText?.EndsWith("ing", StringComparison.Ordinal) != true) continue;
            var at = -1;
            for (var i = 1; i < p.Count; i++) if (p[i].Start == cue.Start) at = i;
            if (at < 2 || p[at - 1].Form != "," || p[at].Xpos != "VBG") return null;
            var comma = p[at - 1].Start;
            var root = p[p.Root];
            if (root.Index >= at - 1 || root.Upos != "VERB" || root.Xpos is not ("VBD" or "VBZ" or "VBP") && !HasFiniteAux(root)) return null;
            if (root.Child("nsubj") is null) return null;
            foreach (var o in found)
            {
                if (o.CueSpan is { } oc && oc.Start < comma) return null;
                foreach (var c in o.Content) if (c.Start < comma) return null;
            }
            var end = comma;
            while (end > sentence.Start && char.IsWhiteSpace(text[end - 1])) end--;
            return end - sentence.Start >= 8 ? new TextSpan(sentence.Start, end) : null;
        }
        return null;
    }

    public static List<OwnClause> Split(string text, TextSpan sentence, ParsedSentence p)
    {
        var whole = new List<OwnClause> { new(sentence, null) };
        if (p.Count < 6 || p.Root < 0) return whole;
        var root = p[p.Root];
        if (root.Upos is not ("VERB" or "AUX" or "ADJ" or "NOUN")) return whole;
        var rootSubject = root.Child("nsubj") ?? root.Child("nsubj:pass");
        var boundaries = new List<(int Token, TextSpan? Subject)>();
        foreach (var c in root.Children)
        {
            if (c.Relation != "conj" || c.Index < root.Index) continue;
            if (c.Upos is not ("VERB" or "AUX")) continue;
            var own = c.Child("nsubj") ?? c.Child("nsubj:pass") ?? c.Child("expl");
            var finite = c.Xpos is "VBD" or "VBZ" or "VBP" or "MD" || HasFiniteAux(c);
            if (!finite) continue;
            var first = c.SubtreeFirst;
            // "... were damaged and a clinic in the Old Quarter was set on fire": a noun phrase the parse coordinated
            // with the first predicate, right before this one, is this clause's own subject.
            if (own is null && MisplacedSubject(root, c) is { } noun)
            {
                own = noun;
                first = noun.SubtreeFirst;
            }
            // A pronoun subject shared by both ("It cost $4 million and took 18 months") leaves neither clause standing alone.
            if (own is null && (rootSubject is not { } rs || rs.Upos == "PRON")) continue;
            TextSpan? shared = own is null ? new TextSpan(p[rootSubject!.Value.SubtreeFirst].Start, p[rootSubject.Value.SubtreeLast].End) : null;
            // The clause starts after its coordinating word and the comma before it.
            var at = first;
            while (at > root.Index + 1 && p[at - 1].Upos is "CCONJ" or "PUNCT") at--;
            if (at <= root.Index) continue;
            boundaries.Add((at, shared));
        }
        if (boundaries.Count == 0) return whole;
        var clauses = new List<OwnClause>();
        var start = sentence.Start;
        TextSpan? subject = null;
        for (var k = 0; k <= boundaries.Count; k++)
        {
            int end;
            if (k < boundaries.Count) end = p[boundaries[k].Token].Start;
            else end = sentence.End;
            var clause = Trim(text, new TextSpan(start, end));
            if (Words(text, clause) < 3) return whole;
            clauses.Add(new OwnClause(clause, subject));
            if (k == boundaries.Count) break;
            // The next clause starts at its first word (past "and", "but" and punctuation).
            var next = boundaries[k].Token;
            while (next < p.Count && p[next].Upos is "CCONJ" or "PUNCT") next++;
            if (next >= p.Count) return whole;
            start = p[next].Start;
            subject = boundaries[k].Subject;
        }
        return clauses;
    }

    private static ParsedToken? MisplacedSubject(ParsedToken root, ParsedToken verb)
    {
        foreach (var n in root.Children)
            if (n.Relation == "conj" && n.Index < verb.Index && n.Upos is "NOUN" or "PROPN" or "PRON" or "NUM" && n.SubtreeLast == verb.SubtreeFirst - 1)
                return n;
        return null;
    }

    private static bool HasFiniteAux(ParsedToken c)
    {
        foreach (var a in c.Children)
            if (a.UniversalRelation == "aux" && a.Xpos is "VBD" or "VBZ" or "VBP" or "MD") return true;
        return false;
    }

    private static TextSpan Trim(string text, TextSpan s)
    {
        int a = s.Start, b = s.End;
        while (a < b && char.IsWhiteSpace(text[a])) a++;
        while (b > a && (char.IsWhiteSpace(text[b - 1]) || text[b - 1] is ',' or ';')) b--;
        return new TextSpan(a, b);
    }

    private static int Words(string text, TextSpan s)
    {
        var n = 0;
        for (var i = s.Start; i < s.End; i++)
            if (char.IsLetterOrDigit(text[i]) && (i == s.Start || !char.IsLetterOrDigit(text[i - 1]))) n++;
        return n;
    }
}
