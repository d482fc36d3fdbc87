using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction;

/// <summary>Special attribution patterns: "according to", colon-introduced quotations, "Asked whether", possessed noun cues, chained cues.</summary>
public sealed partial class AttributionFinder
{
    private int AccordingTo(string text, TextSpan sentence, List<Token> tokens, int i, List<Attribution> result)
    {
        var s = i + 2;
        var e = s;
        // "According to Fleming's \"The Fixers\" and other sources, ...": a quoted title can be part of the source.
        while (e < tokens.Count && e - s < 24 && !(tokens[e].Is(",") && !tokens[e].InQuote) && !(tokens[e].Is(".") && e == tokens.Count - 1) && (!tokens[e].InQuote || QuotedTitleInSource(tokens, s, e))) e++;
        if (e == s) return i;
        var speaker = _resolver.Resolve(tokens, s, e);
        var cue = tokens[i];
        var cueToken = cue with { End = tokens[i + 1].End, Text = text[cue.Start..tokens[i + 1].End] };
        if (i == 0 || i > 0 && IsIntroPrefix(tokens, i))
        {
            // "According to X, Y."
            if (e < tokens.Count && tokens[e].Is(","))
            {
                var (content, stop) = ContentAfter(text, sentence, tokens, e + 1);
                if (content is { } c)
                {
                    result.Add(Make([c], cueToken, speaker, sentence, CueKind.Speech));
                    return Math.Max(stop, i + 1);
                }
            }
            return i;
        }
        // "Y, according to X."
        if (tokens[i - 1].Is(",") || tokens[i - 1].Is("\"") || i > 0)
        {
            // "\"Q?\" O'Malley said at a press conference, according to the Sun": the source reports the frame, already found.
            for (var f = i - 1; f >= 0 && f >= i - 10; f--)
                if (!tokens[f].InQuote && tokens[f].Text is "said" or "says" or "told" or "wrote" or "added") return i;
            var b = ContentBefore(text, sentence, tokens, tokens[i - 1].Is(",") ? i - 1 : i);
            if (b is { } before)
            {
                var content = new List<TextSpan> { before };
                if (e < tokens.Count && tokens[e].Is(",") && CountWords(tokens, e + 1, tokens.Count) >= 2)
                {
                    var (rest, stop) = ContentAfter(text, sentence, tokens, e + 1);
                    if (rest is { } r)
                    {
                        // "While most were X, according to Y, two were Z": the subordinate clause is background.
                        if (StartsWithSubordinator(tokens, before)) content.Clear();
                        content.Add(r);
                    }
                    e = stop;
                }
                result.Add(Make(content, cueToken, speaker, sentence, CueKind.Speech));
                return Math.Max(e, i + 1);
            }
        }
        return i;
    }

    // Inside "according to ..." a quotation that opens after a possessive or a capitalised word is a title (at most 12 words).
    private static bool QuotedTitleInSource(List<Token> tokens, int s, int e)
    {
        var open = e;
        while (open > s && tokens[open - 1].InQuote) open--;
        if (open == s || !(tokens[open - 1].IsCapitalized || tokens[open - 1].Text.EndsWith("'s", StringComparison.Ordinal))) return false;
        return e - open < 14;
    }

    private static readonly HashSet<string> SurveyNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "poll", "polls", "survey", "surveys", "study", "report", "analysis", "tally", "average", "census", "estimates", "projections", "findings",
    };

    // "In a Channel 9 poll released Monday, 48 percent backed the plan" / "..., in the latest survey.": the poll or study is
    // the source of the finding, as with "according to".
    private int InSurvey(string text, TextSpan sentence, List<Token> tokens, int i, List<Attribution> result)
    {
        if (i + 2 >= tokens.Count || !(Determiners.Contains(tokens[i + 1].Text) || tokens[i + 1].IsCapitalized || SurveyNouns.Contains(tokens[i + 1].Text)) || tokens[i + 1].InQuote) return i;
        var e = i + 1;
        var noun = false;
        while (e < tokens.Count && e - i <= 12 && !tokens[e].Is(",") && !tokens[e].InQuote && !(tokens[e].Is(".") && e == tokens.Count - 1))
        {
            if (tokens[e].IsWord && SurveyNouns.Contains(tokens[e].Text)) noun = true;
            else if (noun && tokens[e].IsWord && !(tokens[e].Text is "released" or "published" or "conducted" or "taken" or "of" or "by" or "this" or "last" or "month" or "week" or "year"
                || IsWeekday(tokens[e].Text) || tokens[e].IsCapitalized)) return i; // "in the report's second chapter": not just the source
            e++;
        }
        if (!noun) return i;
        var cueToken = tokens[i];
        var speaker = _resolver.Resolve(tokens, i + 1, e);
        if ((i == 0 || IsIntroPrefix(tokens, i)) && e < tokens.Count && tokens[e].Is(",") && CountWords(tokens, e + 1, tokens.Count) >= 3)
        {
            var (content, stop) = ContentAfter(text, sentence, tokens, e + 1);
            if (content is not { } c) return i;
            result.Add(Make([c], cueToken, speaker, sentence, CueKind.Evidence));
            return Math.Max(stop, i + 1);
        }
        if (i >= 3 && tokens[i - 1].Is(",") && (e == tokens.Count || e == tokens.Count - 1 && tokens[e].Is(".")))
        {
            var b = ContentBefore(text, sentence, tokens, i - 1);
            if (b is not { } before) return i;
            result.Add(Make([before], cueToken, speaker, sentence, CueKind.Evidence));
            return e;
        }
        return i;
    }

    private static bool StartsWithSubordinator(List<Token> tokens, TextSpan span)
    {
        foreach (var t in tokens)
            if (t.Start == span.Start) return t.Text is "While" or "Although" or "Though" or "Because" or "If" or "When" or "After" or "Before" or "Since" or "Despite" or "Whereas" or "Unless" or "Once";
        return false;
    }

    // "He demurred: \"Q\"", "As Professor Foner put it: \"Q\"", "The headline reads: \"Q\"": any verb before a colon and a quotation.
    private int ColonQuote(string text, TextSpan sentence, List<Token> tokens, int i, List<Attribution> result)
    {
        var (content, stop) = ContentAfter(text, sentence, tokens, i + 1);
        if (content is not { } c) return i;
        var cueIndex = i - 1;
        while (cueIndex >= 0 && tokens[cueIndex].IsWord && (TimeWords.Contains(tokens[cueIndex].Text) || tokens[cueIndex].Text is "it")) cueIndex--;
        // "tweeted in response:", "wrote on Facebook:": the cue verb before a short prepositional phrase.
        for (var v = cueIndex - 1; v >= 0 && v >= cueIndex - 4 && tokens[v].IsWord && !tokens[v].InQuote; v--)
        {
            if (!(tokens[v + 1].Text is "in" or "on" or "to" or "at" or "with" or "during" or "after")) continue;
            if (char.IsLower(tokens[v].Text[0]) && !CueLexicon.IsNounLike(tokens[v].Text) && CueLexicon.TryGet(tokens[v].Text, out _, out var colonKind) && colonKind == CueKind.Speech) cueIndex = v;
            break;
        }
        ResolvedSpeaker? speaker = null;
        Token cue = tokens[i];
        var label = NameAfterDash(tokens, i);
        if (label > 0) speaker = _resolver.Resolve(tokens, label, i);
        else if (cueIndex >= 0 && tokens[cueIndex].IsWord && char.IsLower(tokens[cueIndex].Text[0]))
        {
            cue = tokens[cueIndex];
            var j = cueIndex - 1;
            while (j >= 0 && tokens[j].IsWord && Auxiliaries.Contains(tokens[j].Text)) j--;
            var subject = FindSubject(tokens, j, CueKind.Speech);
            if (subject.Start < subject.End) speaker = _resolver.Resolve(tokens, subject.SpeakerStart, subject.SpeakerEnd);
        }
        else if (cueIndex >= 0 && tokens[cueIndex].IsCapitalized && cueIndex < 6)
        {
            // "Milbank: \"...\"" — a name and a colon.
            speaker = _resolver.Resolve(tokens, 0, cueIndex + 1);
        }
        // "His final assessment: \"Q,\" he said.": a frame after the quotation names the speaker; the quotation is the content.
        var close = i + 2;
        while (close < tokens.Count && !(tokens[close].Is("\"") && tokens[close].InQuote)) close++;
        if (close < tokens.Count && FrameAfter(tokens, close + 1) is { } frame)
        {
            speaker = _resolver.Resolve(tokens, frame.Start, frame.End);
            c = new TextSpan(tokens[i + 1].Start, tokens[close].End);
            stop = Math.Max(stop, frame.End);
        }
        speaker ??= SentenceSubject(tokens);
        if (speaker is null) return i;
        result.Add(Make([c], cue, speaker, sentence, CueKind.Speech));
        return Math.Max(stop, i + 1);
    }

    // "POLLS MISSED THE SURGE - Ana Ruiz and Li Wei: \"...\"", "More from Ruiz: \"...\"": a headline or lead-in, then the
    // name of whoever is quoted right before the colon. Returns the name's first token, or -1.
    private static int NameAfterDash(List<Token> tokens, int colon)
    {
        var m = colon - 1;
        while (m >= 0 && colon - m <= 8 && !tokens[m].InQuote && (tokens[m].IsCapitalized || tokens[m].Is(".") || tokens[m].Text is "and" or "of")) m--;
        if (m < 1 || m == colon - 1 || !tokens[m + 1].IsCapitalized || tokens[m].InQuote) return -1;
        return tokens[m].Text is "-" or "—" or "–" or "from" ? m + 1 : -1;
    }

    // The speaker tokens of a closing frame at p: ", he said." / "Ruiz said." / ", said Ana Ruiz."; null when there is none.
    private static (int Start, int End)? FrameAfter(List<Token> tokens, int p)
    {
        while (p < tokens.Count && (tokens[p].Is(",") || tokens[p].Is("\""))) p++;
        if (p >= tokens.Count || tokens[p].InQuote || !tokens[p].IsWord) return null;
        if (IsInversionCue(tokens[p].Text))
        {
            var s = p + 1;
            var e = s;
            while (e < tokens.Count && e - s < 5 && (tokens[e].IsCapitalized || tokens[e].Is(".") && e + 1 < tokens.Count && tokens[e + 1].IsCapitalized) && !tokens[e].InQuote) e++;
            return e > s ? (s, e) : null;
        }
        var n = p;
        while (n < tokens.Count && n - p < 4 && (tokens[n].IsCapitalized || tokens[n].Is(".")) && !tokens[n].InQuote) n++;
        if (n == p && Names.IsPronoun(tokens[p].Text) && tokens[p].Text is not ("it" or "It")) n = p + 1;
        return n > p && n < tokens.Count && tokens[n].IsWord && IsInversionCue(tokens[n].Text) ? (p, n) : null;
    }

    // "Asked whether X, she said ...": a question put to the subject; the content runs to the comma.
    private int AskedClause(string text, TextSpan sentence, List<Token> tokens, int i, List<Attribution> result)
    {
        var k = i + 1;
        ResolvedSpeaker? asker = null;
        if (tokens[k].Is("by"))
        {
            var e = k + 1;
            while (e < tokens.Count && e - k < 6 && (tokens[e].IsWord || tokens[e].Is(".")) && !(tokens[e].Text is "whether" or "if" or "about" or "how" or "what" or "why" or "to")) e++;
            asker = _resolver.Resolve(tokens, k + 1, e);
            k = e;
        }
        var stop = k;
        while (stop < tokens.Count && !tokens[stop].Is(",") || stop < tokens.Count && tokens[stop].InQuote) stop++;
        if (stop >= tokens.Count || stop - k < 2) return i;
        if (tokens[k].Text is "about") k++;
        result.Add(Make([new TextSpan(tokens[k].Start, tokens[stop - 1].End)], tokens[i], asker, sentence, CueKind.Speech));
        return stop;
    }

    // Nouns that attribute when someone owns them: "Trump's attacks on Clinton", "her support for the bill".
    private static readonly HashSet<string> NounCues = new(StringComparer.Ordinal)
    {
        "attacks", "attack", "criticism", "support", "endorsement", "endorsements", "questions", "call", "calls", "defense",
        "opposition", "announcement", "comments", "remarks", "statement", "warning", "warnings", "claims", "claim", "views",
        "view", "opinion", "concerns", "concern", "fears", "praise", "message", "proposal", "proposals", "plan", "pledge",
        "promise", "case", "complaints", "complaint", "denunciation", "condemnation", "push", "focus", "stance", "position",
        "critique", "argument", "arguments", "assessment", "description", "characterization", "rhetoric", "vision",
        "aversion", "queries", "query", "insistence", "suggestion", "suggestions", "vow", "promises", "pledges", "accusation", "accusations",
        "allegation", "allegations", "denial", "skepticism", "objection", "objections", "explanation", "belief", "beliefs", "prediction",
        "predictions", "threat", "threats", "preference", "assertion", "assertions", "contention", "demand", "demands", "hope", "hopes",
    };

    private int NounCue(string text, TextSpan sentence, List<Token> tokens, int i, List<Attribution> result)
    {
        // The owner: a possessive right before the noun, or before one adjective ("his repeated attacks on").
        var p = i - 1;
        if (p >= 1 && tokens[p].IsWord && char.IsLower(tokens[p].Text[0]) && !IsPossessive(tokens[p]) && !IsDescribedPossessive(tokens, p)) p--;
        if (p < 0 || !IsPossessive(tokens[p]) && !IsDescribedPossessive(tokens, p)) return i;
        // "his insistence that X" keeps the complementizer, as reported speech does; "her attacks on X" starts after the preposition.
        var (content, stop) = tokens[i + 1].Is("that") ? ContentAfter(text, sentence, tokens, i + 1) : ContentAfter(text, sentence, tokens, i + 2, "attack");
        if (content is not { } c) return i;
        var owner = tokens[p];
        ResolvedSpeaker? speaker;
        if (owner.Text is "his" or "her" or "their" or "His" or "Her" or "Their")
        {
            speaker = _resolver.Resolve([owner with { Text = owner.Text.ToLowerInvariant() switch { "his" => "he", "her" => "she", _ => "they" } }], 0, 1);
            if (speaker is not null) speaker = speaker with { Mention = owner.Span };
        }
        else
        {
            var s = p;
            while (s > 0 && (tokens[s - 1].IsCapitalized || tokens[s - 1].Is(".") || char.IsLower(owner.Text[0]) && tokens[s - 1].IsWord && !BoundaryWords.Contains(tokens[s - 1].Text) && !Determiners.Contains(tokens[s - 1].Text)) && p - s < 4) s--;
            // "the agency's warning": the description with its determiner.
            if (char.IsLower(owner.Text[0]) && s > 0 && tokens[s - 1].Text is "the" or "The") s--;
            var nameTokens = tokens.GetRange(s, p - s + 1);
            nameTokens[^1] = nameTokens[^1] with { Text = nameTokens[^1].Text[..^2], End = nameTokens[^1].End - 2 };
            speaker = _resolver.Resolve(nameTokens, 0, nameTokens.Count);
        }
        var cue = tokens[i] with { End = tokens[i + 1].End, Text = text[tokens[i].Start..tokens[i + 1].End] };
        result.Add(Make([c], cue, speaker, sentence, CueKind.Speech));
        return Math.Max(stop, i + 1);
    }

    // "the agency's", "the mayor's office's": a described owner, lower case, after "the".
    private static bool IsDescribedPossessive(List<Token> tokens, int p) =>
        p >= 1 && tokens[p].IsWord && char.IsLower(tokens[p].Text[0]) && tokens[p].Text.EndsWith("'s", StringComparison.Ordinal) && tokens[p].Text.Length > 3
        && (tokens[p - 1].Text is "the" or "The" || p >= 2 && tokens[p - 2].Text is "the" or "The" && tokens[p - 1].IsWord);

    private static bool IsPossessive(Token t) =>
        t.IsWord && (t.Text is "his" or "her" or "their" or "His" or "Her" or "Their" || t.IsCapitalized && t.Text.EndsWith("'s", StringComparison.Ordinal) && t.Text.Length > 3);

    private static bool IsNameLabel(List<Token> tokens, int colon)
    {
        var words = 0;
        for (var k = 0; k < colon; k++)
        {
            if (tokens[k].Is(".")) continue;
            if (!tokens[k].IsCapitalized || tokens[k].InQuote) return false;
            words++;
        }
        if (words == 0 || words > 4) return false;
        // Section labels ("BROADWAY BEAT:", "Editor's Note:") and lists ("Iowa: Tim Albrecht, Brad Anderson, ...") are not speech.
        var shouting = true;
        for (var k = 0; k < colon; k++) if (tokens[k].IsWord && tokens[k].Text.Any(char.IsLower)) shouting = false;
        if (shouting) return false;
        var commas = 0;
        for (var k = colon + 1; k < tokens.Count; k++) if (tokens[k].Is(",") && !tokens[k].InQuote) commas++;
        if (commas >= 4) return false;
        for (var k = 0; k < colon; k++) if (tokens[k].Text is "Note" or "Question" or "Answer" or "Daily" or "News" or "Update" or "Editor's" or "Editors'") return false;
        return tokens[0].Text is not ("Update" or "UPDATE" or "Note" or "Editor" or "Correction" or "Related" or "RELATED" or "Photo" or "Watch" or "Read"
            or "Video" or "Source" or "Sources" or "Caption" or "Credit" or "Contact" or "Email" or "Follow" or "Subscribe" or "Advertisement" or "Editors"
            or "Breaking" or "Exclusive" or "Analysis" or "Opinion" or "Review" or "Live" or "Q" or "A" or "The" or "In" or "On" or "Tags" or "Topics" or "WATCH" or "READ");
    }

    private static bool IsIntroPrefix(List<Token> tokens, int i)
    {
        // Only connectives before "according to": "But according to X, ...".
        for (var k = 0; k < i; k++) if (!(tokens[k].IsWord && tokens[k].Text is "But" or "And" or "Yet" or "So" or "Still" or "However" or "Also" or "Now" || tokens[k].Is(","))) return false;
        return true;
    }

    // "X said Y, adding that Z" / "X said Y but added Z": a second attribution for the same speaker.
    private void ChainFrom(string text, TextSpan sentence, List<Token> tokens, int stop, ResolvedSpeaker? speaker, List<Attribution> result)
    {
        var k = stop;
        while (k < tokens.Count && (tokens[k].Is(",") || tokens[k].Text is "and" or "but" or "also" or "then" or "later")) k++;
        if (k >= tokens.Count || !CueLexicon.IsChainCue(tokens[k].Text) && !(tokens[k].Text.EndsWith("ed", StringComparison.Ordinal) && CueLexicon.TryGet(tokens[k].Text, out _, out var ck) && ck == CueKind.Speech) && !tokens[k].Is("said")) return;
        var after = SkipModifiers(tokens, k + 1, tokens[k].Text);
        if (tokens[k].Text is "pointing" && after < tokens.Count && tokens[after].Text is "out" or "to") after = SkipModifiers(tokens, after + 1, "noted");
        // "referring to X", "calling for X", "talking about X": the object of the preposition is the content.
        else if (after == k + 1 && after < tokens.Count && tokens[after].IsWord && CueLexicon.TryGet(tokens[k].Text, out var chainLemma, out _) && CueLexicon.TakesPreposition(chainLemma, tokens[after].Text)) after++;
        var (content, next) = ContentAfter(text, sentence, tokens, after, tokens[k].Text);
        if (content is { } c)
        {
            CueLexicon.TryGet(tokens[k].Text, out _, out var kind);
            var cue = after == k + 2 && tokens[k + 1].IsWord ? tokens[k] with { End = tokens[k + 1].End, Text = text[tokens[k].Start..tokens[k + 1].End] } : tokens[k];
            result.Add(Make([c], cue, speaker, sentence, kind));
            ChainFrom(text, sentence, tokens, next, speaker, result);
        }
    }

    private int Passive(string text, TextSpan sentence, List<Token> tokens, int i, List<Attribution> result, CueKind kind)
    {
        var agentStart = i + 2;
        var agentEnd = agentStart;
        while (agentEnd < tokens.Count && agentEnd - agentStart < 8 && (tokens[agentEnd].IsWord || tokens[agentEnd].Is(".") && agentEnd + 1 < tokens.Count && tokens[agentEnd + 1].IsWord) && !tokens[agentEnd].InQuote
            && !(tokens[agentEnd].Text is "for" or "as" or "in" or "on" or "at" or "after" or "because" or "and" or "but" or "who" or "which" or "that" or "to")) agentEnd++;
        if (agentEnd == agentStart) return i;
        var subjEnd = i - 1;
        while (subjEnd > 0 && tokens[subjEnd - 1].IsWord && tokens[subjEnd - 1].Text is "was" or "were" or "is" or "are" or "been" or "be" or "being" or "has" or "have" or "had" or "widely" or "also" or "often" or "repeatedly" or "sharply" or "roundly") subjEnd--;
        var subjStart = subjEnd;
        while (subjStart > 0 && (tokens[subjStart - 1].IsWord || tokens[subjStart - 1].Is("'")) && !tokens[subjStart - 1].InQuote && subjEnd - subjStart < 12
            && !(tokens[subjStart - 1].Text is "that" or "and" or "but" or "because" or "while" or "when" or "if" or "although" or "which" or "who")) subjStart--;
        if (subjStart >= subjEnd) return i;
        var speaker = _resolver.Resolve(tokens, agentStart, agentEnd);
        var content = new TextSpan(tokens[subjStart].Start, tokens[subjEnd - 1].End);
        result.Add(Make([content], tokens[i], speaker, sentence, kind));
        return agentEnd;
    }
}
