using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction;

/// <summary>
/// Finds attributions in one sentence: "X said (that) Y", "Y, X said", "Y, said X", "Y, X added, Z",
/// "according to X, Y", and direct quotations framed by a speaker and cue.
/// </summary>
public sealed class AttributionFinder(SpeakerResolver resolver)
{
    private const int MaxSubjectTokens = 10;

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "also", "later", "previously", "would", "will", "could", "did", "does", "do", "not", "never",
        "repeatedly", "often", "recently", "then", "again", "further", "publicly", "privately", "reportedly", "simply", "just",
        "long", "always", "once", "already", "since", "frequently", "quickly", "flatly", "strongly", "firmly", "clearly",
        "openly", "now", "still", "even", "had", "may", "might", "must", "should", "can", "is", "was", "were", "are", "be",
        "been", "being", "n't", "formally", "officially", "separately", "subsequently", "initially", "first", "finally", "all",
        "both", "each", "too", "themselves", "himself", "herself", "itself", "only", "ever", "certainly", "generally", "broadly",
    };

    private static readonly HashSet<string> BoundaryWords = new(StringComparer.Ordinal)
    {
        "that", "and", "but", "because", "while", "as", "when", "if", "which", "where", "although", "though", "so", "than",
        "whether", "after", "before", "since", "until", "unless", "whom", "what", "how", "why", "or", "nor", "to", "for",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "some", "many", "most", "several", "other", "others",
        "few", "both", "all", "these", "those", "this", "one", "two", "three", "four", "five", "another", "each", "every",
        "no", "any", "more", "fewer", "top", "senior", "former", "local", "state", "federal", "us",
    };

    private static readonly HashSet<string> SpeakerNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "officials", "experts", "critics", "analysts", "supporters", "voters", "observers", "residents", "lawmakers",
        "economists", "scientists", "researchers", "witnesses", "police", "authorities", "sources", "data", "polls", "studies",
        "documents", "records", "people", "democrats", "republicans", "investigators", "prosecutors", "officers", "aides",
        "advisers", "advisors", "activists", "leaders", "members", "diplomats", "doctors", "teachers", "workers", "historians",
        "strategists", "insiders", "allies", "opponents", "conservatives", "liberals", "progressives", "americans", "citizens",
        "polling", "surveys", "reports", "figures", "statistics", "estimates", "organizers", "protesters", "demonstrators",
        "farmers", "parents", "students", "candidates", "donors", "delegates", "pollsters", "reporters", "journalists",
    };

    private static readonly HashSet<string> EvidenceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "poll", "polls", "survey", "surveys", "report", "reports", "study", "studies", "data", "analysis", "research", "figures",
        "numbers", "records", "documents", "results", "investigation", "review", "audit", "census", "estimates", "statistics",
        "findings", "evidence", "tests", "testimony", "email", "emails", "memo", "filings", "projections", "model", "models",
        "polling", "paper", "letter", "statement", "documents", "assessment", "inquiry", "probe", "experiment", "trial", "count",
    };

    private static readonly HashSet<string> ObjectCues = new(StringComparer.Ordinal)
    {
        "told", "tell", "tells", "telling", "assured", "assure", "assures", "warned", "warns", "warning", "urged", "urges", "urging",
        "reminded", "informed", "asked", "asks", "asking", "promised", "promises", "thanked", "thanks", "thanking", "convinced",
    };

    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "earlier", "later", "recently",
        "last", "this", "next", "on", "late", "early", "again", "also", "repeatedly", "publicly", "privately", "previously",
        "then", "once", "separately", "subsequently", "afterward", "afterwards", "shortly", "flatly", "bluntly", "simply",
        "frankly", "emphatically", "forcefully", "firmly", "openly", "quietly", "loudly", "angrily", "confidently",
    };

    private static readonly HashSet<string> Venues = new(StringComparer.OrdinalIgnoreCase)
    {
        "statement", "interview", "email", "e-mail", "speech", "letter", "post", "tweet", "release", "memo", "message", "video",
        "op-ed", "blog", "briefing", "conference", "call", "debate", "rally", "appearance", "hearing", "address", "radio", "television",
        "podcast", "town", "meeting", "session", "filing", "report", "text", "note", "column", "editorial", "essay", "book", "remarks",
    };

    /// <summary>Finds the attributions of one sentence; <paramref name="tokens"/> must come from <see cref="Tokenizer"/>.</summary>
    public List<Attribution> Find(string text, TextSpan sentence, List<Token> tokens)
    {
        var result = new List<Attribution>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (result.Exists(r => r.CueSpan is { } c && c.Start == tokens[i].Start)) { i++; continue; }
            // Inside reported content only plain speech cues nest; other verbs there are part of what was said.
            if (result.Exists(r => r.Content.Exists(c => c.Start <= tokens[i].Start && tokens[i].End <= c.End))
                && !(tokens[i].Text is "said" or "says" or "say" or "told" or "believes" or "believe" or "thinks" or "think" or "argued" or "claimed" or "wrote")) { i++; continue; }
            var next = TryAt(text, sentence, tokens, i, result);
            i = next > i ? next : i + 1;
        }
        return result;
    }

    // Tries the token at i as a cue; returns the index to continue from (past the consumed content) or i.
    private int TryAt(string text, TextSpan sentence, List<Token> tokens, int i, List<Attribution> result)
    {
        var t = tokens[i];
        if (t.Is(":") && !t.InQuote && i >= 1 && i + 1 < tokens.Count && tokens[i + 1].Is("\"") && tokens[i + 1].InQuote)
            return ColonQuote(text, sentence, tokens, i, result);
        if (t.Is(":") && !t.InQuote && i >= 1 && i <= 5 && IsNameLabel(tokens, i) && CountWords(tokens, i + 1, tokens.Count) >= 3)
        {
            // Headline style "Carson: Clinton Not Fit to Serve": the name before the colon said what follows.
            var (content, stop) = ContentAfter(text, sentence, tokens, i + 1);
            if (content is { } c)
            {
                result.Add(Make([c], t, resolver.Resolve(tokens, 0, i), sentence, CueKind.Speech));
                return Math.Max(stop, i + 1);
            }
        }
        if (!t.IsWord || t.InQuote) return i;
        if ((t.Is("according") || t.Is("According")) && i + 1 < tokens.Count && tokens[i + 1].Is("to"))
            return AccordingTo(text, sentence, tokens, i, result);
        if (NounCues.Contains(t.Text) && i >= 1 && i + 2 < tokens.Count && tokens[i + 1].Text is "of" or "on" or "for" or "about" or "against" or "to" or "over")
            return NounCue(text, sentence, tokens, i, result);
        if (t.Text is "Asked" or "asked" && (i == 0 || tokens[i - 1].Text is "When" or "when" or "," or "If" or "if" || tokens[i - 1].Is("\"")) && i + 1 < tokens.Count
            && tokens[i + 1].Text is "whether" or "if" or "about" or "how" or "what" or "why" or "to" or "by" or "who" or "when" or "where" or "which")
            return AskedClause(text, sentence, tokens, i, result);
        if (char.IsUpper(t.Text[0]) && i > 0 && IsTitleCase(tokens) && t.Text.Length > 2 && CueLexicon.TryGet(t.Text.ToLowerInvariant(), out _, out _))
        {
            // Headline style: "Minister Says Deficit Will Narrow".
            t = t with { Text = t.Text.ToLowerInvariant() };
            tokens[i] = t;
        }
        if (!char.IsLower(t.Text[0]) || !CueLexicon.TryGet(t.Text, out _, out var kind)) return i;

        // Subject before the cue.
        var j = i - 1;
        // "Sanders (I-Vt.) on Saturday criticized": skip a time phrase and a parenthesis between subject and cue.
        if (j >= 1 && tokens[j].IsCapitalized && IsWeekday(tokens[j].Text) && tokens[j - 1].Text is "on" or "late" or "early") j -= 2;
        else if (j >= 0 && tokens[j].IsWord && tokens[j].Text is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday" or "today" or "yesterday" or "earlier" or "later") j--;
        if (j >= 1 && tokens[j].Is(")"))
        {
            var open = j - 1;
            while (open >= 0 && !tokens[open].Is("(") && j - open < 8) open--;
            if (open >= 1 && tokens[open].Is("(")) j = open - 1;
        }
        while (j >= 0 && tokens[j].IsWord && (Auxiliaries.Contains(tokens[j].Text) || tokens[j].Text.Length > 4 && tokens[j].Text.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(tokens[j].Text[0])) && !tokens[j].InQuote) j--;
        if (CueLexicon.IsNounLike(t.Text) && !t.Text.EndsWith("ed", StringComparison.Ordinal)
            && !(j >= 0 && tokens[j].IsWord && (Names.IsPronoun(tokens[j].Text) || SpeakerNouns.Contains(tokens[j].Text)
                || tokens[j].IsCapitalized && !Determiners.Contains(tokens[j].Text) && !IsIntroWord(tokens[j].Text)
                    && (j == 0 || !Determiners.Contains(tokens[j - 1].Text) && !tokens[j - 1].Text.EndsWith("'s", StringComparison.Ordinal))))) return i;
        if (j >= 0 && tokens[j].Is("to") && kind == CueKind.Speech && j == i - 1 && char.IsLower(t.Text[0]) && !CueLexicon.IsNounLike(t.Text))
        {
            // "went on to say X", "plans to announce X": the infinitive's subject is the sentence's subject.
            var infinitiveAfter = SkipModifiers(tokens, i + 1, t.Text);
            if (CountWords(tokens, infinitiveAfter, tokens.Count) >= 2 && (i + 1 >= tokens.Count || tokens[i + 1].Text is not ("to" or "with" or "at" or "in" or "for" or "from" or "by" or "up" or "out")))
            {
                var (content, stop) = ContentAfter(text, sentence, tokens, infinitiveAfter, t.Text);
                if (content is { } c)
                {
                    result.Add(Make([c], t, SentenceSubject(tokens), sentence, kind));
                    return Math.Max(stop, i + 1);
                }
            }
            return i;
        }
        if (j >= 0 && tokens[j].IsWord && (tokens[j].Text is "to" or "of" or "for" or "by" or "with" or "in" or "not" || tokens[j].IsLower("the") || tokens[j].IsLower("a") || tokens[j].IsLower("an"))) return i;
        var subject = FindSubject(tokens, j, kind, t.Text is "say" or "said" or "says" or "told" or "tell" or "tells");
        var subjStart = subject.Start;
        var subjEnd = subject.End;
        var k = subject.Boundary;
        // A speech quotation opens the sentence; a quoted title mid-sentence ("on ABC's \"This Week,\"") does not count.
        var quoteBefore = k >= 0 && k < tokens.Count && tokens[k].Is("\"") && OpensWithQuote(tokens);

        // Prepositional uses: "referred to X" and "talked about X" carry content; "spoke to reporters" does not.
        CueLexicon.TryGet(t.Text, out var lemma, out _);
        var cueEnd = i;
        if (i + 1 < tokens.Count && tokens[i + 1].IsWord && !tokens[i + 1].InQuote && tokens[i + 1].Text is "to" or "with" or "at" or "in" or "for" or "from" or "on" or "by" or "up" or "down" or "off" or "back" or "out" or "about" or "of" or "against" or "over")
        {
            if (CueLexicon.TakesPreposition(lemma, tokens[i + 1].Text)) cueEnd = i + 1;
            else if (!quoteBefore && SkipModifiers(tokens, i + 1, t.Text) == i + 1
                && !(i + 2 < tokens.Count && (tokens[i + 2].Text is "least" or "most" || char.IsDigit(tokens[i + 2].Text[0]))) && !(tokens[i + 1].Is("to") && (kind == CueKind.Belief || TakesInfinitive(lemma)))
                && !(lemma == "say" && tokens[i + 1].Text is "in" or "on" or "at"))
            {
                // "spoke with X", "railed against X": the object of the preposition is what the cue is about.
                if (tokens[i + 1].Text is "on" or "about" or "for" or "against" or "over" or "with" or "of" && kind != CueKind.Belief && i + 2 < tokens.Count && tokens[i + 2].IsWord) cueEnd = i + 1;
                else return i;
            }
        }
        var hasSubject = subjStart < subjEnd;
        var afterCue = cueEnd > i ? cueEnd + 1 : SkipModifiers(tokens, i + 1, t.Text);
        if (cueEnd > i) t = t with { End = tokens[cueEnd].End, Text = text[t.Start..tokens[cueEnd].End] };
        var afterHasContent = CountWords(tokens, afterCue, tokens.Count) >= 1;

        if (hasSubject)
        {
            var boundaryIsComma = k >= 0 && (tokens[k].Is(",") || tokens[k].Is("\""));
            var before = boundaryIsComma ? ContentBefore(text, sentence, tokens, k) : null;
            var speaker = resolver.Resolve(tokens, subject.SpeakerStart, subject.SpeakerEnd);
            if (subject.Who && speaker is not null) speaker = speaker with { Mention = new TextSpan(tokens[subjStart].Start, tokens[subjEnd - 1].End) };
            // After a quotation the frame closes the sentence: "\"Q,\" she told The Associated Press in an interview."
            // "Y, Cruz said on Glenn Beck's radio program.": a prepositional phrase after the cue is a modifier.
            var afterIsModifier = k >= 0 && tokens[k].Is("\"") && afterCue < tokens.Count && tokens[afterCue].Text is "on" or "in" or "at" or "during" or "to" or "from" or "after" or "before" or "while" or "with" or "as" or "when" or "outside" or "inside" or "near";
            if (before is { } b && (!afterHasContent || quoteBefore || afterIsModifier || afterCue < tokens.Count && tokens[afterCue].Is(",")))
            {
                var content = new List<TextSpan> { b };
                var end = afterCue;
                // "Asked about it, Adelson said, \"...\"": the stretch before the frame was an introduction.
                if (!quoteBefore && afterCue + 1 < tokens.Count && tokens[afterCue].Is(",") && tokens[afterCue + 1].Is("\"") && tokens[afterCue + 1].InQuote && !ContainsQuote(tokens, b))
                    content.Clear();
                // "Y, he added, Z": the rest after the comma continues the content.
                var restAt = quoteBefore ? FirstQuoteAfter(tokens, afterCue) : afterCue;
                if (restAt < tokens.Count && (tokens[restAt].Is(",") || quoteBefore) && CountWords(tokens, restAt + 1, tokens.Count) >= 2)
                {
                    var (rest, stop) = ContentAfter(text, sentence, tokens, quoteBefore ? restAt : restAt + 1);
                    if (rest is { } r) content.Add(r);
                    end = stop;
                }
                if (content.Count == 0) return i;
                result.Add(Make(content, t, speaker, sentence, kind));
                if (end == afterCue) ChainFrom(text, sentence, tokens, afterCue, speaker, result);
                return Math.Max(end, i + 1);
            }
            // Raising verbs ("The plan seemed doomed", "Cruz is expected to win") attribute the whole
            // proposition to nobody in particular: subject and complement together are the content.
            if (afterHasContent && (lemma is "seem" or "appear" || t.Text == "expected" && j < i - 1 && tokens[i - 1].Text is "is" or "are" or "was" or "were" or "widely"))
            {
                var (rest, stop) = ContentAfter(text, sentence, tokens, afterCue, tokens[i].Text, subject.Subordinate);
                if (rest is { } r)
                {
                    var subjectSpan = new TextSpan(tokens[subjStart].Start, tokens[subjEnd - 1].End);
                    result.Add(Make([subjectSpan, r], t, null, sentence, kind));
                    return Math.Max(stop, i + 1);
                }
            }
            if (afterHasContent && kind != CueKind.Evidence || afterHasContent && CountWords(tokens, afterCue, tokens.Count) >= 2)
            {
                // A relative clause ("Petrilli, who thinks X, called ...") ends at its comma.
                var (content, stop) = ContentAfter(text, sentence, tokens, afterCue, tokens[i].Text, subject.Subordinate || subject.Who);
                if (content is { } c)
                {
                    result.Add(Make([c], t, speaker, sentence, kind));
                    ChainFrom(text, sentence, tokens, stop, speaker, result);
                    // Keep scanning inside the content: reported speech nests ("X said Y told him that Z").
                    return Math.Max(afterCue, i + 1);
                }
            }
            return i;
        }

        // "..., saying that Y" / "X called ... and said Y": the subject of the sentence or of the previous attribution.
        if (j >= 0 && (tokens[j].Text is "and" or "but" && !CueLexicon.IsNounLike(t.Text) && !t.Text.EndsWith("ing", StringComparison.Ordinal) || tokens[j].Text is "said" or "says" || tokens[j].Is(",") && CueLexicon.IsChainCue(t.Text)) && afterHasContent)
        {
            var speaker = result.Count > 0 ? result[^1].Speaker : SentenceSubject(tokens);
            if (speaker is not null || tokens[j].Is(","))
            {
                var (content, stop) = ContentAfter(text, sentence, tokens, afterCue, tokens[i].Text);
                if (content is { } c)
                {
                    result.Add(Make([c], t, speaker, sentence, kind));
                    return Math.Max(stop, i + 1);
                }
            }
        }

        // "Y, said X." / "\"Y,\" said X": the speaker follows the cue.
        if (kind == CueKind.Speech && IsInversionCue(t.Text) && j >= 0 && (tokens[j].Is(",") || tokens[j].Is("\"")) && i + 1 < tokens.Count)
        {
            var s = i + 1;
            var e = s;
            while (e < tokens.Count && e - s < 12 && (tokens[e].IsWord || tokens[e].Is(".") && e + 1 < tokens.Count && tokens[e + 1].IsWord) && !tokens[e].InQuote) e++;
            if (tokens[s].Text is "he" or "she" && e > s + 1 && !TimeWords.Contains(tokens[s + 1].Text)) return i;
            if (tokens[s].Text is "he" or "she") e = s + 1;
            if (e > s && (tokens[s].IsCapitalized || Determiners.Contains(tokens[s].Text) || tokens[s].Text is "he" or "she"))
            {
                var before = ContentBefore(text, sentence, tokens, j);
                if (before is { } b)
                {
                    var speaker = resolver.Resolve(tokens, s, e);
                    var content = new List<TextSpan> { b };
                    if (e < tokens.Count && tokens[e].Is(",") && e + 1 < tokens.Count && tokens[e + 1].Is("\"") && tokens[e + 1].InQuote)
                    {
                        var (rest, stop) = ContentAfter(text, sentence, tokens, e + 1);
                        if (rest is { } r) content.Add(r);
                        e = stop;
                    }
                    result.Add(Make(content, t, speaker, sentence, kind));
                    return Math.Max(e, i + 1);
                }
            }
        }
        return i;
    }

    private int AccordingTo(string text, TextSpan sentence, List<Token> tokens, int i, List<Attribution> result)
    {
        var s = i + 2;
        var e = s;
        while (e < tokens.Count && e - s < 14 && !tokens[e].Is(",") && !(tokens[e].Is(".") && e == tokens.Count - 1) && !tokens[e].InQuote) e++;
        if (e == s) return i;
        var speaker = resolver.Resolve(tokens, s, e);
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
            var b = ContentBefore(text, sentence, tokens, tokens[i - 1].Is(",") ? i - 1 : i);
            if (b is { } before)
            {
                var content = new List<TextSpan> { before };
                if (e < tokens.Count && tokens[e].Is(",") && CountWords(tokens, e + 1, tokens.Count) >= 2)
                {
                    var (rest, stop) = ContentAfter(text, sentence, tokens, e + 1);
                    if (rest is { } r) content.Add(r);
                    e = stop;
                }
                result.Add(Make(content, cueToken, speaker, sentence, CueKind.Speech));
                return Math.Max(e, i + 1);
            }
        }
        return i;
    }

    // "He demurred: \"Q\"", "As Professor Foner put it: \"Q\"", "The headline reads: \"Q\"": any verb before a colon and a quotation.
    private int ColonQuote(string text, TextSpan sentence, List<Token> tokens, int i, List<Attribution> result)
    {
        var (content, stop) = ContentAfter(text, sentence, tokens, i + 1);
        if (content is not { } c) return i;
        var cueIndex = i - 1;
        while (cueIndex >= 0 && tokens[cueIndex].IsWord && (TimeWords.Contains(tokens[cueIndex].Text) || tokens[cueIndex].Text is "it")) cueIndex--;
        ResolvedSpeaker? speaker = null;
        Token cue = tokens[i];
        if (cueIndex >= 0 && tokens[cueIndex].IsWord && char.IsLower(tokens[cueIndex].Text[0]))
        {
            cue = tokens[cueIndex];
            var j = cueIndex - 1;
            while (j >= 0 && tokens[j].IsWord && Auxiliaries.Contains(tokens[j].Text)) j--;
            var subject = FindSubject(tokens, j, CueKind.Speech);
            if (subject.Start < subject.End) speaker = resolver.Resolve(tokens, subject.SpeakerStart, subject.SpeakerEnd);
        }
        else if (cueIndex >= 0 && tokens[cueIndex].IsCapitalized && cueIndex < 6)
        {
            // "Milbank: \"...\"" — a name and a colon.
            speaker = resolver.Resolve(tokens, 0, cueIndex + 1);
        }
        speaker ??= SentenceSubject(tokens);
        if (speaker is null) return i;
        result.Add(Make([c], cue, speaker, sentence, CueKind.Speech));
        return Math.Max(stop, i + 1);
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
            asker = resolver.Resolve(tokens, k + 1, e);
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
    };

    private int NounCue(string text, TextSpan sentence, List<Token> tokens, int i, List<Attribution> result)
    {
        // The owner: a possessive right before the noun, or before one adjective ("his repeated attacks on").
        var p = i - 1;
        if (p >= 1 && tokens[p].IsWord && char.IsLower(tokens[p].Text[0]) && !IsPossessive(tokens[p])) p--;
        if (p < 0 || !IsPossessive(tokens[p])) return i;
        var (content, stop) = ContentAfter(text, sentence, tokens, i + 2, "attack");
        if (content is not { } c) return i;
        var owner = tokens[p];
        ResolvedSpeaker? speaker;
        if (owner.Text is "his" or "her" or "their" or "His" or "Her" or "Their")
        {
            speaker = resolver.Resolve([owner with { Text = owner.Text.ToLowerInvariant() switch { "his" => "he", "her" => "she", _ => "they" } }], 0, 1);
            if (speaker is not null) speaker = speaker with { Mention = owner.Span };
        }
        else
        {
            var s = p;
            while (s > 0 && (tokens[s - 1].IsCapitalized || tokens[s - 1].Is(".")) && p - s < 4) s--;
            var nameTokens = tokens.GetRange(s, p - s + 1);
            nameTokens[^1] = nameTokens[^1] with { Text = nameTokens[^1].Text[..^2], End = nameTokens[^1].End - 2 };
            speaker = resolver.Resolve(nameTokens, 0, nameTokens.Count);
        }
        var cue = tokens[i] with { End = tokens[i + 1].End, Text = text[tokens[i].Start..tokens[i + 1].End] };
        result.Add(Make([c], cue, speaker, sentence, CueKind.Speech));
        return Math.Max(stop, i + 1);
    }

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
        var (content, next) = ContentAfter(text, sentence, tokens, after, tokens[k].Text);
        if (content is { } c)
        {
            CueLexicon.TryGet(tokens[k].Text, out _, out var kind);
            result.Add(Make([c], tokens[k], speaker, sentence, kind));
            ChainFrom(text, sentence, tokens, next, speaker, result);
        }
    }

    private static bool SpeechCueWithin(List<Token> tokens, int from, int count)
    {
        for (var m = from; m < tokens.Count && m < from + count; m++)
        {
            if (!tokens[m].IsWord || tokens[m].InQuote) return false;
            if (char.IsLower(tokens[m].Text[0]) && CueLexicon.TryGet(tokens[m].Text, out _, out var kind) && kind == CueKind.Speech && m > from && !CueLexicon.IsNounLike(tokens[m].Text)) return true;
        }
        return false;
    }

    private static bool ContainsQuote(List<Token> tokens, TextSpan span)
    {
        foreach (var t in tokens) if (t.InQuote && t.Start >= span.Start && t.End <= span.End) return true;
        return false;
    }

    private static bool IsTitleCase(List<Token> tokens)
    {
        int words = 0, capitals = 0;
        foreach (var t in tokens)
        {
            if (!t.IsWord || t.Text.Length < 4) continue;
            words++;
            if (char.IsUpper(t.Text[0])) capitals++;
        }
        return words >= 3 && capitals * 10 >= words * 8;
    }

    private static bool OpensWithQuote(List<Token> tokens)
    {
        var s = 0;
        while (s < tokens.Count && tokens[s].IsWord && !tokens[s].InQuote && tokens[s].Text is "But" or "And" or "So" or "Yet") s++;
        return s < tokens.Count && tokens[s].Is("\"") && tokens[s].InQuote;
    }

    private static bool IsInversionCue(string w) => w is "said" or "says" or "added" or "adds" or "wrote" or "writes" or "asked" or "asks" or "noted" or "notes"
        or "explained" or "continued" or "insisted" or "argued" or "recalled" or "declared" or "replied" or "responded" or "remarked" or "warned"
        or "observed" or "tweeted" or "cautioned" or "concluded" or "quipped" or "exclaimed" or "told" or "stated" or "acknowledged" or "admitted" or "conceded" or "countered" or "predicted" or "promised" or "joked" or "offered" or "suggested" or "emphasized" or "stressed" or "agreed";

    private static int FirstQuoteAfter(List<Token> tokens, int k)
    {
        for (var m = k; m < tokens.Count; m++)
        {
            if (tokens[m].Is("\"") && tokens[m].InQuote) return m > 0 && tokens[m - 1].Text is "," or ":" && !tokens[m - 1].InQuote ? m : tokens.Count;
            if (tokens[m].IsWord && !tokens[m].InQuote && !TimeWords.Contains(tokens[m].Text) && m > k + 12) break;
        }
        return tokens.Count;
    }

    // The name or pronoun opening the sentence, for attributions whose subject is implied.
    private ResolvedSpeaker? SentenceSubject(List<Token> tokens)
    {
        var s = 0;
        while (s < tokens.Count && tokens[s].IsWord && tokens[s].Text is "But" or "And" or "Yet" or "So" or "Still" or "Then" or "Later") s++;
        if (s < tokens.Count && IsIntroWord(tokens[s].Text) && tokens[s].Text is not ("The" or "A" or "An"))
        {
            // "In the past, Trump ...": the subject follows the introductory phrase.
            var comma = s;
            while (comma < tokens.Count && comma < s + 12 && !tokens[comma].Is(",")) comma++;
            if (comma >= tokens.Count || !tokens[comma].Is(",")) return null;
            s = comma + 1;
        }
        if (s >= tokens.Count || tokens[s].InQuote) return null;
        if (Names.IsPronoun(tokens[s].Text) && tokens[s].Text is not ("It" or "it")) return resolver.Resolve(tokens, s, s + 1);
        if (!tokens[s].IsCapitalized) return null;
        var e = s;
        while (e < tokens.Count && e - s < 6 && (tokens[e].IsCapitalized || tokens[e].Is(".")) && !tokens[e].InQuote) e++;
        return resolver.Resolve(tokens, s, e);
    }

    private readonly record struct Subject(int Start, int End, int Boundary, int SpeakerStart, int SpeakerEnd, bool Who, bool Subordinate = false);

    /// <summary>
    /// Walks back from the token before the cue to the start of its subject. Hops over appositives and relative
    /// clauses ("Marta Diaz, 52, the union's leader, said"; "Friends of Mr. Clinton who have seen him say") to the name.
    /// </summary>
    private static Subject FindSubject(List<Token> tokens, int j, CueKind kind, bool plainSpeech = false)
    {
        var none = new Subject(j + 1, j + 1, j, j + 1, j + 1, false);
        if (j < 0) return none;
        // "the senator, who said ...": the relative pronoun stands for the noun phrase before it.
        if (tokens[j].Is("who") || tokens[j].Is("which"))
        {
            var (hs, he) = HeadBefore(tokens, j - 1);
            return hs < he ? new Subject(j, j + 1, j, hs, he, true) : none;
        }
        // "Grant Young, another Iowa strategist, said" / "Ann Compton, who covered ..., said": the name before the aside.
        if (tokens[j].Is(","))
        {
            // "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said": a party label belongs to the name.
            var prevComma = j - 1;
            while (prevComma >= 0 && (tokens[prevComma].IsCapitalized || tokens[prevComma].Is(".")) && !tokens[prevComma].InQuote) prevComma--;
            if (prevComma >= 1 && prevComma < j - 1 && tokens[prevComma].Is(",") && tokens[prevComma + 1].IsCapitalized && !IsIntroWord(tokens[prevComma + 1].Text) && j - prevComma <= 5)
                return new Subject(prevComma + 1, j, prevComma, prevComma + 1, j, false);
            for (var c = j - 1; c >= 1 && j - c <= 25; c--)
            {
                if (tokens[c].InQuote || tokens[c].Is(";") || tokens[c].Is(":")) break;
                if (!tokens[c].Is(",")) continue;
                if (c >= 2 && tokens[c - 1].IsWord && char.IsLower(tokens[c - 1].Text[0]) && tokens[c - 2].Is(",")
                    && (tokens[c - 1].Text.EndsWith("ly", StringComparison.Ordinal) || tokens[c - 1].Text is "meanwhile" or "however" or "too" or "though" or "instead" or "also" or "then" or "now" or "however"))
                {
                    c -= 1;
                    continue;
                }
                var n = c - 1;
                if (n >= 1 && tokens[n].Is(")"))
                {
                    var open = n - 1;
                    while (open >= 0 && !tokens[open].Is("(") && n - open < 8) open--;
                    if (open < 1 || !tokens[open].Is("(")) break;
                    n = open - 1;
                }
                var nameEnd = n + 1;
                while (n >= 0 && (tokens[n].IsCapitalized || tokens[n].Is(".") || tokens[n].Text.EndsWith("'s", StringComparison.Ordinal)) && !tokens[n].InQuote && nameEnd - n <= 6) n--;
                var nameStart = n + 1;
                if (nameStart >= nameEnd || !tokens[nameStart].IsCapitalized || IsIntroWord(tokens[nameStart].Text) && !(tokens[nameStart].Text is "The" && nameStart + 1 < c)) break;
                // A role before the name belongs to the subject: "The union leader Pablo Rojas, who ..., warned".
                while (n >= 0 && tokens[n].IsWord && !tokens[n].InQuote && !BoundaryWords.Contains(tokens[n].Text) && !ClauseVerbs.Contains(tokens[n].Text) && c - n <= 10) n--;
                if (n >= 0 && tokens[n].IsWord && !BoundaryWords.Contains(tokens[n].Text)) break;
                return new Subject(n + 1, j, n, nameStart, nameEnd, false);
            }
            return none;
        }
        var subjEnd = j + 1;
        var k = j;
        while (k >= 0 && subjEnd - k <= MaxSubjectTokens)
        {
            var w = tokens[k];
            if (w.InQuote) break;
            if (!w.IsWord && !w.Is(".") && !w.Is("'") && !w.Is("-") && !(w.Is(",") && k > 1 && tokens[k - 1].Text.All(char.IsDigit) && tokens[k - 2].Is(",") && k + 1 < tokens.Count && tokens[k + 1].IsWord)) break;
            if (w.IsWord && (BoundaryWords.Contains(w.Text) || ClauseVerbs.Contains(w.Text))) break;
            k--;
        }
        if (k >= 0 && tokens[k].Is("—")) return none;
        var subjStart = k + 1;
        while (subjStart < subjEnd && !tokens[subjStart].IsWord) subjStart++;
        var subordinate = subjStart < subjEnd && tokens[subjStart].Text is "While" or "Although" or "Though" or "If" or "When" or "Because" or "Since" or "Whereas" or "Once" or "Unless";
        // "As Trump said", "But the senator said": leading connectives are not part of the subject.
        while (subjStart < subjEnd - 1 && tokens[subjStart].IsCapitalized && tokens[subjStart].Text is "As" or "But" or "And" or "So" or "Yet" or "Still" or "Now" or "Then" or "Also" or "Meanwhile" or "However" or "Indeed" or "Instead"
            or "While" or "Although" or "Though" or "If" or "When" or "Because" or "Since" or "Whereas" or "Once" or "Unless" or "Even") subjStart++;
        // "Politicians and even some technologists say": a coordinated subject.
        if (k >= 1 && tokens[k].Text is "and" or "or" && !tokens[k].InQuote && (tokens[k - 1].IsCapitalized || SpeakerNouns.Contains(tokens[k - 1].Text)))
        {
            var m = k - 1;
            while (m >= 0 && (tokens[m].IsWord || tokens[m].Is(".")) && !tokens[m].InQuote && !BoundaryWords.Contains(tokens[m].Text) && !ClauseVerbs.Contains(tokens[m].Text) && subjEnd - m <= MaxSubjectTokens) m--;
            if (m < 0 || !tokens[m].IsWord) { k = m; subjStart = m + 1; }
        }
        if (subjStart >= subjEnd) return none;
        // "Friends of Mr. Clinton's who have seen him on the trail recently say": a relative clause inside the subject.
        for (var m = k; m >= 0 && m >= k - 3; m--)
        {
            if (tokens[m].InQuote || !tokens[m].IsWord) break;
            if (tokens[m].Text is not "who") continue;
            var (hs, he) = HeadBefore(tokens, m - 1);
            if (hs < he && (tokens[hs].IsCapitalized || SpeakerNouns.Contains(tokens[he - 1].Text) || Determiners.Contains(tokens[hs].Text)))
                return new Subject(hs, subjEnd, hs - 1, hs, he, false);
            break;
        }
        var speakerStart = subjStart;
        var speakerEnd = subjEnd;
        // Appositives: hop back over comma-separated stretches that do not start like a name.
        for (var hop = 0; hop < 3 && k >= 1 && tokens[k].Is(",") && !StartsLikeName(tokens, speakerStart, speakerEnd, kind); hop++)
        {
            var m = k - 1;
            while (m >= 0 && (tokens[m].IsCapitalized || tokens[m].Is(".") || tokens[m].Text.EndsWith("'s", StringComparison.Ordinal)) && !tokens[m].InQuote && k - m <= 6) m--;
            if (m == k - 1 || IsIntroWord(tokens[m + 1].Text) || m >= 0 && tokens[m].IsWord && !BoundaryWords.Contains(tokens[m].Text)) break;
            speakerStart = m + 1;
            speakerEnd = k;
            subjStart = m + 1;
            k = m;
        }
        // "say"/"tell" are attributions whatever their subject looks like ("multiple sources privy to talks say").
        if (!IsPlausibleSubject(tokens, speakerStart, speakerEnd, kind)
            && !(plainSpeech && speakerEnd - speakerStart <= 8 && tokens[speakerEnd - 1].IsWord && !ClauseVerbs.Contains(tokens[speakerEnd - 1].Text) && char.IsLower(tokens[speakerStart].Text[0]) && tokens[speakerEnd - 1].Text.EndsWith('s'))
            && !(speakerEnd - speakerStart <= 6 && tokens[speakerEnd - 1].IsWord && !ClauseVerbs.Contains(tokens[speakerEnd - 1].Text) && !tokens[speakerEnd - 1].Text.EndsWith("ly", StringComparison.Ordinal)
                && !tokens[speakerEnd - 1].Text.EndsWith("ing", StringComparison.Ordinal) && !tokens[speakerEnd - 1].Text.EndsWith("ed", StringComparison.Ordinal) && !BoundaryWords.Contains(tokens[speakerEnd - 1].Text)
                && tokens[speakerEnd - 1].Text is not ("it" or "this" or "there" or "what" or "which" or "who" or "also" or "not") && tokens[speakerStart].IsWord)) return none;
        return new Subject(subjStart, subjEnd, k, speakerStart, speakerEnd, false, subordinate);
    }

    private static readonly HashSet<string> ClauseVerbs = new(StringComparer.Ordinal)
    {
        "is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "can", "could", "do", "does", "did",
        "who", "which", "whose", "said", "says", "told", "shall", "should", "may", "might", "must",
    };

    private static bool IsIntroWord(string w) => w is "In" or "On" or "At" or "After" or "Before" or "When" or "While" or "But" or "And" or "As" or "For" or "If"
        or "Still" or "Yet" or "So" or "Then" or "Now" or "Meanwhile" or "However" or "Since" or "During" or "Although" or "Though" or "Last" or "This" or "The" or "A" or "An";

    private static bool StartsLikeName(List<Token> tokens, int s, int e, CueKind kind)
    {
        if (s >= e) return false;
        var first = tokens[s];
        if (first.IsCapitalized && !(first.Text is "The" or "A" or "An")) return true;
        if (Names.IsPronoun(first.Text)) return true;
        if (SpeakerNouns.Contains(first.Text)) return true;
        return false;
    }

    // The capitalised name (or short noun phrase) ending at token m, skipping one comma: "Rahm Emanuel, who ...".
    private static (int Start, int End) HeadBefore(List<Token> tokens, int m)
    {
        if (m >= 0 && tokens[m].Is(",")) m--;
        var e = m + 1;
        while (m >= 0 && (tokens[m].IsWord || tokens[m].Is(".") || tokens[m].Is("'")) && !tokens[m].InQuote && e - m <= 6 && !BoundaryWords.Contains(tokens[m].Text) && !ClauseVerbs.Contains(tokens[m].Text)) m--;
        return (m + 1, e);
    }

    private static bool IsPlausibleSubject(List<Token> tokens, int s, int e, CueKind kind)
    {
        var first = tokens[s];
        var words = 0;
        for (var k = s; k < e; k++) if (tokens[k].IsWord) words++;
        if (words == 0) return false;
        if (words == 1 && Names.IsPronoun(first.Text)) return !first.IsLower("it") || kind != CueKind.Speech;
        if (kind == CueKind.Evidence) return EvidenceNouns.Contains(tokens[e - 1].Text) || first.IsCapitalized || Determiners.Contains(first.Text);
        if (char.IsDigit(first.Text[0])) return words <= 8;
        if (first.IsCapitalized && s == 0 && words == 1 && first.Text is "But" or "And" or "Also" or "Then" or "Now" or "So") return false;
        if (first.Text is "Since" or "After" or "Before" or "When" or "While" or "If" or "Although" or "Though" or "Because" or "As" or "Once" or "Until" or "Unless" or "Whether" or "Despite" or "Without" or "With" or "For" or "In" or "On" or "At" or "By" or "From" or "During" or "Like") return false;
        if (first.IsCapitalized) return true;
        if (Determiners.Contains(first.Text)) return true;
        // "pizza magnate Herman Cain", "spokesperson Monica Klein": a role before a name.
        if (words <= 6 && e - s >= 2 && tokens[e - 1].IsCapitalized && tokens[e - 2].IsCapitalized) return true;
        return SpeakerNouns.Contains(first.Text) || SpeakerNouns.Contains(tokens[e - 1].Text);
    }

    private static int CountWords(List<Token> tokens, int from, int to)
    {
        var n = 0;
        for (var k = from; k < to; k++) if (tokens[k].IsWord) n++;
        return n;
    }

    // Skips "that", times ("on Tuesday", "last week"), venues ("in a statement"), objects of "told", and ":".
    private static int SkipModifiers(List<Token> tokens, int k, string cue)
    {
        // A "that" close behind the cue starts the content: "said on Tuesday in a statement that ...".
        for (var m = k; m < tokens.Count && m < k + 10 && !TakesObjectOnly(cue); m++)
        {
            if (tokens[m].InQuote || tokens[m].Is(",") && m > k) break;
            if (tokens[m].Is("that")) return m; // PolNeAR-style content keeps the complementizer
        }
        if (ObjectCues.Contains(cue) && k < tokens.Count && !tokens[k].InQuote)
        {
            var t = tokens[k];
            if (t.Text is "him" or "her" or "them" or "me" or "us" or "you" or "reporters" or "supporters" or "voters" or "journalists" or "lawmakers" or "lawmaker" or "listeners" or "viewers" or "Congress") k++;
            else if (t.Text is "the" or "a" && k + 1 < tokens.Count && tokens[k + 1].IsCapitalized)
            {
                k++;
                while (k < tokens.Count && tokens[k].IsCapitalized) k++;
            }
            else if (t.IsCapitalized)
                while (k < tokens.Count && (tokens[k].IsCapitalized || tokens[k].Is("."))) k++;
            else if (t.Text is "the" or "a" or "an" or "his" or "her" or "their" && k + 1 < tokens.Count && tokens[k + 1].IsWord)
                k += tokens.Count > k + 2 && tokens[k + 2].IsWord && !tokens[k + 2].InQuote && tokens[k + 2].Text is "crowd" or "audience" or "reporters" or "press" or "committee" ? 3 : 2;
        }
        while (k < tokens.Count)
        {
            var t = tokens[k];
            if (t.InQuote) break;
            if (t.IsWord && TimeWords.Contains(t.Text) || t.IsCapitalized && IsWeekday(t.Text)) { k++; continue; }
            if (t.Text is "in" or "at" or "during" && k + 2 < tokens.Count && tokens[k + 1].Text is "a" or "an" or "the" or "his" or "her" or "their" or "its")
            {
                var m = k + 2;
                while (m < tokens.Count && m < k + 5 && tokens[m].IsWord && !Venues.Contains(tokens[m].Text)) m++;
                if (m < tokens.Count && Venues.Contains(tokens[m].Text))
                {
                    k = m + 1;
                    // "with CNN", "on Fox News", "to supporters" after the venue.
                    if (k < tokens.Count && tokens[k].Text is "with" or "on" or "to" or "at" or "from")
                    {
                        var n = k + 1;
                        while (n < tokens.Count && n < k + 6 && (tokens[n].IsCapitalized || tokens[n].Text is "the" or "'s" or "." || tokens[n].Text.EndsWith("'s", StringComparison.Ordinal))) n++;
                        if (n > k + 1) k = n;
                    }
                    continue;
                }
                break;
            }
            if (t.Text is "on" or "to" && k + 1 < tokens.Count && tokens[k + 1].IsCapitalized)
            {
                k++;
                while (k < tokens.Count && (tokens[k].IsCapitalized || tokens[k].Text.EndsWith("'s", StringComparison.Ordinal))) k++;
                continue;
            }
            if (t.Is(":") ) { k++; break; }
            break;
        }
        return k;
    }

    // Verbs whose "that" is a demonstrative ("rejected that view"), never a complementizer.
    private static bool TakesObjectOnly(string cue) =>
        CueLexicon.TryGet(cue, out var lemma, out _) && lemma is "reject" or "criticize" or "criticise" or "dismiss" or "praise" or "endorse" or "support" or "oppose"
            or "back" or "attack" or "call" or "describe" or "defend" or "blast" or "slam" or "denounce" or "condemn" or "applaud" or "favor" or "like" or "love" or "hate" or "dislike" or "question" or "dispute" or "discuss" or "debate" or "address" or "tout" or "highlight" or "cite";

    // "declined to comment", "vowed to fight": the infinitive is the content.
    private static bool TakesInfinitive(string lemma) => lemma is "decline" or "refuse" or "agree" or "promise" or "vow" or "pledge" or "threaten" or "offer"
        or "propose" or "decide" or "plan" or "hope" or "want" or "expect" or "seek" or "intend" or "prefer" or "wish" or "like" or "love" or "hate" or "swear" or "demand" or "ask" or "urge" or "beg" or "claim";

    private static bool IsWeekday(string w) => w is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday";

    // Content from the sentence start to the boundary token at b (a comma, or the closing quote it belongs to).
    private static TextSpan? ContentBefore(string text, TextSpan sentence, List<Token> tokens, int b)
    {
        if (b <= 0 || CountWords(tokens, 0, b) < 2) return null;
        var start = tokens[0].Start;
        // A leading connective is not part of what was said.
        var firstWord = 0;
        while (firstWord < b && tokens[firstWord].IsWord && !tokens[firstWord].InQuote && tokens[firstWord].Text is "But" or "And" or "So" or "Yet" or "Still") firstWord++;
        while (firstWord < b && tokens[firstWord].Is(",")) firstWord++;
        // "While most were X, two were Y, according to ...": the subordinate clause is not what was said.
        if (firstWord < b && tokens[firstWord].Text is "While" or "Although" or "Though" or "Because" or "If" or "When" or "After" or "Before" or "Since" or "Despite" or "Whereas" or "Unless" or "Once")
        {
            var comma = firstWord + 1;
            while (comma < b && !(tokens[comma].Is(",") && !tokens[comma].InQuote)) comma++;
            if (comma < b && CountWords(tokens, comma + 1, b) >= 2) firstWord = comma + 1;
        }
        start = tokens[firstWord].Start;
        var end = tokens[b].Is("\"") ? tokens[b].End : tokens[b - 1].End;
        // '"We won,"' keeps the comma inside the quotation; a bare trailing comma is dropped.
        if (tokens[b].Is(",") && b + 1 < tokens.Count && tokens[b + 1].Is("\"") && tokens[b + 1].InQuote) end = tokens[b + 1].End;
        if (b >= 1 && tokens[b].Is("\"") && b + 1 < tokens.Count && tokens[b + 1].Is(",")) end = tokens[b].End;
        return end > start ? new TextSpan(start, end) : null;
    }

    // Content from token k to the sentence end (or to a chained cue), without the final period.
    /// <param name="clauseOnly">The attribution sits in a subordinate clause ("While critics say X, ..."): stop at its comma.</param>
    private static (TextSpan? Content, int Stop) ContentAfter(string text, TextSpan sentence, List<Token> tokens, int k, string? cue = null, bool clauseOnly = false)
    {
        while (k < tokens.Count && (tokens[k].Is(",") || tokens[k].Is(":"))) k++;
        if (k >= tokens.Count) return (null, k);
        // "O'Malley said, according to the Las Vegas Sun": a source, not content.
        if (tokens[k].IsLower("according")) return (null, k);
        var stop = tokens.Count;
        // Verbs that take an object ("endorsed Clinton", "recounted his wife's story") end their content with the
        // noun phrase; verbs of saying and thinking take a whole clause.
        var objectOnly = cue is not null && !TakesClause(cue);
        for (var m = k + 1; m < tokens.Count - 1; m++)
        {
            if (clauseOnly && (tokens[m].Is(",") && !tokens[m].InQuote || tokens[m].Is("\"") && tokens[m - 1].Is(",") && tokens[m - 1].InQuote && tokens[m + 1].IsWord && !tokens[m + 1].InQuote))
            {
                stop = tokens[m].Is("\"") ? m + 1 : m;
                break;
            }
            if (tokens[m].InQuote) continue;
            var next = tokens[m + 1];
            if (objectOnly && (tokens[m].Text is "," or "—" or "–" or ";" or ":" || tokens[m].Is("-") && m > 0 && tokens[m - 1].End < tokens[m].Start
                || tokens[m].Text is "because" or "during" or "while" or "when" or "after" or "before" or "since" or "amid" or "despite" && m > k + 1))
            {
                stop = m;
                break;
            }
            if (tokens[m].Is(";") || tokens[m].Is(",") && next.Text is "though" or "although" or "while" or "whereas" or "who" or "which" or "whose"
                || tokens[m].Is(",") && IsInversionCue(next.Text) && (m + 2 >= tokens.Count || !tokens[m + 2].IsWord || TimeWords.Contains(tokens[m + 2].Text))
                || tokens[m].Is(",") && next.Text is "and" or "but" && SpeechCueWithin(tokens, m + 2, 6)
                || tokens[m].Text is "and" or "but" && (char.IsDigit(next.Text[0]) || next.IsCapitalized || Determiners.Contains(next.Text)) && SpeechCueWithin(tokens, m + 1, 5)
                || tokens[m].Is(",") && next.Is("according") && m + 2 < tokens.Count && tokens[m + 2].Is("to")
                || tokens[m].Text is "and" or "but" && next.Text.EndsWith("ed", StringComparison.Ordinal) && CueLexicon.TryGet(next.Text, out _, out var nk) && nk == CueKind.Speech && m + 2 < tokens.Count && !tokens[m + 2].Is(",")
                || tokens[m].Is(",") && CueLexicon.IsChainCue(next.Text)
                || tokens[m].Text is "but" or "and" && (next.Text is "added" or "noted" or "warned" or "insisted" or "argued" or "said" || next.Text is "also" && m + 2 < tokens.Count && CueLexicon.IsChainCue(tokens[m + 2].Text)))
            {
                stop = m;
                break;
            }
        }
        var end = tokens[stop - 1].End;
        var last = stop - 1;
        // Drop closing punctuation, but keep a question or exclamation mark: it is part of what was said.
        while (last > k && !tokens[last].IsWord && !tokens[last].Is("\"") && !tokens[last].Is(")") && !(tokens[last].Text is "?" or "!" && stop == tokens.Count)) last--;
        if (stop == tokens.Count && tokens[^1].Is("\"") && tokens[^1].InQuote) end = tokens[^1].End;
        else end = tokens[last].End;
        if (end <= tokens[k].Start || CountWords(tokens, k, stop) == 0) return (null, stop);
        return (new TextSpan(tokens[k].Start, end), stop);
    }

    private static bool TakesClause(string cue)
    {
        if (!CueLexicon.TryGet(cue, out var lemma, out var kind)) return true;
        if (kind is CueKind.Belief or CueKind.Evidence) return lemma is not ("support" or "oppose" or "favor" or "favour" or "like" or "dislike" or "hate" or "love" or "prefer" or "welcome" or "embrace" or "accept");
        return lemma is "say" or "tell" or "add" or "write" or "note" or "argue" or "claim" or "insist" or "warn" or "explain" or "suggest" or "report"
            or "announce" or "state" or "declare" or "predict" or "acknowledge" or "admit" or "deny" or "conclude" or "confirm" or "reveal" or "estimate"
            or "assert" or "contend" or "maintain" or "stress" or "emphasize" or "emphasise" or "reply" or "respond" or "remark" or "observe" or "recall"
            or "tweet" or "post" or "promise" or "vow" or "pledge" or "concede" or "counter" or "allege" or "boast" or "brag" or "joke" or "quip" or "mention"
            or "repeat" or "reiterate" or "testify" or "disclose" or "ask" or "wonder" or "answer" or "indicate" or "signal" or "hint" or "imply" or "speculate"
            or "forecast" or "caution" or "complain" or "agree" or "disagree" or "assure" or "inform" or "advise" or "urge" or "demand" or "recommend" or "propose"
            or "decide" or "point" or "swear" or "guarantee" or "exclaim" or "continue" or "echo" or "affirm" or "reaffirm" or "clarify" or "elaborate" or "email" or "text" or "speak";
    }

    private static Attribution Make(List<TextSpan> content, Token cue, ResolvedSpeaker? speaker, TextSpan sentence, CueKind kind) =>
        new() { Content = content, CueSpan = cue.Span, CueText = cue.Text, Speaker = speaker, Sentence = sentence, LastSentence = sentence, Kind = kind };
}
