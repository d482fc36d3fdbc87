using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction;

/// <summary>
/// The clause of a sentence that holds one figure, so that a sentence with two figures joined by "and" gives two atomic
/// statements: "The council spent $2.5 million on repairs and hired 40 workers" → "The council spent $2.5 million on
/// repairs" and "The council hired 40 workers" (the shared subject is repeated for a clause that starts with its verb).
/// </summary>
internal static class FigureClause
{
    private static readonly HashSet<string> IrregularPast = new(StringComparer.Ordinal)
    {
        "spent", "paid", "sold", "bought", "took", "gave", "made", "built", "cut", "lost", "won", "got", "held", "led", "left", "met",
        "put", "sent", "set", "ran", "rose", "fell", "grew", "hit", "kept", "brought", "began", "became", "came", "found", "drew",
        "drove", "flew", "knew", "laid", "lent", "let", "meant", "read", "rode", "shot", "shut", "sank", "sat", "slept", "stood",
        "struck", "swept", "taught", "tore", "threw", "withdrew", "saw", "told", "said", "wrote", "fought", "caught", "sought", "spread",
        "shed", "beat", "broke", "chose", "froze", "stole", "hid", "bit", "dug", "overtook", "undertook", "rebuilt", "overran",
    };

    private static readonly string[] Auxiliaries = [" was ", " were ", " is ", " are ", " has ", " have ", " had ", " will ", " would ", " could "];

    /// <returns>The clause, and the subject to put before it when the clause starts with its verb; the whole sentence when no clean clause exists.</returns>
    public static (TextSpan Clause, TextSpan? Subject) Find(string a, TextSpan sentence, TextSpan focus)
    {
        var start = sentence.Start;
        var end = sentence.End;
        var plainAndBefore = false;
        for (var i = focus.Start - 1; i > sentence.Start + 1; i--)
        {
            if (a[i] == ';' || IsConjunctionAt(a, i)) { start = i + (a[i] == ';' ? 1 : 0); break; }
            if (IsPlainAndAt(a, i) && StartsClause(a, i + 5, sentence.End) && HasVerb(a, sentence.Start, i)) { start = i + 1; plainAndBefore = true; break; }
        }
        for (var i = focus.End; i < end - 1; i++)
        {
            if (a[i] == ';' || IsConjunctionAt(a, i)) { end = i; break; }
            if (IsPlainAndAt(a, i) && StartsClause(a, i + 5, sentence.End) && HasVerb(a, start, i)) { end = i; break; }
        }
        // A clause without a verb-bearing remainder reads badly: keep the whole sentence then.
        if (end - start < 25) return (sentence, null);
        while (start < end && (a[start] == ' ' || a[start] == ',')) start++;
        if (start > sentence.Start && a.AsSpan(start).StartsWith("and ")) start += 4;
        var clause = new TextSpan(start, end);
        if (!plainAndBefore) return (clause, null);
        // "... and hired 40 workers": a clause led by its verb takes the subject of the first clause.
        var lead = Word(a, start);
        if (!IsPastVerb(lead)) return HasVerb(a, start, end) ? (clause, null) : (sentence, null);
        var subjectEnd = FirstVerb(a, sentence.Start, start);
        while (subjectEnd > sentence.Start && a[subjectEnd - 1] == ' ') subjectEnd--;
        if (subjectEnd <= sentence.Start) return (sentence, null);
        var subject = new TextSpan(sentence.Start, subjectEnd);
        return subject.Length > 90 ? (sentence, null) : (clause, subject);
    }

    private static bool IsConjunctionAt(string a, int i) =>
        a.AsSpan(i).StartsWith(", and ") || a.AsSpan(i).StartsWith(", while ") || a.AsSpan(i).StartsWith(", but ") || a.AsSpan(i).StartsWith(" and another ");

    private static bool IsPlainAndAt(string a, int i) => a.AsSpan(i).StartsWith(" and ") && (i == 0 || a[i - 1] != ',');

    /// <summary>Whether the words after "and" open a clause: a past-tense verb, or a subject followed by a verb before <paramref name="limit"/>.</summary>
    private static bool StartsClause(string a, int at, int limit)
    {
        var word = Word(a, at);
        if (word.Length == 0) return false;
        if (IsPastVerb(word)) return true;
        return (char.IsDigit(word[0]) || word is "the" or "The" or "another" or "some" or "about" or "nearly" or "at" or "more" or "over")
            && HasVerb(a, at, Math.Min(limit, at + 120));
    }

    private static bool HasVerb(string a, int start, int end)
    {
        if (end <= start) return false;
        var s = a.AsSpan(start, end - start);
        foreach (var aux in Auxiliaries) if (s.Contains(aux, StringComparison.Ordinal)) return true;
        return FirstVerb(a, start, end) > start;
    }

    /// <summary>Where the first past-tense verb between the two offsets starts, or -1.</summary>
    private static int FirstVerb(string a, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            while (i < end && !char.IsLetter(a[i])) i++;
            var w = i;
            while (i < end && (char.IsLetter(a[i]) || a[i] == '-')) i++;
            if (i > w && w > start && IsPastVerb(a.AsSpan(w, i - w).ToString())) return w;
        }
        return -1;
    }

    private static bool IsPastVerb(string word) =>
        word.Length > 3 && char.IsLower(word[0]) && (word.EndsWith("ed", StringComparison.Ordinal) && word is not ("need" or "seed" or "speed" or "breed" or "hundred"))
        || IrregularPast.Contains(word);

    private static string Word(string a, int at)
    {
        var e = at;
        while (e < a.Length && (char.IsLetterOrDigit(a[e]) || a[e] is '-' or ',' or '.' or '$' or '%') && e - at < 40) e++;
        return a[at..e].TrimEnd(',', '.');
    }
}
