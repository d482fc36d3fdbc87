using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction;

/// <summary>Combines the attributions the patterns found in a sentence with those found on its parse.</summary>
internal static class AttributionMerger
{
    /// <summary>Cuts the patterns' reported content where the parse shows the cue's own adverbial clause or aside begins.</summary>
    public static void TrimToParse(string text, List<Attribution> found, Language.ParsedSentence parse)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var f = found[k];
            if (f.Direct || f.Content.Count != 1 || f.CueSpan is not { } cue) continue;
            var content = f.Content[0];
            if (cue.End > content.Start) continue;
            if (ParsedAttributionFinder.ContentLimit(parse, cue.Start, content.Start) is not { } limit || limit >= content.End || limit <= content.Start) continue;
            var end = limit;
            while (end > content.Start && char.IsWhiteSpace(text[end - 1])) end--;
            if (end - content.Start < 2) continue;
            found[k] = Copy(f, new TextSpan(content.Start, end));
        }
    }

    /// <summary>
    /// "Some technologists say that account, and hundreds like it, show how ...": where the patterns stopped the content
    /// at a comma before the predicate of the clause the cue governs, the content runs on to the end of that clause, so a
    /// statement never loses the verb of what was said. The cue's own asides still end it (<see cref="ParsedAttributionFinder.ContentLimit"/>).
    /// </summary>
    public static void ExtendToPredicate(string text, List<Attribution> found, Language.ParsedSentence parse)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var f = found[k];
            if (f.Direct || f.Content.Count != 1 || f.CueSpan is not { } cue) continue;
            var content = f.Content[0];
            if (cue.End > content.Start) continue;
            // "she warned the toll could rise": the patterns took "the toll" for the one warned; the parse's clause starts there.
            if (StartsWithAuxiliary(text, content) && CueClause(parse, cue) is { } warned && parse[warned.SubtreeFirst].Start >= cue.End
                && parse[warned.SubtreeFirst].Start < content.Start && content.Start - parse[warned.SubtreeFirst].Start <= 60)
            {
                found[k] = Copy(f, new TextSpan(parse[warned.SubtreeFirst].Start, content.End));
                continue;
            }
            // Only where the patterns stopped at a comma: "who support Brink are in college" ends before "are" on purpose.
            var after = content.End;
            while (after < text.Length && char.IsWhiteSpace(text[after])) after++;
            if (after >= text.Length || text[after] != ',') continue;
            if (CueClause(parse, cue) is not { } clause) continue;
            // The clause starts where the content starts, and its predicate lies past the content's end.
            if (clause.Start < content.End || parse[clause.SubtreeFirst].Start > content.Start + 6 || parse[clause.SubtreeFirst].End <= content.Start) continue;
            var end = parse[clause.SubtreeLast].End;
            if (ParsedAttributionFinder.ContentLimit(parse, cue.Start, content.Start) is { } limit && limit < end) end = limit;
            while (end > content.End && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or ':' or '.' or '—' or '–')) end--;
            if (end <= content.End) continue;
            found[k] = Copy(f, new TextSpan(content.Start, end));
        }
    }

    private static Language.ParsedToken? CueClause(Language.ParsedSentence parse, TextSpan cue)
    {
        for (var i = 0; i < parse.Count; i++) if (parse[i].Start == cue.Start) return parse[i].Child("ccomp");
        return null;
    }

    /// <summary>Whether the words right before <paramref name="at"/> are ", a(n) ..." (at most four words after the comma).</summary>
    private static bool AfterIndefiniteAppositive(string text, int at)
    {
        var comma = text.LastIndexOf(',', Math.Max(0, at - 1), Math.Min(at, 60));
        if (comma < 0) return false;
        var words = text.AsSpan(comma + 1, at - comma - 1).Trim().ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 5 && words[0] is "a" or "an" && words.All(w => w.All(char.IsLetter) && char.IsLower(w[0]));
    }

    private static bool IsOneLowerWord(string text, TextSpan span)
    {
        var t = text.AsSpan(span.Start, span.Length).Trim();
        if (t.Length == 0 || !char.IsLower(t[0])) return false;
        foreach (var ch in t) if (!char.IsLetter(ch)) return false;
        return true;
    }

    private static bool StartsWithAuxiliary(string text, TextSpan content)
    {
        var end = content.Start;
        while (end < content.End && char.IsLetter(text[end])) end++;
        return text.AsSpan(content.Start, end - content.Start) is "could" or "would" or "will" or "can" or "should" or "may" or "might" or "must"
            or "had" or "has" or "have" or "was" or "were" or "is" or "are";
    }

    /// <summary>
    /// "The embankments had been inspected last year and declared sound": a participle coordinated with a passive and
    /// without a subject of its own continues the passive; it is not its own cue.
    /// </summary>
    public static void DropPassiveCoordinates(string text, List<Attribution> found, Language.ParsedSentence parse)
    {
        for (var k = found.Count - 1; k >= 0; k--)
        {
            if (found[k].CueSpan is not { } cue || found[k].Direct) continue;
            // "... inspected last year and declared sound", "was declared dead": a naming verb with one bare word after it
            // passes a verdict on the subject; nobody is quoted.
            if (found[k].Content is [var only] && found[k].CueText is { } cueText && cueText.ToLowerInvariant() is "declared" or "deemed" or "pronounced" or "labelled" or "labeled" or "branded"
                && IsOneLowerWord(text, only))
            {
                found.RemoveAt(k);
                continue;
            }
            // "..., a project expected to cost 4.2 million dollars": an appositive noun phrase and its participle, a forecast
            // nobody in the sentence makes.
            if (found[k].CueText?.ToLowerInvariant() is "expected" or "estimated" or "projected" or "scheduled" or "slated" or "planned" && AfterIndefiniteAppositive(text, cue.Start))
            {
                found.RemoveAt(k);
                continue;
            }
            for (var i = 0; i < parse.Count; i++)
            {
                if (parse[i].Start != cue.Start) continue;
                var t = parse[i];
                if (t.Xpos == "VBN" && t.Relation == "conj" && t.Child("nsubj") is null && t.HeadToken.Child("aux:pass") is not null) found.RemoveAt(k);
                // "a project expected to cost 4.2 million dollars": a participle describing a noun; nobody expects anything.
                else if (t.Xpos == "VBN" && t.Relation == "acl" && t.HeadToken.Upos is "NOUN" or "PROPN" && t.Lemma.ToLowerInvariant() is "expect" or "estimate" or "project" or "schedule" or "slate" or "plan") found.RemoveAt(k);
                break;
            }
        }
    }

    /// <summary>
    /// "Whitfield questioned the count, suggested it was rigged and urged supporters to watch the polls": where the parse
    /// finds a cue coordinated with another inside that one's content, with the same speaker, the content ends before it
    /// and the second cue becomes an attribution of its own.
    /// </summary>
    public static void SplitCoordinated(string text, List<Attribution> found, List<Attribution> parsed)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var f = found[k];
            if (f.Direct || f.Content.Count != 1 || f.Speaker is not { } fs) continue;
            var content = f.Content[0];
            foreach (var p in parsed)
            {
                if (p.CueSpan is not { } cue || p.Speaker is not { } ps || ps.Name != fs.Name || !p.Rule.Contains("inherit", StringComparison.Ordinal)) continue;
                if (BeforeCoordinatedCue(text, content, cue) is not { } kept) continue;
                found[k] = Copy(f, kept);
                content = kept;
            }
        }
    }

    /// <summary>Adds the parse's attributions whose cue and content the patterns did not already find.</summary>
    public static void AddMissing(string text, List<Attribution> found, List<Attribution> parsed)
    {
        var before = found.Count;
        // The patterns' speaker stays (on the parse it was wrong more often); where they found none, the parse's subject speaks.
        for (var k = 0; k < before; k++)
            {
                var f = found[k];
                if (f.CueSpan is not { } fc || f.Passive) continue;
                foreach (var p in parsed)
                {
                    if (p.CueSpan is not { } pc || !pc.Overlaps(fc) || p.Speaker is not { } ps) continue;
                    if (f.Speaker is { } fs && fs.Mention.Overlaps(ps.Mention)) break;
                    // "remain confident": the parse's cue takes in the verb the adjective completes.
                    if (f.Speaker is null)
                        found[k] = pc.Start <= fc.Start && pc.End >= fc.End && pc.Length > fc.Length ? f.WithSpeaker(ps, pc, p.CueText) : f.WithSpeaker(ps);
                    break;
                }
            }
        foreach (var q in parsed)
        {
            if (found.Count >= AttributionFinder.MaxPerSentence) break;
            var p = BeforeNextCue(text, q, found);
            var duplicate = false;
            // Against the patterns' and the parse's own already taken: "repeated her claim that ..." is one, not two.
            for (var k = 0; k < found.Count && !duplicate; k++)
            {
                var f = found[k];
                // "Trump groused that CNN \"doesn't treat me properly\"": a quoted phrase found without a cue is part of what the
                // parse's cue introduces; the framed attribution takes its place.
                if (f.CueSpan is null && p.CueSpan is not null && f.Content.Count == 1 && Inside(p.Content, f.Content[0]))
                {
                    found[k] = p;
                    duplicate = true;
                    continue;
                }
                if (f.CueSpan is { } fc && p.CueSpan is { } pc && fc.Overlaps(pc)) duplicate = true;
                else if (Overlap(f.Content, p.Content) * 2 >= Math.Min(Length(f.Content), Length(p.Content))) duplicate = true;
                else if (p.CueSpan is { } cue && Inside(f.Content, cue)) duplicate = true;
            }
            if (!duplicate) found.Add(p);
        }
    }


    /// <summary>
    /// "posted just two words on his social network: \"So terrible.\"", "recites the line: \"...\"": when what follows the cue
    /// runs into a colon and then a quotation that ends it, the quotation is what was said; the words before the colon
    /// only announce it.
    /// </summary>
    public static void QuotationAfterColon(string text, List<Attribution> found)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var f = found[k];
            if (f.CueSpan is null || f.Content.Count != 1) continue;
            var c = f.Content[0];
            var colon = -1;
            for (var i = c.Start; i < c.End; i++)
            {
                if (text[i] == '"') break;
                if (text[i] == ':') { colon = i; break; }
            }
            // "said that Muslims have two choices: \"...\"": a clause before the colon is part of what was said.
            if (colon < 0 || StartsWithWord(text, c, "that", "whether", "if", "how", "why", "what", "when", "where", "who")) continue;
            var open = colon + 1;
            while (open < c.End && text[open] == ' ') open++;
            if (open >= c.End - 1 || text[open] != '"' || open - colon > 3) continue;
            // The quotation must run to the end of the content (a closing mark, perhaps with a full stop or comma after it).
            var end = c.End;
            while (end > open && text[end - 1] is '.' or ',' or ' ') end--;
            if (end - open < 3 || text[end - 1] != '"' || text.AsSpan(open + 1, end - open - 2).Contains('"')) continue;
            // The announcing words join the cue, so the statement keeps them: "Dorsey posted just two words ...: \"So terrible.\"".
            var cue = new TextSpan(f.CueSpan.Value.Start, colon);
            found[k] = f.WithCue(cue, text[cue.Start..cue.End], new TextSpan(open, c.End));
        }
    }

    private static bool StartsWithWord(string text, TextSpan s, params ReadOnlySpan<string> words)
    {
        foreach (var w in words)
            if (s.Length > w.Length && text.AsSpan(s.Start, w.Length).Equals(w, StringComparison.OrdinalIgnoreCase) && !char.IsLetter(text[s.Start + w.Length])) return true;
        return false;
    }

    /// <summary>
    /// "suggested it was rigged and urged supporters to ...": a cue of the same speaker already found inside what the parse
    /// says was said, joined by "and" or a comma, is the speaker's next act; what was said ends before it.
    /// </summary>
    private static Attribution BeforeNextCue(string text, Attribution p, List<Attribution> found)
    {
        if (p.Direct || p.Content.Count != 1 || p.Speaker is not { } ps) return p;
        var content = p.Content[0];
        foreach (var f in found)
        {
            if (f.CueSpan is not { } cue || f.Speaker is not { } fs || fs.Name != ps.Name) continue;
            if (BeforeCoordinatedCue(text, content, cue) is { } kept) return p.AsContent(kept);
        }
        return p;
    }

    /// <summary>
    /// What was said up to a cue inside it joined only by coordination ("..., suggested", "... and urged", "..., and
    /// urged"); null when the cue is not inside or not so joined, or too little would be left.
    /// </summary>
    private static TextSpan? BeforeCoordinatedCue(string text, TextSpan content, TextSpan cue)
    {
        if (cue.Start <= content.Start || cue.End > content.End) return null;
        var before = text.AsSpan(content.Start, cue.Start - content.Start).TrimEnd();
        var cut = before.EndsWith(" and", StringComparison.Ordinal) ? before.Length - 4 : before.EndsWith(',') ? before.Length - 1 : -1;
        if (cut <= 0) return null;
        var trimmed = text.AsSpan(content.Start, cut).TrimEnd(", ");
        return trimmed.Length < 2 ? null : new TextSpan(content.Start, content.Start + trimmed.Length);
    }

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
