using System.Globalization;
using System.Text;
using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction;

/// <summary>Writes standalone claim statements: names for pronouns, dates for relative dates.</summary>
internal static class StatementWriter
{
    public const int MaxLength = 600;

    public static string ForAttribution(RepairedText text, Attribution a)
    {
        var content = string.Join(" … ", a.Content.Select(c => text.Slice(c.Start, c.End)));
        var speaker = a.Speaker?.Name ?? "Unattributed:";
        var cue = a.CueText ?? "said";
        // A quotation cut before its frame ends in a comma: "We won," -> "We won."
        if (a.Direct && content.EndsWith(",\"", StringComparison.Ordinal)) content = content[..^2] + ".\"";
        var s = cue.StartsWith("according", StringComparison.OrdinalIgnoreCase)
            ? $"According to {speaker}, {LowerFirstWord(content)}"
            : a.Direct ? $"{speaker} {cue}: {content}" : $"{speaker} {cue} {content}";
        return Finish(Capitalise(s));
    }

    /// <summary>The sentence (or the clause holding <paramref name="focus"/>) with pronoun subject and relative dates replaced.</summary>
    public static string ForSentence(RepairedText text, SentenceRecord sentence, TextSpan? focusAnalysis, IEnumerable<Figure> figures)
    {
        var span = sentence.Analysis;
        if (focusAnalysis is { } f) span = Clause(text.Analysis, span, f);
        var sb = new StringBuilder();
        var pos = span.Start;
        if (sentence.SubjectPronoun is { } p && p.Pronoun.Start >= span.Start && p.Pronoun.End <= span.End)
        {
            sb.Append(text.Analysis, pos, p.Pronoun.Start - pos).Append(p.Name);
            pos = p.Pronoun.End;
        }
        sb.Append(text.Analysis, pos, span.End - pos);
        var s = sb.ToString();
        // Replace relative dates the figure finder resolved ("on Thursday" -> "on 2026-03-05").
        foreach (var fig in figures)
        {
            if (fig.Date is not { } d || fig.Text.Length == 0) continue;
            var at = s.IndexOf(fig.Text, StringComparison.Ordinal);
            if (at >= 0 && !fig.Text.Any(char.IsDigit)) s = s[..at] + d.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture) + s[(at + fig.Text.Length)..];
        }
        return Finish(Capitalise(s));
    }

    // "At least 1,204 homes were flooded and another 310 were destroyed": the clause around one figure.
    private static TextSpan Clause(string a, TextSpan sentence, TextSpan focus)
    {
        var start = sentence.Start;
        var end = sentence.End;
        for (var i = focus.Start - 1; i > sentence.Start + 1; i--)
        {
            if (a[i] == ';' || IsConjunctionAt(a, i)) { start = i + (a[i] == ';' ? 1 : 0); break; }
        }
        for (var i = focus.End; i < sentence.End - 1; i++)
        {
            if (a[i] == ';' || IsConjunctionAt(a, i)) { end = i; break; }
        }
        // A clause without a verb-bearing remainder reads badly: keep the whole sentence then.
        if (end - start < 25) return sentence;
        while (start < end && (a[start] == ' ' || a[start] == ',')) start++;
        if (start > sentence.Start && a.AsSpan(start).StartsWith("and ")) start += 4;
        return new TextSpan(start, end);
    }

    private static bool IsConjunctionAt(string a, int i) =>
        a.AsSpan(i).StartsWith(", and ") || a.AsSpan(i).StartsWith(", while ") || a.AsSpan(i).StartsWith(", but ") || a.AsSpan(i).StartsWith(" and another ");

    // "According to the ministry, at least ..." — a sentence-initial function word loses its capital mid-statement.
    private static string LowerFirstWord(string s)
    {
        var space = s.IndexOf(' ');
        var first = space < 0 ? s : s[..space];
        return first is "At" or "The" or "A" or "An" or "In" or "On" or "More" or "Most" or "Some" or "Many" or "Nearly" or "About" or "Almost" or "Only" or "There" or "It" or "This" or "That" or "These" or "Those" or "Two" or "Three"
            ? char.ToLowerInvariant(s[0]) + s[1..] : s;
    }

    private static string Capitalise(string s) => s.Length > 0 && char.IsLower(s[0]) ? char.ToUpperInvariant(s[0]) + s[1..] : s;

    private static string Finish(string s)
    {
        s = s.Trim();
        if (s.Length > MaxLength) s = s[..MaxLength].TrimEnd() + "…";
        return s;
    }
}
