using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction;

/// <summary>
/// Finds attributions in one sentence: "X said (that) Y", "Y, X said", "Y, said X", "Y, X added, Z",
/// "according to X, Y", and direct quotations framed by a speaker and cue.
/// </summary>
public sealed partial class AttributionFinder(SpeakerResolver resolver)
{
    private readonly SpeakerResolver _resolver = resolver;

    private const int MaxSubjectTokens = 10;

    /// <summary>At most this many attributions are taken from one sentence.</summary>
    public const int MaxPerSentence = 6;

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

    /// <summary>
    /// While the headline is read: the article's text after the headline. A capitalised word opening a headline before a
    /// cue that is also a noun ("Ceasefire talks resume ...", "Peace plans collapse") is a speaker only when the body
    /// names it too ("Ruiz vows ..."); otherwise the two words are one noun phrase.
    /// </summary>
    internal ReadOnlyMemory<char>? HeadlineBody { get; set; }

    /// <summary>Finds the attributions of one sentence; <paramref name="tokens"/> must come from <see cref="Tokenizer"/>.</summary>
    public List<Attribution> Find(string text, TextSpan sentence, List<Token> tokens)
    {
        var result = new List<Attribution>();
        var i = 0;
        // Real sentences hold a handful of attributions; the cap keeps hostile text from producing thousands.
        while (i < tokens.Count && result.Count < MaxPerSentence)
        {
            if (CueStartsAt(result, tokens[i].Start)) { i++; continue; }
            // Inside reported content only plain speech cues nest; other verbs there are part of what was said.
            if (InsideContent(result, tokens[i])
                && !(tokens[i].Text is "said" or "says" or "say" or "told" or "believes" or "believe" or "thinks" or "think" or "argued" or "claimed" or "wrote")) { i++; continue; }
            var next = TryAt(text, sentence, tokens, i, result);
            i = next > i ? next : i + 1;
        }
        // "told reporters during a conference call", "spoke in Springfield": a bare time, place or manner phrase after the
        // cue says where or when, not what; without a proposition there is nothing to check.
        var kept = 0;
        for (var r = 0; r < result.Count; r++)
            if (!(result[r].Content.Count == 1 && (IsBareAdverbial(tokens, result[r].Content[0]) || IsLoneFiller(tokens, result[r].Content[0])))) result[kept++] = result[r];
        result.RemoveRange(kept, result.Count - kept);
        RemoveNestedEchoes(result);
        return result;
    }

    // "Okafor said he didn't think the accord went far enough": the inner cue ("think") reports almost the same words as the
    // outer one; a second claim would repeat the first. The shorter of two attributions sharing most of their words goes.
    private static void RemoveNestedEchoes(List<Attribution> found)
    {
        for (var x = found.Count - 1; x >= 0; x--)
        {
            var lx = Length(found[x].Content);
            for (var y = 0; y < found.Count; y++)
            {
                if (y == x) continue;
                var ly = Length(found[y].Content);
                if (ly < lx || ly == lx && y > x) continue;
                if (2.0 * Overlap(found[x].Content, found[y].Content) < 0.6 * (lx + ly)) continue;
                found.RemoveAt(x);
                break;
            }
        }
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

    // An opening quotation mark at q, then at most eight words in Title Case, the closing mark and the end of the sentence.
    private static bool IsQuotedTitleAtEnd(List<Token> tokens, int q)
    {
        if (q >= tokens.Count || !tokens[q].Is("\"") || !tokens[q].InQuote) return false;
        var words = 0;
        for (var m = q + 1; m < tokens.Count; m++)
        {
            var t = tokens[m];
            if (t.Is("\""))
            {
                for (var r = m + 1; r < tokens.Count; r++) if (tokens[r].IsWord) return false;
                return words > 0;
            }
            if (!t.IsWord) continue;
            if (!t.IsCapitalized && t.Text is not ("of" or "the" or "a" or "an" or "and" or "in" or "on" or "for" or "to")) return false;
            if (++words > 8) return false;
        }
        return false;
    }

    private static bool CueStartsAt(List<Attribution> found, int start)
    {
        foreach (var r in found)
            if (r.CueSpan is { } c && c.Start == start) return true;
        return false;
    }

    private static bool InsideContent(List<Attribution> found, Token t)
    {
        foreach (var r in found)
            foreach (var c in r.Content)
                if (c.Start <= t.Start && t.End <= c.End) return true;
        return false;
    }

    private static bool WhollyQuotedBefore(List<Token> tokens, int k)
    {
        var words = 0;
        for (var m = 0; m < k; m++)
        {
            if (!tokens[m].InQuote) return false;
            if (tokens[m].Is("\"")) return false; // an opening mark of its own is OpensWithQuote's case
            if (tokens[m].IsWord) words++;
        }
        return words >= 2;
    }

    private static readonly HashSet<string> AdverbialPrepositions = new(StringComparer.Ordinal)
    {
        "during", "from", "before", "after", "at", "in", "on", "directly", "throughout", "across", "around", "inside",
        "outside", "near", "with", "without", "since", "until", "amid", "over", "under",
    };

    // "he refused, generally, to ...", "responded first": a single adverb says how, not what; "emails seeking comment", "declined
    // comment": the request itself, nothing said.
    private static bool IsLoneFiller(List<Token> tokens, TextSpan content)
    {
        Token? only = null;
        foreach (var t in tokens)
        {
            if (t.End <= content.Start || !t.IsWord) continue;
            if (t.Start >= content.End) break;
            if (only is not null || t.InQuote) return false;
            only = t;
        }
        return only is { } o && char.IsLower(o.Text[0]) && (o.Text.Length > 4 && o.Text.EndsWith("ly", StringComparison.Ordinal) || o.Text is "first" or "again" or "there" or "too" or "anyway" or "back" or "later" or "comment");
    }

    private static bool IsBareAdverbial(List<Token> tokens, TextSpan content)
    {
        var words = 0;
        foreach (var t in tokens)
        {
            if (t.End <= content.Start) continue;
            if (t.Start >= content.End) break;
            if (t.InQuote) return false;
            if (!t.IsWord) continue;
            if (words == 0 && !AdverbialPrepositions.Contains(t.Text)) return false;
            if (words > 0 && (t.Text is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would" or "can" or "could"
                or "should" or "may" or "might" or "must" or "do" or "does" or "did" or "be" or "been" || t.Text.EndsWith("ed", StringComparison.Ordinal))) return false;
            if (++words > 7) return false;
        }
        return words > 0;
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
                result.Add(Make([c], t, _resolver.Resolve(tokens, 0, i), sentence, CueKind.Speech));
                return Math.Max(stop, i + 1);
            }
        }
        if (!t.IsWord || t.InQuote) return i;
        if ((t.Is("according") || t.Is("According")) && i + 1 < tokens.Count && tokens[i + 1].Is("to"))
            return AccordingTo(text, sentence, tokens, i, result);
        if (t.Text is "In" or "in")
        {
            var next = InSurvey(text, sentence, tokens, i, result);
            if (next > i) return next;
        }
        if (RoleNouns.Contains(t.Text) && i >= 2 && i + 2 < tokens.Count && tokens[i + 1].Is("of") && IsCopulaRole(tokens, i))
        {
            // "He has been an outspoken critic of the war": being a critic, supporter or opponent of something is a stance.
            var (content, stop) = ContentAfter(text, sentence, tokens, i + 2, "attack");
            var speaker = SentenceSubject(tokens);
            if (content is { } c && speaker is not null)
            {
                var cue = t with { End = tokens[i + 1].End, Text = text[t.Start..tokens[i + 1].End] };
                result.Add(Make([c], cue, speaker, sentence, CueKind.Belief));
                return Math.Max(stop, i + 1);
            }
        }
        if (NounCues.Contains(t.Text) && i >= 1 && i + 2 < tokens.Count && tokens[i + 1].Text is "of" or "on" or "for" or "about" or "against" or "to" or "over" or "that")
        {
            // "Okafor hopes to win", "Varga calls for a recount": without an owner the word is the verb, read below.
            var afterNoun = NounCue(text, sentence, tokens, i, result);
            if (afterNoun > i) return afterNoun;
        }
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
        if (IsPerformative(tokens, i)) return i;
        // "Pollsters agree - Ana Ruiz: \"...\"": a headline before a named quotation; the name and the colon frame it.
        if (LabelledQuoteAfter(tokens, i)) return i;
        // "the drinking continued", "continued his push": "continue" reports words only before a quotation, a colon, a comma or "that".
        if (t.Text is "continued" or "continues" or "continue" && i + 1 < tokens.Count && tokens[i + 1].IsWord && !tokens[i + 1].InQuote && tokens[i + 1].Text is not ("that" or "to")) return i;
        if (IsIdiomOrMeasure(tokens, i)) return i;
        // "Mr. Halden called Lena Brink.": a bare name after "called" is a telephone call, not a description.
        if (t.Text is "called" or "calls" or "call" && OnlyNameFollows(tokens, i + 1)) return i;
        // "laid bare the differences": exposing, not saying.
        if (t.Text is "laid" or "lay" or "lays" && i + 1 < tokens.Count && tokens[i + 1].Text is "bare") return i;
        // "Perhaps most telling", "a telling detail": the adjective.
        if (t.Text == "telling" && (i >= 1 && tokens[i - 1].Text is "most" or "more" or "very" or "particularly" or "especially" or "less" or "a" or "the" or "equally"
            || i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].Text is "sign" or "signs" or "detail" or "details" or "insight" or "example" or "moment" or "indicator")) return i;
        // "wrote a children's book", "wrote a letter": an object written, not words reported.
        if (t.Text is "wrote" or "writes" or "write" or "written" && i + 1 < tokens.Count && tokens[i + 1].Text is "a" or "an") return i;

        // Passive: "The plan was criticized by union leaders" — the agent speaks about the subject.
        if (t.Text.EndsWith("ed", StringComparison.Ordinal) && i >= 2 && i + 2 < tokens.Count && tokens[i + 1].Is("by")
            && tokens[i - 1].Text is "was" or "were" or "is" or "are" or "been" or "be" or "being")
            return Passive(text, sentence, tokens, i, result, kind);

        // Subject before the cue.
        var j = i - 1;
        // "Sanders (I-Vt.) on Saturday criticized": skip a time phrase and a parenthesis between subject and cue.
        if (j >= 1 && tokens[j].IsCapitalized && IsWeekday(tokens[j].Text) && tokens[j - 1].Text is "on" or "late" or "early") j -= 2;
        else if (j >= 0 && tokens[j].IsWord && tokens[j].Text is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday" or "today" or "yesterday" or "earlier" or "later") j--;
        // "Rep. Ada Lind last month joked", "the council earlier this week voted": a time phrase is not part of the subject.
        else j = SkipPeriodBack(tokens, j);
        if (j >= 1 && tokens[j].Is(")"))
        {
            var open = j - 1;
            while (open >= 0 && !tokens[open].Is("(") && j - open < 8) open--;
            if (open >= 1 && tokens[open].Is("(")) j = open - 1;
        }
        while (j >= 0 && tokens[j].IsWord && (Auxiliaries.Contains(tokens[j].Text) || tokens[j].Text.Length > 4 && tokens[j].Text.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(tokens[j].Text[0])) && !tokens[j].InQuote) j--;
        // "came on the show to talk about X", "wants to focus on X": after the infinitive marker and before the verb's own
        // preposition the word is a verb, not a noun, and its object is the content.
        var prepositionalInfinitive = j >= 1 && j == i - 1 && tokens[j].Is("to") && i + 2 < tokens.Count && tokens[i + 1].IsWord && !tokens[i + 1].InQuote
            && CueLexicon.TryGet(t.Text, out var infLemma, out _) && infLemma == t.Text && CueLexicon.TakesPreposition(infLemma, tokens[i + 1].Text)
            && tokens[i + 1].Text is not "to"
            // "owing to talk of a strike", "in response to calls for": there "to" is a preposition before a noun.
            && !(tokens[j - 1].IsWord && tokens[j - 1].Text.ToLowerInvariant() is "owing" or "due" or "thanks" or "according" or "prior" or "addition" or "response"
                or "contrary" or "related" or "close" or "next" or "attention" or "subject" or "exposure" or "access" or "opposition" or "reference" or "resistance"
                or "regard" or "respect" or "led" or "leading" or "add" or "adds" or "added" or "contributed" or "contribute" or "amid" or "up");
        if (prepositionalInfinitive)
        {
            var (content, stop) = ContentAfter(text, sentence, tokens, i + 2, t.Text);
            if (content is not { } c || CountWords(tokens, i + 2, stop) < 1) return i;
            var cue = t with { End = tokens[i + 1].End, Text = text[t.Start..tokens[i + 1].End] };
            result.Add(Make([c], cue, SentenceSubject(tokens), sentence, kind));
            return Math.Max(stop, i + 1);
        }
        if (CueLexicon.IsNounLike(t.Text) && !t.Text.EndsWith("ed", StringComparison.Ordinal) && j == 0 && HeadlineBody is { } body
            && tokens[0].IsCapitalized && !NamedIn(body.Span, tokens[0].Text)) return i;
        if (CueLexicon.IsNounLike(t.Text) && !t.Text.EndsWith("ed", StringComparison.Ordinal)
            && !(j >= 0 && tokens[j].IsWord && (Names.IsPronoun(tokens[j].Text) || SpeakerNouns.Contains(tokens[j].Text)
                || tokens[j].IsCapitalized && !Determiners.Contains(tokens[j].Text) && !IsIntroWord(tokens[j].Text)
                    && (j == 0 || !Determiners.Contains(tokens[j - 1].Text) && !tokens[j - 1].Text.EndsWith("'s", StringComparison.Ordinal)))
                || NounLikeUsedAsVerb(tokens, j, i))) return i;
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
        if (j >= 0 && tokens[j].Text is "by" or "after" or "before" or "while" or "when" or "without" or "in" or "since" && t.Text.EndsWith("ing", StringComparison.Ordinal)
            && kind is CueKind.Speech or CueKind.Belief && !CueLexicon.IsNounLike(t.Text))
        {
            // "... by saying he'd make nice with Putin", "after announcing that ...": the sentence's subject speaks.
            var gerundAfter = SkipModifiers(tokens, i + 1, t.Text);
            var (content, stop) = CountWords(tokens, gerundAfter, tokens.Count) >= 2 ? ContentAfter(text, sentence, tokens, gerundAfter, t.Text) : (null, i);
            if (content is { } c)
            {
                result.Add(Make([c], t, PreviousSpeaker(result) ?? SubjectBefore(tokens, j) ?? SentenceSubject(tokens), sentence, kind));
                return Math.Max(stop, i + 1);
            }
            return i;
        }
        if (j >= 0 && tokens[j].IsWord && (tokens[j].Text is "to" or "of" or "for" or "by" or "with" or "in" or "not" || tokens[j].IsLower("the") || tokens[j].IsLower("a") || tokens[j].IsLower("an"))) return i;
        // "..., seeking an injunction, claiming X": a participle after a comma has no subject of its own there; the name before
        // the comma is an object of the previous clause, not an appositive subject.
        var participleAfterComma = j >= 0 && tokens[j].Is(",") && !tokens[j].InQuote && t.Text.EndsWith("ing", StringComparison.Ordinal) && CueLexicon.IsChainCue(t.Text);
        var subject = participleAfterComma ? new Subject(j + 1, j + 1, j, j + 1, j + 1, false) : FindSubject(tokens, j, kind, t.Text is "say" or "said" or "says" or "told" or "tell" or "tells");
        // "A report found ...": "find" cues only with a document, study or poll as subject, or with a
        // "that" clause ("researchers found that ..."); "Firefighters found the body" is an event.
        if (kind == CueKind.Evidence && t.Text is "found" or "find" or "finds" or "finding" && subject.Start < subject.End && !IsEvidenceSource(tokens, subject.SpeakerStart, subject.SpeakerEnd)
            && !(i + 1 < tokens.Count && tokens[i + 1].Is("that"))) return i;
        // "a firm called Cambridge Analytica", "another called i360": naming, not speech.
        if (t.Text is "called" or "named" && (subject.Start < subject.End && tokens[subject.SpeakerStart].Text is "a" or "an" or "A" or "An" or "another" or "including" or "one" || IndefiniteNounBefore(tokens, i))) return i;
        var subjStart = subject.Start;
        var subjEnd = subject.End;
        var k = subject.Boundary;
        // A speech quotation opens the sentence; a quoted title mid-sentence ("on ABC's \"This Week,\"") does not count.
        // A sentence that begins inside a quotation opened in the previous one ("... down. And he never will,\" Pell said of
        // the mayor.") is framed the same way.
        var quoteBefore = k >= 0 && k < tokens.Count && tokens[k].Is("\"") && (OpensWithQuote(tokens) || k >= 2 && tokens[k].InQuote && WhollyQuotedBefore(tokens, k));

        // Prepositional uses: "referred to X" and "talked about X" carry content; "spoke to reporters" does not.
        CueLexicon.TryGet(t.Text, out var lemma, out _);
        var cueEnd = i;
        if (i + 1 < tokens.Count && tokens[i + 1].IsWord && !tokens[i + 1].InQuote && tokens[i + 1].Text is "to" or "with" or "at" or "in" or "for" or "from" or "on" or "by" or "up" or "down" or "off" or "back" or "out" or "about" or "of" or "against" or "over")
        {
            // "said about 85,000 customers ...": "about" before a number is a qualifier, not a preposition.
            var aboutNumber = tokens[i + 1].Text is "about" && i + 2 < tokens.Count && (char.IsDigit(tokens[i + 2].Text[0]) || tokens[i + 2].Text is "half" or "a" or "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "twenty" or "thirty" or "forty" or "fifty" or "hundred" or "hundreds" or "thousands" or "$");
            if (!aboutNumber && CueLexicon.TakesPreposition(lemma, tokens[i + 1].Text)) cueEnd = i + 1;
            else if (!aboutNumber && !quoteBefore && SkipModifiers(tokens, i + 1, t.Text) == i + 1
                && !(i + 2 < tokens.Count && (tokens[i + 2].Text is "least" or "most" || char.IsDigit(tokens[i + 2].Text[0]))) && !(tokens[i + 1].Is("to") && (kind == CueKind.Belief || TakesInfinitive(lemma) || i >= 1 && tokens[i - 1].Text is "is" or "are" or "was" or "were" or "widely"))
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
            // "Having announced that X, Judge Berman ...": the participle's subject is the main clause's.
            var speaker = tokens[subject.SpeakerStart].Text is "Having" or "Being" && subject.SpeakerEnd - subject.SpeakerStart == 1
                ? SentenceSubject(tokens) : _resolver.Resolve(tokens, subject.SpeakerStart, subject.SpeakerEnd);
            if (subject.Who && speaker is not null) speaker = speaker with { Mention = new TextSpan(tokens[subjStart].Start, tokens[subjEnd - 1].End) };
            // After a quotation the frame closes the sentence: "\"Q,\" she told The Associated Press in an interview."
            // "Y, Cruz said on Glenn Beck's radio program.": a prepositional phrase after the cue is a modifier.
            var afterIsModifier = k >= 0 && tokens[k].Is("\"") && afterCue < tokens.Count && tokens[afterCue].Text is "on" or "in" or "at" or "during" or "to" or "from" or "after" or "before" or "while" or "with" or "as" or "when" or "outside" or "inside" or "near";
            if (before is { } b && (!afterHasContent || quoteBefore || afterIsModifier || afterCue < tokens.Count && (tokens[afterCue].Is(",") || tokens[afterCue].Is(";"))))
            {
                var content = new List<TextSpan> { b };
                var end = afterCue;
                // "Asked about it, Adelson said, \"...\"": the stretch before the frame was an introduction.
                // "Y, Rubio said in his 2012 book, \"An American Son.\"": a quoted title closing the sentence names the venue.
                var titleAfter = afterCue + 1 < tokens.Count && tokens[afterCue].Is(",") && IsQuotedTitleAtEnd(tokens, afterCue + 1);
                if (!quoteBefore && !titleAfter && afterCue + 1 < tokens.Count && tokens[afterCue].Is(",") && tokens[afterCue + 1].Is("\"") && tokens[afterCue + 1].InQuote && !ContainsQuote(tokens, b))
                    content.Clear();
                // "Y, he added, Z": the rest after the comma continues the content.
                var restAt = quoteBefore ? FirstQuoteAfter(tokens, afterCue) : afterCue;
                // "..., the board said, reasoning that ...": a participle after the frame is a second attribution.
                var chained = restAt + 1 < tokens.Count && tokens[restAt].Is(",") && CueLexicon.IsChainCue(tokens[restAt + 1].Text);
                // "Y, Sanders said, a policy that would ...": an appositive noun phrase after the frame is the writer's gloss.
                var appositive = restAt + 1 < tokens.Count && tokens[restAt].Is(",") && tokens[restAt + 1].Text is "a" or "an" or "another" || titleAfter;
                if (!chained && !appositive && restAt < tokens.Count && (tokens[restAt].Is(",") || quoteBefore) && CountWords(tokens, restAt + 1, tokens.Count) >= 2)
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
            // "which she has repeatedly said was a mistake": the relative pronoun stands for what was said.
            if (afterHasContent && k >= 0 && tokens[k].IsWord && tokens[k].Text is "which" or "that" or "what" && !tokens[k].InQuote && afterCue < tokens.Count
                && tokens[afterCue].Text is "was" or "is" or "were" or "are" or "would" or "will" or "could" or "had" or "has" or "might" or "may")
            {
                // "which she said was a mistake, was ...": a non-restrictive relative ends at its comma; "what she said was X, Y and Z" does not.
                var (rest, stop) = ContentAfter(text, sentence, tokens, afterCue, tokens[i].Text, clauseOnly: tokens[k].Text is "which");
                if (rest is { } r)
                {
                    result.Add(Make([tokens[k].Span, r], t, speaker, sentence, kind));
                    return Math.Max(stop, i + 1);
                }
            }
            // "Some advisers are said to be urging ...": a passive of saying before an infinitive raises like "expected".
            var passiveSaying = t.Text is "said" or "believed" or "thought" or "reported" or "rumored" or "rumoured" or "alleged" or "understood"
                && j < i - 1 && tokens[i - 1].Text is "is" or "are" or "was" or "were" or "widely" && afterCue < tokens.Count && tokens[afterCue].Is("to");
            if (afterHasContent && (lemma is "seem" or "appear" || passiveSaying || t.Text == "expected" && j < i - 1 && tokens[i - 1].Text is "is" or "are" or "was" or "were" or "widely"))
            {
                var (rest, stop) = ContentAfter(text, sentence, tokens, afterCue, tokens[i].Text, subject.Subordinate || subject.Who);
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
                // "Critics, who say X, argue ..." ends the content at the relative clause's comma; "an adviser who said X, Y" at the
                // end of a sentence does not.
                var (content, stop) = ContentAfter(text, sentence, tokens, afterCue, tokens[i].Text, subject.Subordinate || subject.Who && SubjectOpensSentence(tokens, subject.SpeakerStart));
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
        // "was painting others as weak and suggesting that ...": a coordinated participle shares the subject.
        if (j >= 0 && (tokens[j].Text is "and" or "but" && !CueLexicon.IsNounLike(t.Text) && (!t.Text.EndsWith("ing", StringComparison.Ordinal) || CueLexicon.IsChainCue(t.Text) && i + 1 < tokens.Count && tokens[i + 1].Is("that"))
            || tokens[j].Text is "said" or "says" || tokens[j].Is(",") && CueLexicon.IsChainCue(t.Text)) && afterHasContent)
        {
            // "When asked whom she supported, Ms. Sherry smiled and said": a question put to the speaker names the asker, not her.
            var previous = PreviousSpeaker(result);
            var speaker = previous ?? SentenceSubject(tokens);
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
            // "The harbour master, a veteran of the port, said the cranes were unsafe": a finite verb after the cue makes
            // what follows a clause, what was said, and not a speaker put after the cue.
            for (var v = s; v < e; v++)
                if (ClauseVerbs.Contains(tokens[v].Text) && tokens[v].Text is not ("who" or "which" or "whose" or "said" or "says" or "told")) return i;
            // "said engineer Tomas Varga": a lower-case role before a name.
            var roleThenName = e > s + 1 && char.IsLower(tokens[s].Text[0]) && tokens[s + 1].IsCapitalized && !BoundaryWords.Contains(tokens[s].Text) && !TimeWords.Contains(tokens[s].Text);
            if (e > s && (tokens[s].IsCapitalized || Determiners.Contains(tokens[s].Text) || tokens[s].Text is "he" or "she" || roleThenName))
            {
                var before = ContentBefore(text, sentence, tokens, j);
                if (before is { } b)
                {
                    var speaker = _resolver.Resolve(tokens, s, e);
                    var content = new List<TextSpan> { b };
                    if (e < tokens.Count && tokens[e].Is(",") && e + 1 < tokens.Count && tokens[e + 1].Is("\"") && tokens[e + 1].InQuote)
                    {
                        var (rest, stop) = ContentAfter(text, sentence, tokens, e + 1);
                        if (rest is { } r) content.Add(r);
                        e = stop;
                    }
                    result.Add(Make(content, t, speaker, sentence, kind));
                    // "\"Q,\" said Mr. Hedge, referring to the resorts": a participle after the frame chains a second attribution.
                    if (e < tokens.Count && tokens[e].Is(",")) ChainFrom(text, sentence, tokens, e, speaker, result);
                    return Math.Max(e, i + 1);
                }
            }
        }
        return i;
    }

    // "declared a state of emergency", "ordered an evacuation", "called an election": acts, not speech.
    private static readonly HashSet<string> ActObjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "state", "emergency", "disaster", "war", "curfew", "holiday", "bankruptcy", "martial", "independence", "ceasefire", "truce",
        "evacuation", "evacuations", "lockdown", "election", "elections", "strike", "recess", "moratorium", "quarantine", "blackout",
    };

    // A cue word that is also a noun reads as the verb after a relative pronoun ("who hopes to"), after a plural subject before a
    // clause or an infinitive ("officials hope that", "voters plan to", "operatives point out that") and after a document that
    // shows something ("an email shows the agency ...").
    private static bool NounLikeUsedAsVerb(List<Token> tokens, int j, int i)
    {
        if (j < 0 || !tokens[j].IsWord || tokens[j].InQuote || i + 1 >= tokens.Count || tokens[i + 1].InQuote) return false;
        var prev = tokens[j].Text;
        var next = tokens[i + 1].Text;
        if (prev is "who" or "which") return next is "that" or "to" or "for" or "on" or "out" or "he" or "she" or "they" or "we" or "it" || tokens[i + 1].IsCapitalized;
        if (EvidenceNouns.Contains(prev) && tokens[i].Text is "shows" or "show" && tokens[i + 1].IsWord) return true;
        if (!char.IsLower(prev[0]) || !prev.EndsWith('s') || prev.EndsWith("ss", StringComparison.Ordinal) || Determiners.Contains(prev) || Auxiliaries.Contains(prev)) return false;
        if (next is "that" or "he" or "she" or "they" or "we" or "it" or "this") return true;
        if (next == "to") return tokens[i].Text is "hope" or "plan" or "vow" or "pledge" or "promise";
        return next == "out" && tokens[i].Text == "point";
    }

    // "as it saw fit", "the old saw goes", "You see, ...", "we know, ...", "those they know or ...": idioms and asides, not beliefs;
    // "trade declined 40 percent": a measure, not a refusal.
    private static bool OnlyNameFollows(List<Token> tokens, int k)
    {
        var m = k;
        while (m < tokens.Count && (tokens[m].IsCapitalized || tokens[m].Is(".") && m + 1 < tokens.Count && tokens[m + 1].IsCapitalized) && !tokens[m].InQuote) m++;
        if (m == k || m - k > 4) return false;
        return m == tokens.Count || tokens[m].Text is "." or ";" || tokens[m].Text is "on" or "to" or "at" or "in" or "last" or "this" or "after" or "before" && !tokens[m].InQuote;
    }

    // The speaker of the attribution just found, for a chained cue; not an asker ("When asked ..., she said") nor the owner of a
    // noun cue ("In response to Halden's proposal, her aide rallied supporters, saying ...").
    private static ResolvedSpeaker? PreviousSpeaker(List<Attribution> result)
    {
        if (result.Count == 0) return null;
        var last = result[^1];
        if (last.CueText is "Asked" or "asked") return null;
        if (last.CueText is { } cue && cue.Contains(' ') && NounCues.Contains(cue[..cue.IndexOf(' ')])) return null;
        return last.Speaker;
    }

    // "When he returned he began by saying ...": the pronoun subject of the verb before "by".
    private ResolvedSpeaker? SubjectBefore(List<Token> tokens, int by)
    {
        for (var m = by - 1; m >= 0 && m >= by - 3; m--)
        {
            if (!tokens[m].IsWord || tokens[m].InQuote) return null;
            if (tokens[m].Text is "he" or "she" or "they" or "we" or "I") return _resolver.Resolve(tokens, m, m + 1);
        }
        return null;
    }

    private static bool LabelledQuoteAfter(List<Token> tokens, int i)
    {
        for (var c = i + 1; c < tokens.Count - 1 && c <= i + 16; c++)
        {
            if (tokens[c].InQuote) return false;
            if (tokens[c].Is(":")) return tokens[c + 1].Is("\"") && tokens[c + 1].InQuote && NameAfterDash(tokens, c) > i + 1;
        }
        return false;
    }

    private static bool IsIdiomOrMeasure(List<Token> tokens, int i)
    {
        var w = tokens[i].Text;
        var next = i + 1 < tokens.Count ? tokens[i + 1].Text : "";
        if (w is "see" or "sees" or "saw" or "know" or "knew" or "knows")
        {
            if (next is "" or "," or "." or ":" or "or" or "and" or "fit") return true;
            if (w == "saw" && i >= 1 && tokens[i - 1].Text is "old") return true;
        }
        // "what the taxes are supposed to do": an obligation, not a supposition.
        if (w == "supposed" && next == "to") return true;
        return w is "declined" or "declines" && next.Length > 0 && (char.IsDigit(next[0]) || next is "sharply" or "slightly" or "steadily" or "by" or "from");
    }

    private static bool IsPerformative(List<Token> tokens, int i)
    {
        if (!CueLexicon.TryGet(tokens[i].Text, out var lemma, out _) || lemma is not ("declare" or "order" or "call" or "announce")) return false;
        var k = i + 1;
        // "called the election rigged" is speech; "called an election" is an act.
        if (lemma == "call" && !(k < tokens.Count && tokens[k].Text is "a" or "an" or "snap" or "early")) return false;
        if (k < tokens.Count && tokens[k].Text is "a" or "an" or "the") k++;
        while (k < tokens.Count && k < i + 4 && tokens[k].IsWord && !ActObjects.Contains(tokens[k].Text) && char.IsLower(tokens[k].Text[0]) && lemma is "order" or "call" or "announce"
            && !(tokens[k].Text is "that" or "for" or "on" or "to")) k++;
        return k < tokens.Count && tokens[k].IsWord && !tokens[k].InQuote && ActObjects.Contains(tokens[k].Text)
            && (lemma is not "announce" || tokens[k].Text is "state" or "emergency" or "curfew" or "lockdown" or "evacuation" or "evacuations" or "quarantine" or "ceasefire" or "truce" or "moratorium");
    }

    // The head of the subject names a document or study, or the subject is a multi-word or mid-sentence proper name ("Pew Research Center").
    private static bool IsEvidenceSource(List<Token> tokens, int s, int e)
    {
        if (s >= e) return false;
        for (var k = s; k < e; k++) if (tokens[k].IsWord && EvidenceNouns.Contains(tokens[k].Text)) return true;
        var capitalised = 0;
        for (var k = s; k < e; k++) if (tokens[k].IsCapitalized) capitalised++;
        if (capitalised != e - s) return false;
        if (capitalised >= 2) return !Determiners.Contains(tokens[s].Text);
        // One capitalised word: a name ("Gallup finds"), not a plural noun opening the sentence ("Firefighters found", "Police found").
        var w = tokens[s].Text;
        return !SpeakerNouns.Contains(w) && !(w.EndsWith('s') && !w.EndsWith("'s", StringComparison.Ordinal)) && !Determiners.Contains(w) && !Names.IsPronoun(w);
    }

    // "hired a firm called X", "a new group named Y": an indefinite noun phrase right before the verb.
    private static bool IndefiniteNounBefore(List<Token> tokens, int i)
    {
        if (i < 2 || !tokens[i - 1].IsWord || !char.IsLower(tokens[i - 1].Text[0]) || Auxiliaries.Contains(tokens[i - 1].Text) || Names.IsPronoun(tokens[i - 1].Text)) return false;
        for (var k = i - 2; k >= 0 && k >= i - 4; k--)
        {
            if (!tokens[k].IsWord) return false;
            if (tokens[k].Text is "a" or "an" or "A" or "An" or "another" or "Another") return true;
        }
        return false;
    }

    private static bool SubjectOpensSentence(List<Token> tokens, int start)
    {
        for (var k = 0; k < start; k++)
            if (!(tokens[k].IsWord && (Determiners.Contains(tokens[k].Text) || tokens[k].Text is "But" or "And" or "So" or "Yet" or "Still") || tokens[k].Is(","))) return false;
        return true;
    }

    private static readonly HashSet<string> RoleNouns = new(StringComparer.Ordinal)
    {
        "critic", "critics", "supporter", "supporters", "opponent", "opponents", "proponent", "proponents", "advocate", "advocates",
        "champion", "defender", "defenders", "backer", "backers", "skeptic", "skeptics", "foe", "foes", "admirer", "admirers",
    };

    // "is a critic of", "has been an outspoken opponent of", "became a fierce supporter of".
    private static bool IsCopulaRole(List<Token> tokens, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 4; k--)
        {
            if (!tokens[k].IsWord) return false;
            if (tokens[k].Text is "a" or "an" or "the") return k >= 1 && tokens[k - 1].IsWord && (tokens[k - 1].Text is "is" or "was" or "are" or "were" or "been" or "be" or "became" or "become" or "remains" or "remained" || tokens[k - 1].Text.EndsWith("'s", StringComparison.Ordinal) && char.IsLower(tokens[k - 1].Text[0]) && Names.IsPronoun(tokens[k - 1].Text[..^2]));
            if (!char.IsLower(tokens[k].Text[0])) return false;
        }
        return false;
    }

    private static Attribution Make(List<TextSpan> content, Token cue, ResolvedSpeaker? speaker, TextSpan sentence, CueKind kind) =>
        new() { Content = content, CueSpan = cue.Span, CueText = cue.Text, Speaker = speaker, Sentence = sentence, LastSentence = sentence, Kind = kind };

    // Whether the text holds the word as a whole word, capitalised as given.
    private static bool NamedIn(ReadOnlySpan<char> text, string word)
    {
        for (var from = 0; from < text.Length;)
        {
            var found = text[from..].IndexOf(word, StringComparison.Ordinal);
            if (found < 0) return false;
            var at = from + found;
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
            from = at + 1;
        }
        return false;
    }
}
