using FactCheck.Core.Extraction;

namespace FactCheck.Core.Reviews;

/// <summary>
/// The statements of the two halves of a split claim, each readable on its own: line breaks and runs of spaces become one
/// space, the first half loses a dangling comma or "and", the second loses a leading conjunction and starts with a
/// capital, and the second half of an attribution keeps its frame ("Ana Ruiz said 300 people were evacuated").
/// </summary>
public static class SplitStatement
{
    public static string First(string words)
    {
        var s = Collapse(words);
        while (true)
        {
            var trimmed = s.TrimEnd(' ', ',', ';', ':', '—', '–', '-');
            foreach (var conjunction in Conjunctions)
                if (trimmed.EndsWith(" " + conjunction, StringComparison.OrdinalIgnoreCase)) trimmed = trimmed[..^(conjunction.Length + 1)];
            if (trimmed == s) return s;
            s = trimmed;
        }
    }

    public static string Second(string words, ClaimKind kind, string? speaker, string? cue)
    {
        var s = Collapse(words).TrimStart(' ', ',', ';', ':', '—', '–', '-');
        foreach (var conjunction in Conjunctions)
            if (s.StartsWith(conjunction + " ", StringComparison.OrdinalIgnoreCase)) { s = s[(conjunction.Length + 1)..]; break; }
        s = s.TrimStart(' ', ',');
        if (s.Length == 0) return s;
        // The frame stays with what was said: the second half of "Ruiz said X and Y" is "Ruiz said Y".
        if (kind == ClaimKind.Attribution && !string.IsNullOrWhiteSpace(speaker) && !string.IsNullOrWhiteSpace(cue)
            && !s.Contains(speaker, StringComparison.OrdinalIgnoreCase) && !ContainsWord(s, cue))
            return $"{speaker} {cue} {s}";
        return char.ToUpperInvariant(s[0]) + s[1..];
    }

    private static readonly string[] Conjunctions = ["and", "but", "or", "while", "whereas", "although"];

    private static bool ContainsWord(string s, string word)
    {
        var at = s.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && (at == 0 || !char.IsLetter(s[at - 1])) && (at + word.Length == s.Length || !char.IsLetter(s[at + word.Length]));
    }

    private static string Collapse(string words) => Text.OneLine.Of(words);
}
