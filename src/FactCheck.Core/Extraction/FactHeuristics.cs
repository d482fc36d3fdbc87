namespace FactCheck.Core.Extraction;

/// <summary>Decides whether an own-voice sentence asserts a checkable fact rather than an opinion or prediction.</summary>
internal static class FactHeuristics
{
    private static readonly HashSet<string> OpinionOrPrediction = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "should", "could", "might", "may", "must", "ought", "perhaps", "probably", "likely", "seems", "seem",
        "appears", "arguably", "hopefully", "best", "worst", "great", "terrible", "wonderful", "awful", "shameful", "beautiful",
        "amazing", "expected", "going", "plans", "hopes", "if", "unless", "i", "we", "you", "us", "our", "my", "think", "believe",
        "opinion", "maybe", "possibly", "bad", "good",
    };

    // Verbs that assert something happened or holds; "-ed" past tenses count too.
    private static readonly HashSet<string> EventVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "is", "are", "has", "have", "had", "won", "lost", "met", "held", "took", "began", "became", "came", "went",
        "left", "made", "built", "fell", "rose", "ran", "struck", "hit", "killed", "died", "born", "signed", "passed", "voted",
        "elected", "arrested", "charged", "sold", "bought", "paid", "spent", "grew", "gave", "won", "led", "owns", "runs", "leads",
    };

    private static readonly HashSet<string> CausalWords = new(StringComparer.OrdinalIgnoreCase) { "because", "caused", "led", "due", "after", "since" };

    /// <summary>True when the sentence reads as a checkable assertion: a verb of fact, a name or date to check, no opinion marker.</summary>
    public static bool IsCheckableFact(List<Token> tokens, bool isQuestion)
    {
        if (isQuestion || tokens.Count < 5 || tokens.Count > 120) return false;
        var verb = false;
        var named = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.InQuote) return false;
            if (!t.IsWord) continue;
            if (OpinionOrPrediction.Contains(t.Text)) return false;
            if (EventVerbs.Contains(t.Text) || t.Text.Length > 4 && t.Text.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(t.Text[0])) verb = true;
            // A name mid-sentence, a number, or a possessive name opening the sentence ("Brazil's south ...").
            if (i > 0 && t.IsCapitalized || char.IsDigit(t.Text[0]) || i == 0 && t.IsCapitalized && t.Text.EndsWith("'s", StringComparison.Ordinal) && t.Text.Length > 3) named = true;
        }
        return verb && named;
    }

    public static double Worthiness(List<Token> tokens)
    {
        var w = 0.45;
        foreach (var t in tokens)
        {
            if (!t.IsWord) continue;
            if (CausalWords.Contains(t.Text)) { w += 0.15; break; }
        }
        foreach (var t in tokens)
            if (t.IsWord && t.Text is "first" or "only" or "largest" or "highest" or "lowest" or "record") { w += 0.1; break; }
        return Math.Round(Math.Min(w, 1), 2);
    }
}
