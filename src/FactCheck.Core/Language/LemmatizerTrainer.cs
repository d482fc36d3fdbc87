namespace FactCheck.Core.Language;

/// <summary>Builds a <see cref="Lemmatizer"/> from gold sentences: the dictionaries, then suffix rules counted over word types.</summary>
internal static class LemmatizerTrainer
{
    public static Lemmatizer Train(IReadOnlyList<TrainingSentence> sentences, TagSet tags)
    {
        var exactCounts = new Dictionary<(string, int), Dictionary<string, int>>();
        var lowerCounts = new Dictionary<(string, int), Dictionary<string, int>>();
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Forms.Length; i++)
            {
                if (s.Lemmas[i] is "_" or "") continue;
                Count(exactCounts, (s.Forms[i], s.Tags[i]), s.Lemmas[i]);
                Count(lowerCounts, (s.Forms[i].ToLowerInvariant(), s.Tags[i]), s.Lemmas[i]);
            }
        }
        var exact = Best(exactCounts);
        var lower = Best(lowerCounts);
        // Rules from word types, so a few frequent irregular words do not outvote the regular pattern.
        var ruleCounts = new Dictionary<(int Tag, string Ending), Dictionary<(int, string), int>>();
        foreach (var e in exact)
        {
            var proper = tags.Upos[e.Tag] == "PROPN";
            var source = proper ? e.Form : e.Form.ToLowerInvariant();
            var prefix = 0;
            while (prefix < source.Length && prefix < e.Lemma.Length && source[prefix] == e.Lemma[prefix]) prefix++;
            var rule = (source.Length - prefix, e.Lemma[prefix..]);
            if (rule.Item1 > 255) continue;
            for (var m = 0; m <= Math.Min(Lemmatizer.MaxSuffix, source.Length); m++)
            {
                var key = (e.Tag, source[^m..]);
                if (!ruleCounts.TryGetValue(key, out var counts)) ruleCounts[key] = counts = [];
                counts[rule] = counts.GetValueOrDefault(rule) + 1;
            }
        }
        var rules = new List<Lemmatizer.LemmaRule>();
        foreach (var (key, counts) in ruleCounts.OrderBy(k => k.Key.Tag).ThenBy(k => k.Key.Ending, StringComparer.Ordinal))
        {
            var total = counts.Values.Sum();
            if (key.Ending.Length > 0 && total < 2) continue;
            var best = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key.Item1).ThenBy(c => c.Key.Item2, StringComparer.Ordinal).First().Key;
            rules.Add(new Lemmatizer.LemmaRule(key.Tag, key.Ending, best.Item1, best.Item2));
        }
        // Only lower-case entries that the exact dictionary and the rules would get wrong are worth keeping.
        var withoutLower = new Lemmatizer(tags, exact, [], rules);
        var keptLower = lower.Where(e => withoutLower.Lemma(e.Form, e.Tag) != e.Lemma).ToList();
        return new Lemmatizer(tags, exact, keptLower, rules);
    }

    private static void Count(Dictionary<(string, int), Dictionary<string, int>> counts, (string, int) key, string lemma)
    {
        if (!counts.TryGetValue(key, out var c)) counts[key] = c = [];
        c[lemma] = c.GetValueOrDefault(lemma) + 1;
    }

    private static List<Lemmatizer.LemmaEntry> Best(Dictionary<(string Form, int Tag), Dictionary<string, int>> counts) =>
        counts.OrderBy(k => k.Key.Form, StringComparer.Ordinal).ThenBy(k => k.Key.Tag)
            .Select(k => new Lemmatizer.LemmaEntry(k.Key.Form, k.Key.Tag,
                k.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).First().Key))
            .ToList();
}
