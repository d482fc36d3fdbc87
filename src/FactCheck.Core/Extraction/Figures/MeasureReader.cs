namespace FactCheck.Core.Extraction.Figures;

/// <summary>
/// What a figure measures, from the words around it: the counted noun and what happened to it
/// ("homes flooded", "households without power"), what follows "of" ("20% of voters"), or the
/// noun phrase the figure is attached to ("a depth of 20 m" -> "depth").
/// </summary>
internal static class MeasureReader
{
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "were", "was", "are", "is", "been", "being", "be", "have", "has", "had", "got",
    };

    // Verbs that link a noun to its state: "households remained without power".
    private static readonly HashSet<string> Linking = new(StringComparer.OrdinalIgnoreCase)
    {
        "remained", "remain", "remains", "stayed", "stay", "were", "are", "was", "is", "still", "left",
    };

    private static readonly HashSet<string> NotNounStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "last", "next", "this", "yesterday", "today", "tomorrow", "tonight", "ago", "earlier", "later", "before", "after",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "without", "with", "in", "on", "at", "from", "of", "for", "under", "across", "inside", "outside", "near",
    };

    private static readonly HashSet<string> IrregularParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "hurt", "left", "lost", "cut", "built", "hit", "struck", "sold", "held", "shut", "taken", "given", "made", "found", "killed", "born",
        "sent", "spent", "kept", "paid", "laid", "bought", "brought", "caught", "seen", "done", "known", "shown", "grown", "thrown", "stolen", "run",
    };

    // Words between a noun and its figure that we step over when looking back: "a depth of 20 m", "unemployment rose to 5%".
    private static readonly HashSet<string> Links = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "was", "were", "is", "are", "at", "to", "by", "be", "been", "reached", "totalled", "totaled", "stood", "rose", "fell", "increased",
        "decreased", "dropped", "grew", "climbed", "reach", "exceeded", "with", "had", "has", "have", "a", "an", "the", "approximately", "about",
        "for", "in", "than", "up", "measured", "estimated", "reported", "numbered", "only", "just", "nearly", "almost", "least", "around", "some",
    };

    /// <param name="floor">The first token this figure may look back to: the end of the previous figure.</param>
    public static string? Read(Tokens t, int first, int last, UnitMatch? unit, bool money, int floor)
    {
        if (unit is { InSpan: false } counted)
        {
            var phrase = Words(t, last + 1, counted.Last);
            var tail = ReadAfterNoun(t, counted.Last + 1);
            // "crews evacuated more than 2,500 people" -> "people evacuated"
            if (tail is null && IsParticiple(t, first - 1) && first - 1 >= floor) tail = t.Str(first - 1);
            return tail is null ? phrase : phrase + " " + tail;
        }

        var k = last + 1;
        // "$4.5bn in aid", "€3m for schools"
        if (money && t.IsWord(k) && t.Lower(k) is "in" or "for" or "of" && NounPhraseAfter(t, k + 1, out _) is { } paidFor) return paidFor;
        if (t.IsWord(k, "of"))
        {
            var np = NounPhraseAfter(t, k + 1, out var npLast);
            if (np is not null)
            {
                var tail = ReadAfterNoun(t, npLast + 1);
                return tail is null ? np : np + " " + tail;
            }
        }
        if (Passive(t, k, out var participle, out _)) return participle;
        // A measured thing right after its unit: "a 75 g glucose solution", "a 30-minute delay".
        // The determiner before the figure shows the figure sits inside that noun phrase.
        if (unit is { InSpan: true } && IsNounStart(t, k) && t.IsWord(first - 1) && t.Lower(first - 1) is "a" or "an" or "the" or "each" or "every" or "this" or "that"
            && NounPhraseAfter(t, k, out _) is { } following) return following;
        return NounPhraseBefore(t, first - 1, floor) ?? (IsNounStart(t, k) ? NounPhraseAfter(t, k, out _) : null);
    }

    private static bool IsNounStart(Tokens t, int k) =>
        t.IsWord(k) && !UnitReader.StopWords.Contains(t.Str(k)) && !NotNounStarts.Contains(t.Str(k)) && char.IsLower(t.Text[t[k].Start]) && !Auxiliaries.Contains(t.Str(k)) && !IsParticiple(t, k)
        && !t.Str(k).EndsWith("ly", StringComparison.Ordinal);

    private static string? ReadAfterNoun(Tokens t, int k)
    {
        // "households remained without power", "homes still without water"
        var link = k;
        while (link < k + 2 && t.IsWord(link) && Linking.Contains(t.Str(link))) link++;
        if (link > k && t.IsWord(link) && Prepositions.Contains(t.Str(link)) && !t.IsWord(link, "of") && NounPhraseAfter(t, link + 1, out _) is { } state)
            return t.Str(link) + " " + state;
        if (Passive(t, k, out var participle, out _)) return participle;
        // "people evacuated", but not the verb in "voters backed the plan".
        if (IsParticiple(t, k) && !t.IsWord(k + 1, "by") && !(t.IsWord(k + 1) && ObjectStarts.Contains(t.Str(k + 1)))) return t.Str(k);
        if (t.IsWord(k) && Prepositions.Contains(t.Str(k)) && !t.IsWord(k, "of"))
        {
            var np = NounPhraseAfter(t, k + 1, out _);
            if (np is not null) return t.Str(k) + " " + np; // "without power"
        }
        return null;
    }

    // "were flooded", "had been destroyed", "were later evacuated"
    private static bool Passive(Tokens t, int k, out string participle, out int end)
    {
        participle = "";
        end = k;
        var steps = 0;
        while (steps < 3 && t.IsWord(k) && (Auxiliaries.Contains(t.Str(k)) || t.Str(k).EndsWith("ly", StringComparison.Ordinal) || t.IsWord(k, "also") || t.IsWord(k, "later")))
        {
            k++;
            steps++;
        }
        if (steps == 0 || !IsParticiple(t, k)) return false;
        participle = t.Str(k);
        end = k;
        return true;
    }

    private static bool IsParticiple(Tokens t, int k)
    {
        if (!t.IsWord(k) || !char.IsLower(t.Text[t[k].Start])) return false;
        var w = t.Str(k);
        return IrregularParticiples.Contains(w) || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("eed", StringComparison.Ordinal));
    }

    private static readonly HashSet<string> ObjectStarts = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "that", "this", "its", "their", "his", "her", "our" };

    private static string? NounPhraseAfter(Tokens t, int k, out int last)
    {
        last = k - 1;
        while (t.IsWord(k) && t.Lower(k) is "the" or "a" or "an" or "their" or "its" or "his" or "her" or "all" or "our" or "those" or "these") k++;
        var start = k;
        while (k - start < 3 && t.IsWord(k) && !UnitReader.StopWords.Contains(t.Str(k)) && !Auxiliaries.Contains(t.Str(k)) && !(k > start && IsParticiple(t, k)))
        {
            last = k;
            k++;
            if (UnitReader.IsCountNoun(t, last) && !(t.IsWord(k) && UnitReader.IsCountNoun(t, k))) break; // stop at the head noun
        }
        return last >= start ? Words(t, start, last) : null;
    }

    public static string? NounPhraseBefore(Tokens t, int k, int floor)
    {
        if (k < floor) return null;
        var skipped = 0;
        // "phase 3 (n = 8815)", "sensitive (84%)": the thing named just before the bracket.
        while (skipped < 4 && (t.IsWord(k) && Links.Contains(t.Str(k)) || t.IsAny(k, "(=:") || t.IsWord(k, "n"))) { k--; skipped++; }
        var last = k;
        if (k < floor) return null;
        while (k >= floor && last - k < 3 && (IsContentWord(t, k) || (t.IsNumber(k) && IsContentWord(t, k - 1) && k == last))) k--;
        if (last == k || !t.IsWord(k + 1)) return null;
        // "Unemployment in the province rose to 7.4%": the head noun comes before "in the".
        var p = k;
        if (t.IsWord(p) && t.Lower(p) is "the" or "a" or "an") p--;
        if (t.IsWord(p) && t.Lower(p) is "in" or "of" or "for" or "among" && p - 1 >= floor && IsContentWord(t, p - 1) && !Links.Contains(t.Str(p - 1)))
        {
            var head = p - 1;
            while (head - 1 >= floor && p - head < 2 && IsContentWord(t, head - 1)) head--;
            return Words(t, head, last, keepNumbers: true);
        }
        return Words(t, k + 1, last, keepNumbers: true);
    }

    private static bool IsContentWord(Tokens t, int k) =>
        t.IsWord(k) && !UnitReader.StopWords.Contains(t.Str(k)) && !Links.Contains(t.Str(k));

    private static string Words(Tokens t, int first, int last, bool keepNumbers = false) => t.Phrase(first, last, keepNumbers);
}
