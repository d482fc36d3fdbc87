namespace FactCheck.Core.Extraction;

/// <summary>Decides whether an own-voice sentence asserts a checkable fact rather than an opinion or prediction.</summary>
internal static class FactHeuristics
{
    private static readonly string[] OpinionOrPrediction =
    [
        " will ", " would ", " should ", " could ", " might ", " may ", " must ", " ought ", " perhaps ", " probably ",
        " likely ", " seems ", " seem ", " appears to ", " I think", " we think", " in my view", " arguably ", " hopefully ",
        " best ", " worst ", " great ", " terrible ", " wonderful ", " awful ", " shameful ", " beautiful ", " amazing ",
        " expected to ", " going to ", " plans to ", " hopes to ", " if ", " unless ", " I ", " we ", " you ", " us ",
    ];

    private static readonly string[] EventVerbs =
    [
        "ed ", " was ", " were ", " is ", " are ", " has ", " have ", " had ", " won ", " lost ", " met ", " held ", " took ",
        " began ", " became ", " came ", " went ", " left ", " made ", " built ", " fell ", " rose ", " ran ", " struck ", " hit ",
        " killed ", " died ", " born ", " signed ", " passed ", " voted ", " elected ", " arrested ", " charged ",
    ];

    public static bool IsCheckableFact(string a, SentenceRecord s)
    {
        if (s.IsQuestion || s.Analysis.Length < 25 || s.Analysis.Length > 600) return false;
        var text = " " + a.Substring(s.Analysis.Start, s.Analysis.Length) + " ";
        foreach (var o in OpinionOrPrediction) if (text.Contains(o, StringComparison.Ordinal)) return false;
        if (text.Contains('"')) return false;
        var hasVerb = false;
        foreach (var v in EventVerbs) if (text.Contains(v, StringComparison.Ordinal)) { hasVerb = true; break; }
        if (!hasVerb) return false;
        // Something to check against: a name, a place or a date (a capitalised word past the first).
        for (var i = 2; i < text.Length - 1; i++)
            if (text[i - 1] == ' ' && char.IsUpper(text[i])) return true;
        return false;
    }

    public static double Worthiness(string a, SentenceRecord s)
    {
        var w = 0.45;
        var text = a.AsSpan(s.Analysis.Start, s.Analysis.Length);
        if (text.Contains(" because ", StringComparison.Ordinal) || text.Contains(" caused ", StringComparison.Ordinal) || text.Contains(" led to ", StringComparison.Ordinal)) w += 0.15;
        if (text.Contains(" first ", StringComparison.Ordinal) || text.Contains(" only ", StringComparison.Ordinal)) w += 0.1;
        return Math.Round(w, 2);
    }
}
