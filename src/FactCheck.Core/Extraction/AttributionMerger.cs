using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction;

/// <summary>Combines the attributions the patterns found in a sentence with those found on its parse.</summary>
internal static class AttributionMerger
{
    private static readonly string Mode = Environment.GetEnvironmentVariable("FACTCHECK_MERGE") ?? "";

    /// <summary>Adds the parse's attributions whose cue and content the patterns did not already find.</summary>
    public static void AddMissing(List<Attribution> found, List<Attribution> parsed)
    {
        var before = found.Count;
        if (Mode.Length > 0)
            for (var k = 0; k < before; k++)
            {
                var f = found[k];
                if (f.Content.Count != 1 || f.CueSpan is not { } fc || IsQuotedStart(f)) continue;
                foreach (var p in parsed)
                {
                    if (p.CueSpan is not { } pc || !pc.Overlaps(fc) || p.Content.Count != 1) continue;
                    var old = f.Content[0];
                    var neu = p.Content[0];
                    var shorter = neu.Length < old.Length;
                    if (Mode == "all" || Mode == "shorter" && shorter || Mode == "longer" && !shorter)
                        found[k] = Copy(f, neu);
                    break;
                }
            }
        foreach (var p in parsed)
        {
            if (found.Count >= AttributionFinder.MaxPerSentence) break;
            var duplicate = false;
            for (var k = 0; k < before && !duplicate; k++)
            {
                var f = found[k];
                if (f.CueSpan is { } fc && p.CueSpan is { } pc && fc.Overlaps(pc)) duplicate = true;
                else if (Overlap(f.Content, p.Content) * 2 >= Math.Min(Length(f.Content), Length(p.Content))) duplicate = true;
                else if (p.CueSpan is { } cue && Inside(f.Content, cue)) duplicate = true;
            }
            if (!duplicate) found.Add(p);
        }
    }

    private static bool IsQuotedStart(Attribution a) => a.Direct;

    private static Attribution Copy(Attribution f, TextSpan content)
    {
        var c = new Attribution
        {
            Content = [content], CueSpan = f.CueSpan, CueText = f.CueText, Speaker = f.Speaker, Sentence = f.Sentence,
            LastSentence = f.LastSentence, Direct = f.Direct, Kind = f.Kind,
        };
        c.QuotedSentences.UnionWith(f.QuotedSentences);
        return c;
    }

    private static bool Inside(List<TextSpan> spans, TextSpan s)
    {
        foreach (var x in spans) if (x.Start <= s.Start && s.End <= x.End) return true;
        return false;
    }

    private static int Length(List<TextSpan> spans)
    {
        var n = 0;
        foreach (var s in spans) n += s.Length;
        return n;
    }

    private static int Overlap(List<TextSpan> a, List<TextSpan> b)
    {
        var n = 0;
        foreach (var x in a)
            foreach (var y in b)
                n += Math.Max(0, Math.Min(x.End, y.End) - Math.Max(x.Start, y.Start));
        return n;
    }
}
