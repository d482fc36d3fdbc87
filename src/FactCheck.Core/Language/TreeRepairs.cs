namespace FactCheck.Core.Language;

/// <summary>
/// Relations a greedy parse gets wrong in ways the tree itself shows, renamed once the tree is finished (heads stay):
/// a clause that opens with its own coordinator ("were damaged and a clinic ... was set on fire") is a conjunct, not a
/// complement; so is a clause whose coordinator stands between its subject and its verb ("those they know or are
/// acquainted with"), which only a shared subject allows. And a subject pronoun taken for the object of the verb before
/// it ("suggested it was rigged", "said they were ...", the clause then hung elsewhere or left without a subject) is the
/// subject of the clause whose auxiliary follows it, and that clause the verb's complement.
/// </summary>
internal static class TreeRepairs
{
    public static void Apply(ReadOnlySpan<int> tags, Span<int> heads, Span<int> labels, TagSet tagSet, IReadOnlyList<string> relations)
    {
        var n = heads.Length;
        var conj = IndexOf(relations, "conj");
        var cc = IndexOf(relations, "cc");
        if (conj < 0 || cc < 0) return;
        SubjectTakenForObject(tags, heads, labels, tagSet, relations);
        Span<int> firsts = n <= 256 ? stackalloc int[n] : new int[n];
        SubtreeFirsts(heads, firsts);
        for (var i = 0; i < n; i++)
        {
            var h = heads[i];
            if (h < 0 || h > i || relations[labels[i]] is not ("ccomp" or "advcl" or "parataxis")) continue;
            var first = firsts[i];
            if (first > h && labels[first] == cc && tagSet.Upos[tags[first]] == "CCONJ") labels[i] = conj;
            else if (relations[labels[i]] == "ccomp" && SubjectBeforeCoordinator(heads, labels, relations, i, cc)) labels[i] = conj;
        }
    }

    private static void SubjectTakenForObject(ReadOnlySpan<int> tags, Span<int> heads, Span<int> labels, TagSet tagSet, IReadOnlyList<string> relations)
    {
        var nsubj = IndexOf(relations, "nsubj");
        var ccomp = IndexOf(relations, "ccomp");
        if (nsubj < 0 || ccomp < 0) return;
        for (var p = 1; p + 1 < heads.Length; p++)
        {
            var verb = heads[p];
            if (verb != p - 1 || relations[labels[p]] != "obj" || tagSet.Upos[tags[p]] != "PRON" || tagSet.Upos[tags[verb]] != "VERB") continue;
            // The auxiliary or copula right after the pronoun, and the clause it belongs to, which has no subject.
            var clause = heads[p + 1];
            if (tagSet.Upos[tags[p + 1]] != "AUX" || clause <= p + 1 || relations[labels[p + 1]] is not ("aux" or "aux:pass" or "cop")) continue;
            if (HasSubject(heads, labels, relations, clause) || IsUnder(heads, verb, clause)) continue;
            if (relations[labels[clause]] is not ("ccomp" or "conj" or "advcl" or "parataxis" or "xcomp" or "root")) continue;
            if (heads[clause] < 0) continue;
            heads[p] = clause;
            labels[p] = nsubj;
            heads[clause] = verb;
            labels[clause] = ccomp;
        }
    }

    private static bool HasSubject(ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, IReadOnlyList<string> relations, int head)
    {
        for (var j = 0; j < heads.Length; j++)
            if (heads[j] == head && relations[labels[j]] is "nsubj" or "nsubj:pass" or "csubj" or "expl") return true;
        return false;
    }

    private static bool IsUnder(ReadOnlySpan<int> heads, int i, int ancestor)
    {
        for (var steps = 0; i >= 0 && steps <= heads.Length; steps++, i = heads[i])
            if (i == ancestor) return true;
        return false;
    }

    private static bool SubjectBeforeCoordinator(ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, IReadOnlyList<string> relations, int verb, int cc)
    {
        int subject = -1, coordinator = -1;
        for (var j = 0; j < verb; j++)
        {
            if (heads[j] != verb) continue;
            if (labels[j] == cc) coordinator = j;
            else if (relations[labels[j]] is "nsubj" or "nsubj:pass" && subject < 0) subject = j;
        }
        return subject >= 0 && coordinator > subject;
    }

    /// <summary>The first word of every word's subtree: each word lowers the first of all its ancestors.</summary>
    private static void SubtreeFirsts(ReadOnlySpan<int> heads, Span<int> firsts)
    {
        for (var i = 0; i < heads.Length; i++) firsts[i] = i;
        for (var j = 0; j < heads.Length; j++)
            for (int a = heads[j], steps = 0; a >= 0 && steps < heads.Length; a = heads[a], steps++)
            {
                if (firsts[a] <= j) break;
                firsts[a] = j;
            }
    }

    private static int IndexOf(IReadOnlyList<string> relations, string name)
    {
        for (var i = 0; i < relations.Count; i++) if (relations[i] == name) return i;
        return -1;
    }
}
