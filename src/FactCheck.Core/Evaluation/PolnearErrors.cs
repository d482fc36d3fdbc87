using FactCheck.Core.Text;

namespace FactCheck.Core.Evaluation;

/// <summary>
/// A plain-text listing of what the extractor got wrong on a PolNeAR-style folder, for the developer's eyes only
/// (it quotes the evaluation texts: write it outside the repository). Each line: the kind of error, then the words.
/// </summary>
public static class PolnearErrors
{
    public static void Write(TextWriter w, IReadOnlyList<PolnearArticle> articles, IReadOnlyList<PolnearOutcome> outcomes)
    {
        var texts = articles.ToDictionary(a => a.Id, a => a.Text, StringComparer.Ordinal);
        foreach (var group in outcomes.GroupBy(o => o.DocId))
        {
            var text = texts[group.Key];
            w.WriteLine($"## {group.Key}");
            var missed = group.Where(o => o.Predicted is null).Select(o => o.Gold!).ToList();
            foreach (var o in group.OrderBy(o => Start(o)))
            {
                // A false positive that overlaps a missed gold content is a boundary error, not an invented attribution.
                var near = o.Gold is null && missed.Count > 0 ? missed.Select(g => (Gold: g, Dice: PolnearScorer.Dice(o.Predicted!.Content, g.Content))).MaxBy(x => x.Dice) : default;
                if (near.Gold is not null && near.Dice > 0)
                {
                    w.WriteLine($"NEAR {near.Dice:0.00}\t{{{o.Predicted!.Rule}}} ours: [{o.Predicted!.SpeakerName ?? "-"}] {Slice(text, o.Predicted.Content)}");
                    w.WriteLine($"\tgold: [{near.Gold.SourceText ?? "-"}] <{near.Gold.CueText ?? "-"}> {Slice(text, near.Gold.Content)}");
                    continue;
                }
                var tag = (o.Gold, o.Predicted) switch
                {
                    (null, _) => "FALSE+",
                    (_, null) => "MISSED " + o.Gold.Kind,
                    _ when !o.SpeakerRight => "SPEAKER",
                    _ => "ok",
                };
                if (tag == "ok")
                {
                    w.WriteLine($"OK\t{{{o.Predicted!.Rule}}} ours: [{o.Predicted!.SpeakerName ?? "-"}] {Slice(text, o.Predicted.Content)}");
                    continue;
                }
                if (o.Gold is { } g)
                    w.WriteLine($"{tag}\tgold: [{g.SourceText ?? "-"}] <{g.CueText ?? "-"}> {Slice(text, g.Content)}");
                if (o.Predicted is { } p)
                    w.WriteLine($"{(o.Gold is null ? tag : "")}\t{{{p.Rule}}} ours: [{p.SpeakerName ?? "-"}] {Slice(text, p.Content)}");
                if (o.Gold is not null && o.Predicted is not null) w.WriteLine($"\tsentence: {Sentence(text, o.Gold.Content[0].Start)}");
            }
        }
    }

    private static int Start(PolnearOutcome o) => (o.Gold?.Content ?? o.Predicted!.Content) is { Count: > 0 } c ? c[0].Start : 0;

    private static string Slice(string text, IReadOnlyList<TextSpan> spans) =>
        string.Join(" … ", spans.Select(s => text[Math.Clamp(s.Start, 0, text.Length)..Math.Clamp(s.End, 0, text.Length)].Replace('\n', ' ')));

    private static string Sentence(string text, int at)
    {
        var start = Math.Max(0, text.LastIndexOfAny(['.', '\n', '?', '!'], Math.Max(0, at - 1)) + 1);
        var end = text.IndexOfAny(['\n'], at);
        if (end < 0) end = text.Length;
        return text[start..Math.Min(end, start + 400)].Trim();
    }
}
