using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction;

/// <summary>Finding what was said: modifiers after the cue, content before and after it, where it stops.</summary>
public sealed partial class AttributionFinder
{
    // Skips "that", times ("on Tuesday", "last week"), venues ("in a statement"), objects of "told", and ":".
    private static int SkipModifiers(List<Token> tokens, int k, string cue)
    {
        // A "that" close behind the cue starts the content: "said on Tuesday in a statement that ...".
        for (var m = k; m < tokens.Count && m < k + 10 && !TakesObjectOnly(cue); m++)
        {
            // "is expected to pass a bill this week that would ...": the infinitive is the content, not the relative clause.
            // "reported to the tax office that ...": a plain speech verb's "to" names the listener, not an infinitive.
            if (tokens[m].InQuote || tokens[m].Is(",") || tokens[m].Is("to") && m == k && !ListenerAfter(cue)) break;
            // "said after hinting that ...": the "that" belongs to the nearer cue.
            if (m > k && tokens[m].IsWord && char.IsLower(tokens[m].Text[0]) && !CueLexicon.IsNounLike(tokens[m].Text) && CueLexicon.TryGet(tokens[m].Text, out _, out _)) break;
            // PolNeAR-style content keeps the complementizer; "regards her as bound by a doctrine that slows reform": after an
            // indefinite noun phrase "that" opens a relative clause, not what was said.
            if (tokens[m].Is("that")) return !ObjectCues.Contains(cue) && RelativeAfterIndefinite(tokens, k, m) ? k : m;
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
                    // "in a statement provided to the Gazette", "in an email sent to reporters": the venue's own modifier.
                    if (k + 1 < tokens.Count && tokens[k].Text is "provided" or "released" or "issued" or "sent" or "posted" or "obtained" or "published" or "given" or "emailed" or "distributed"
                        && tokens[k + 1].Text is "to" or "by" or "on")
                        k++;
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

    private static bool ListenerAfter(string cue) =>
        CueLexicon.TryGet(cue, out var lemma, out var kind) && kind == CueKind.Speech && !TakesInfinitive(lemma)
        && lemma is "say" or "report" or "explain" or "write" or "admit" or "confess" or "complain" or "announce" or "declare" or "reveal" or "confirm" or "mention" or "disclose" or "testify" or "boast" or "brag" or "acknowledge" or "suggest" or "insist" or "joke" or "state";

    private static bool RelativeAfterIndefinite(List<Token> tokens, int k, int that)
    {
        // "a report that ...", "a reminder that ...": nouns whose "that" clause is their content.
        if (that >= 1 && tokens[that - 1].Text is "report" or "story" or "claim" or "chance" or "reminder" or "notion" or "idea" or "view" or "belief" or "fact"
            or "news" or "warning" or "assertion" or "argument" or "sense" or "hope" or "fear" or "possibility" or "promise" or "suggestion" or "rumor" or "message" or "signal") return false;
        for (var m = k; m < that - 1; m++)
            if (tokens[m].Text is "a" or "an" && !(m > k && tokens[m - 1].Text is "in" or "at" or "during" or "on" or "to" or "with" or "through" or "via")) return true;
        return false;
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
        // "Continuing to explain his view, Carson rejected ...": content inside an introductory clause ends at its comma.
        if (!clauseOnly && InIntroClause(tokens, k)) clauseOnly = true;
        // Verbs that take an object ("endorsed Clinton", "recounted his wife's story") end their content with the
        // noun phrase; verbs of saying and thinking take a whole clause.
        // A complementizer followed by a subject ("rebutted that articles about the company, produced ..., were wrong")
        // opens a clause whatever the verb: commas inside it do not end it.
        var objectOnly = cue is not null && !TakesClause(cue) && !OpensThatClause(tokens, k);
        var infinitive = tokens[k].Is("to") && !tokens[k].InQuote;
        for (var m = k + 1; m < tokens.Count - 1; m++)
        {
            if (clauseOnly && (tokens[m].Is(",") && !tokens[m].InQuote || tokens[m].Is("\"") && tokens[m - 1].Is(",") && tokens[m - 1].InQuote && tokens[m + 1].IsWord && !tokens[m + 1].InQuote))
            {
                stop = tokens[m].Is("\"") ? m + 1 : m;
                break;
            }
            if (tokens[m].InQuote) continue;
            var next = tokens[m + 1];
            // "citing low growth, unemployment and inequality": a comma inside a coordinated list does not end the object.
            if (objectOnly && tokens[m].Is(",") && ContinuesList(tokens, m + 1)) continue;
            // "focus on more granular issues, such as wage growth": an example list still belongs to the object.
            if (objectOnly && tokens[m].Is(",") && (next.Text is "including" || next.Text is "such" && m + 2 < tokens.Count && tokens[m + 2].Is("as"))) continue;
            // "vowed to do better, the party has done the opposite": an infinitive has no subject of its own, so a comma
            // followed by a subject and a finite verb opens the writer's next clause.
            if (infinitive && tokens[m].Is(",") && NewClauseAfter(tokens, m + 1))
            {
                stop = m;
                break;
            }
            // "the big, free-standing enterprises", "full-blown, unilateral rollback": a comma between modifiers, before the noun.
            if (objectOnly && tokens[m].Is(",") && ModifiersOnlySoFar(tokens, k, m) && next.IsWord && char.IsLower(next.Text[0]) && !next.InQuote) continue;
            if (objectOnly && (tokens[m].Text is "," or "—" or "–" or ";" or ":" || tokens[m].Is("-") && m > 0 && tokens[m - 1].End < tokens[m].Start
                || tokens[m].Text is "because" or "during" or "while" or "when" or "after" or "before" or "since" or "amid" or "despite" && m > k + 1
                // "endorsed Cruz last week", "endorsed Clinton on Tuesday": a time phrase ends the object.
                || m > k && (tokens[m].Text is "last" or "yesterday" or "today" or "earlier" && !(m + 1 < tokens.Count && tokens[m + 1].Text is "of") && !(m == k + 1 && tokens[k].Text is "the" or "a" or "an" or "his" or "their" or "its" or "this" or "that")
                    || tokens[m].Text is "on" && IsWeekday(next.Text))
                || IsAdjunctAfterObject(tokens, k, m)
                // "respondents who support Brink are in college": the main clause's verb after a relative clause's object.
                || m > k && tokens[m].Text is "is" or "are" or "was" or "were" or "has" or "have" or "will" or "would" && !(tokens[m - 1].Text is "that" or "which" or "who" or "what")
                    && k >= 2 && tokens[k - 2].Text is "who" or "which" or "that"))
            {
                stop = m;
                break;
            }
            // "argue that, while the tax may lower premiums, workers won't ...": a subordinate clause right after "that" is inside it.
            if (tokens[m].Is(";") || tokens[m].Is(",") && next.Text is "though" or "although" or "while" or "whereas" && !(m == k + 1 && tokens[k].Is("that"))
                || tokens[m].Is(",") && next.Text is "who" or "which" or "whose" && (objectOnly || !RelativeClauseCloses(tokens, m + 1) && !SubjectAwaitsVerb(tokens, k, m))
                // "..., with the new survey finding that ...": an absolute phrase is the writer's, not the speaker's.
                || tokens[m].Is(",") && next.Text is "with" && m + 3 < tokens.Count && WithAbsolute(tokens, m + 2)
                || tokens[m].Is(",") && IsInversionCue(next.Text) && (m + 2 >= tokens.Count || !tokens[m + 2].IsWord || TimeWords.Contains(tokens[m + 2].Text)
                    // "..., said Lena Brink, director of ...", "..., said the mayor": the speaker after the cue closes the content.
                    || tokens[m + 2].IsCapitalized && !tokens[m + 2].InQuote || tokens[m + 2].Text is "the" or "a" or "an" or "he" or "she" or "they" or "his" or "her" or "their")
                || tokens[m].Is(",") && next.Text is "and" or "but" && SpeechCueWithin(tokens, m + 2, 6)
                || tokens[m].Text is "and" or "but" && (char.IsDigit(next.Text[0]) || next.IsCapitalized || Determiners.Contains(next.Text)) && SpeechCueWithin(tokens, m + 1, 5)
                || tokens[m].Is(",") && next.Is("according") && m + 2 < tokens.Count && tokens[m + 2].Is("to")
                // "..., on Tuesday night he said ...", "... — she told the Gazette ...": a new clause with its own speaker.
                || (tokens[m].Is(",") || tokens[m].Text is "—" or "–") && PronounFrameWithin(tokens, m + 1)
                || tokens[m].Text is "and" or "but" && next.Text.EndsWith("ed", StringComparison.Ordinal) && CueLexicon.TryGet(next.Text, out _, out var nk) && nk == CueKind.Speech && m + 2 < tokens.Count && !tokens[m + 2].Is(",")
                    // "inspected last year and declared sound": a verdict on the subject, part of what was said.
                    && !(next.Text is "declared" or "deemed" or "pronounced" && m + 3 < tokens.Count && tokens[m + 2].IsWord && char.IsLower(tokens[m + 2].Text[0]) && !tokens[m + 3].IsWord)
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

    // "criticized him in almost every speech", "attacked the plan during a call with reporters", "mocked Ruiz on Twitter": an
    // occasion or medium after the object (or any phrase after an object pronoun) says where it happened, not what was said.
    private static bool IsAdjunctAfterObject(List<Token> tokens, int k, int m)
    {
        if (m <= k || m + 1 >= tokens.Count || tokens[m].InQuote || tokens[m + 1].InQuote) return false;
        var next = tokens[m + 1];
        if (m == k + 1 && tokens[k].Text is "him" or "her" or "them" or "it" or "me" or "us" or "you")
            return tokens[m].Text is "in" or "on" or "at" or "during" or "as" or "for" or "over" or "when" or "with" or "from" or "after" or "before" or "by";
        if (tokens[m].Text is not ("in" or "during" or "at" or "on")) return false;
        for (var v = m + 1; v < tokens.Count && v <= m + 4; v++)
        {
            if (!tokens[v].IsWord || tokens[v].InQuote) return false;
            if (Venues.Contains(tokens[v].Text) || tokens[v].Text is "interviews" or "speeches" or "statements" or "remarks") return true;
            if (v == m + 1 && tokens[m].Text is "on" && tokens[v].Text is "Twitter" or "Facebook" or "Instagram") return true;
        }
        return false;
    }

    // "suggested that Mr. Halden, whose own record ..., is an awkward advocate": the that-clause's subject has no verb yet,
    // so the relative clause after it sits inside what was said, however long it runs.
    private static bool SubjectAwaitsVerb(List<Token> tokens, int k, int m)
    {
        if (!OpensThatClause(tokens, k) || m - k > 8) return false;
        for (var v = k + 1; v < m; v++)
            if (tokens[v].IsWord && (IsFiniteVerb(tokens[v].Text) || ClauseVerbs.Contains(tokens[v].Text) || tokens[v].Text.EndsWith("s", StringComparison.Ordinal) && char.IsLower(tokens[v].Text[0]) && !Determiners.Contains(tokens[v].Text))) return false;
        return true;
    }

    private static bool PronounFrameWithin(List<Token> tokens, int from)
    {
        for (var m = from; m < tokens.Count - 1 && m < from + 5; m++)
        {
            if (!tokens[m].IsWord || tokens[m].InQuote) return false;
            if (tokens[m].Text is not ("he" or "she" or "they" or "we" or "I")) continue;
            var v = m + 1;
            while (v < tokens.Count && tokens[v].IsWord && (Auxiliaries.Contains(tokens[v].Text) || tokens[v].Text.EndsWith("ly", StringComparison.Ordinal))) v++;
            return v < tokens.Count && tokens[v].IsWord && IsInversionCue(tokens[v].Text);
        }
        return false;
    }

    private static bool ModifiersOnlySoFar(List<Token> tokens, int k, int m)
    {
        if (m - k > 2 || m == k) return false;
        var last = tokens[m - 1].Text;
        return last.Contains('-') && char.IsLower(last[0]) || last is "big" or "small" or "new" or "old" or "large" or "long" or "major" or "broad" or "deep" or "strong";
    }

    private static bool NewClauseAfter(List<Token> tokens, int from)
    {
        if (from >= tokens.Count || !tokens[from].IsWord || tokens[from].InQuote) return false;
        var first = tokens[from];
        int m;
        if (first.Text is "he" or "she" or "they" or "we" or "I" or "it") m = from + 1;
        else if (first.IsCapitalized || first.Text is "the" or "a" or "an" or "his" or "her" or "their" or "its" or "our")
        {
            m = from + 1;
            while (m < tokens.Count && m < from + 4 && tokens[m].IsWord && !tokens[m].InQuote && !IsFiniteVerb(tokens[m].Text)) m++;
        }
        else return false;
        return m < tokens.Count && tokens[m].IsWord && !tokens[m].InQuote && IsFiniteVerb(tokens[m].Text);
    }

    private static bool IsFiniteVerb(string w) =>
        w is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would" or "can" or "could" or "says" or "said" or "does" or "did"
        || w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("ed", StringComparison.Ordinal);

    private static bool OpensThatClause(List<Token> tokens, int k) =>
        k + 2 < tokens.Count && tokens[k].Is("that") && !tokens[k].InQuote && tokens[k + 1].IsWord && !tokens[k + 1].InQuote
        && (tokens[k + 1].IsCapitalized || tokens[k + 1].Text is "the" or "a" or "an" or "his" or "her" or "their" or "its" or "our" or "this" or "these" or "those"
            or "he" or "she" or "they" or "it" or "we" or "you" or "there" or "some" or "many" or "most" or "no");

    // After a comma: the next stretch is one more item of a list that an "and"/"or" closes at the end of the sentence
    // ("X, Y and Z", "X, Y, and Z"): short noun phrases or gerund phrases, no speech cue, no clause of its own.
    private static bool ContinuesList(List<Token> tokens, int from)
    {
        var words = 0;
        var sawConjunction = false;
        for (var m = from; m < tokens.Count; m++)
        {
            var t = tokens[m];
            if (t.InQuote) return false;
            if (t.Is(",")) { if (sawConjunction) return false; words = 0; continue; }
            if (!t.IsWord) return sawConjunction && (t.Is(".") || t.Is("?") || t.Is("!")) && words > 0;
            if (t.Text is "and" or "or") { if (sawConjunction) return words > 0; sawConjunction = true; words = 0; continue; }
            if (t.Text is "he" or "she" or "they" or "it" or "we" or "I" or "who" or "which" or "that" or "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would")
                return false;
            if (CueLexicon.TryGet(t.Text, out _, out var kind) && kind == CueKind.Speech) return false;
            if (++words > 7) return false;
        }
        return sawConjunction && words > 0;
    }

    // "that Gov. Padilla, who must decide, has revealed nothing": the relative clause closes with a comma and the content's
    // own verb follows, so it is inside what was said.
    private static bool RelativeClauseCloses(List<Token> tokens, int from)
    {
        for (var m = from + 1; m < tokens.Count && m < from + 20; m++)
        {
            if (tokens[m].InQuote) continue;
            if (tokens[m].Is(";") || tokens[m].Is(".")) return false;
            if (tokens[m].Is(","))
                return m + 1 < tokens.Count && tokens[m + 1].IsWord && (ClauseVerbs.Contains(tokens[m + 1].Text) || tokens[m + 1].Text is "said" or "says")
                    || m + 1 < tokens.Count && tokens[m + 1].IsWord && char.IsLower(tokens[m + 1].Text[0]) && tokens[m + 1].Text.EndsWith("ed", StringComparison.Ordinal) && !BoundaryWords.Contains(tokens[m + 1].Text);
        }
        return false;
    }

    private static bool WithAbsolute(List<Token> tokens, int from)
    {
        for (var m = from; m < tokens.Count && m < from + 9; m++)
        {
            if (tokens[m].Is("/") || tokens[m].Is("-")) continue;
            if (!tokens[m].IsWord || tokens[m].InQuote) return false;
            if (tokens[m].Text.Length > 4 && tokens[m].Text.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(tokens[m].Text[0])) return true;
        }
        return false;
    }

    private static bool InIntroClause(List<Token> tokens, int k)
    {
        var s = 0;
        while (s < tokens.Count && tokens[s].IsWord && tokens[s].Text is "But" or "And" or "So" or "Yet") s++;
        if (s >= tokens.Count || !tokens[s].IsWord || tokens[s].InQuote) return false;
        var w = tokens[s].Text;
        if (!(w is "After" or "While" or "Although" or "Though" or "When" or "Since" or "Because" or "Before" or "Once" or "Unless" or "Until" or "Whereas" or "Despite"
            || char.IsUpper(w[0]) && w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))) return false;
        for (var m = s + 1; m < tokens.Count; m++)
        {
            if (tokens[m].InQuote) continue;
            if (tokens[m].Is(",")) return k < m && CountWords(tokens, m + 1, tokens.Count) >= 3;
        }
        return false;
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
}
