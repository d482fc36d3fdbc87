using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction;

/// <summary>Finding who is speaking: the subject before a cue, across appositives, relative clauses and coordination.</summary>
public sealed partial class AttributionFinder
{
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

    private static bool IsInversionCue(string w) => w is "said" or "says" or "say" or "added" or "adds" or "wrote" or "writes" or "asked" or "asks" or "noted" or "notes"
        or "explained" or "continued" or "insisted" or "argued" or "recalled" or "declared" or "replied" or "responded" or "remarked" or "warned"
        or "observed" or "tweeted" or "cautioned" or "concluded" or "quipped" or "exclaimed" or "told" or "stated" or "acknowledged" or "admitted" or "conceded" or "countered" or "predicted" or "promised" or "joked" or "offered" or "suggested" or "emphasized" or "stressed" or "agreed" or "confessed";

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
    /// <summary>The name or pronoun opening the sentence (after connectives and an introductory phrase), resolved.</summary>
    public ResolvedSpeaker? SentenceSubject(List<Token> tokens)
    {
        var s = 0;
        while (s < tokens.Count && tokens[s].IsWord && tokens[s].Text is "But" or "And" or "Yet" or "So" or "Still" or "Then" or "Later") s++;
        // "Speaking on CNN, Trump ...", "Asked about it, she ...": the subject follows the introductory phrase.
        // "But while denouncing X, she ...": after a connective the introduction starts in lower case.
        var opener = s > 0 && s < tokens.Count && tokens[s].IsWord && char.IsLower(tokens[s].Text[0]) ? char.ToUpperInvariant(tokens[s].Text[0]) + tokens[s].Text[1..] : s < tokens.Count ? tokens[s].Text : "";
        if (s < tokens.Count && (IsIntroWord(opener) && opener is not ("The" or "A" or "An") || IsIntroPreposition(opener)
            || tokens[s].IsCapitalized && tokens[s].Text.Length > 4 && (tokens[s].Text.EndsWith("ing", StringComparison.Ordinal) || tokens[s].Text.EndsWith("ed", StringComparison.Ordinal)) || tokens[s].Text is "Absent" or "Despite" or "Unlike" or "Like" or "Known"
            || OpensWithTimePhrase(tokens, s)))
        {
            // "In the past, Trump ...": the subject follows the introductory phrase.
            var comma = s;
            while (comma < tokens.Count && comma < s + 12 && !tokens[comma].Is(",")) comma++;
            if (comma >= tokens.Count || !tokens[comma].Is(",")) return null;
            s = SkipPlaceAndTime(tokens, comma + 1);
        }
        if (s >= tokens.Count || tokens[s].InQuote) return null;
        if (Names.IsPronoun(tokens[s].Text) && tokens[s].Text is not ("It" or "it")) return _resolver.Resolve(tokens, s, s + 1);
        // After an introduction the subject starts in lower case: "Late last month, the company wrote ...".
        if (s > 0 && tokens[s].IsWord && SpeakerNouns.Contains(tokens[s].Text)) return _resolver.Resolve(tokens, s, s + 1);
        if (!tokens[s].IsCapitalized && !(s > 0 && tokens[s].Text is "the" or "a" or "an" or "his" or "her" or "their" or "its")) return null;
        var e = s;
        if (Determiners.Contains(tokens[s].Text))
        {
            // "The meteorological institute forecast ..., but warned ...": a determiner opens a noun phrase that runs to its verb.
            e = s + 1;
            while (e < tokens.Count && e - s < 7 && tokens[e].IsWord && !tokens[e].InQuote && !BoundaryWords.Contains(tokens[e].Text) && !ClauseVerbs.Contains(tokens[e].Text)
                && !Auxiliaries.Contains(tokens[e].Text) && !(char.IsLower(tokens[e].Text[0]) && CueLexicon.TryGet(tokens[e].Text, out _, out _) && e > s + 1)
                && !(char.IsLower(tokens[e].Text[0]) && tokens[e].Text.EndsWith("ed", StringComparison.Ordinal)) && !IrregularPast.Contains(tokens[e].Text)) e++;
            if (e == s + 1 || e >= tokens.Count) return null;
            return _resolver.Resolve(tokens, s, e);
        }
        while (e < tokens.Count && e - s < 6 && (tokens[e].IsCapitalized || tokens[e].Is(".")) && !tokens[e].InQuote) e++;
        return _resolver.Resolve(tokens, s, e);
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
            if (hs < he && tokens[j].Is("who")) (hs, he) = NameBeforeAppositive(tokens, hs, he);
            return hs < he ? new Subject(j, j + 1, j, hs, he, true) : none;
        }
        // "Two-thirds of the dockers — and half of the drivers — said": the subject is before the paired dashes.
        if (tokens[j].Text is "—" or "–" && !tokens[j].InQuote)
        {
            var open = j - 1;
            while (open >= 1 && j - open <= 15 && !tokens[open].InQuote && !(tokens[open].Text is "—" or "–" or "," or ";" or ":")) open--;
            if (open < 1 || j - open > 15 || open == j - 1 || !(tokens[open].Text is "—" or "–")) return none;
            var head = FindSubject(tokens, open - 1, kind, plainSpeech);
            return head.SpeakerStart < head.SpeakerEnd && head.End == open
                ? new Subject(head.Start, j + 1, head.Boundary, head.SpeakerStart, head.SpeakerEnd, head.Who, head.Subordinate)
                : none;
        }
        // "Grant Young, another Iowa strategist, said" / "Ann Compton, who covered ..., said": the name before the aside.
        if (tokens[j].Is(","))
        {
            // "Supporters of the levy, however, say": a parenthetical adverb between commas; the subject is before it.
            if (j >= 3 && tokens[j - 2].Is(",") && !tokens[j - 1].InQuote && IsParentheticalAdverb(tokens[j - 1].Text) && tokens[j - 3].IsWord)
            {
                var inner = FindSubject(tokens, j - 3, kind, plainSpeech);
                if (inner.SpeakerStart < inner.SpeakerEnd) return inner with { End = j };
            }
            // "The council, in a statement, said": a prepositional aside between commas; the subject is before it.
            if (ParentheticalPhraseStart(tokens, j) is { } aside && aside >= 2 && tokens[aside - 2].IsWord)
            {
                var inner = FindSubject(tokens, aside - 2, kind, plainSpeech);
                if (inner.SpeakerStart < inner.SpeakerEnd) return inner with { End = j };
            }
            // "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said": a party label belongs to the name.
            var prevComma = j - 1;
            while (prevComma >= 0 && (tokens[prevComma].IsCapitalized || tokens[prevComma].Is(".")) && !tokens[prevComma].InQuote) prevComma--;
            if (prevComma >= 1 && prevComma < j - 1 && tokens[prevComma].Is(",") && tokens[prevComma + 1].IsCapitalized && !IsIntroWord(tokens[prevComma + 1].Text) && j - prevComma <= 7)
                return new Subject(prevComma + 1, j, prevComma, prevComma + 1, j, false);
            // "One teacher backing Okafor, Ana Ruiz of Harbor School in Lyall, said": a full name with its organisation closes the aside.
            if (NameWithOrganisation(tokens, j) is { } named) return named;
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
                // "Council economists, like their counterparts at the port, say": a plural speaker noun opening the sentence.
                // "The harbour master, who has run the port for a decade, said", "The spokesman, a veteran of the port, said", "The
                // weather service, which had issued a red alert, said": a description opening the sentence, then a relative clause
                // or an appositive description.
                var describedAside = c + 1 < j && tokens[c + 1].Text is "who" or "which" or "a" or "an" && tokens[c - 1].IsWord && char.IsLower(tokens[c - 1].Text[0])
                    && tokens[0].Text is "The" or "A" or "An";
                if (nameStart >= nameEnd && (SpeakerNouns.Contains(tokens[c - 1].Text) || describedAside))
                {
                    var m = c - 1;
                    while (m >= 0 && tokens[m].IsWord && !tokens[m].InQuote && !BoundaryWords.Contains(tokens[m].Text) && !ClauseVerbs.Contains(tokens[m].Text) && c - m <= 6) m--;
                    // "Yet council economists, like ..., say": a leading connective is not part of the subject.
                    var opener = m + 1;
                    while (m < 0 && opener < c - 1 && IsConnective(tokens[opener].Text)) opener++;
                    if (m < 0 && (tokens[opener].IsCapitalized && !IsIntroWord(tokens[opener].Text) || opener > 0 || tokens[opener].Text is "The" or "Some" or "Many" or "Most"))
                        return new Subject(opener, j, opener - 1, opener, c, false);
                    break;
                }
                // "But Marta Diaz, the union's leader, said": the connective opens the sentence, not the name.
                if (nameStart == 0 && nameStart + 1 < nameEnd && IsConnective(tokens[0].Text)) nameStart = 1;
                if (nameStart >= nameEnd || !tokens[nameStart].IsCapitalized || IsIntroWord(tokens[nameStart].Text) && !(tokens[nameStart].Text is "The" && nameStart + 1 < c)) break;
                if (nameStart == 1 && IsConnective(tokens[0].Text)) return new Subject(1, j, 0, 1, nameEnd, false);
                // A role before the name belongs to the subject: "The union leader Pablo Rojas, who ..., warned"; a preposition
                // there means a clause ("Okafor lacks support from colleagues in the council, ..., said X"), not a role.
                while (n >= 0 && tokens[n].IsWord && !tokens[n].InQuote && !BoundaryWords.Contains(tokens[n].Text) && !ClauseVerbs.Contains(tokens[n].Text)
                    && !(tokens[n].Text is "in" or "from" or "with" or "on" or "at" or "by" or "into" or "about" or "against" or "among") && c - n <= 10) n--;
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
            if (!w.IsWord && !w.Is(".") && !w.Is("'") && !w.Is("-") && !(w.Is(",") && k > 1 && AllDigits(tokens[k - 1].Text) && tokens[k - 2].Is(",") && k + 1 < tokens.Count && tokens[k + 1].IsWord)) break;
            if (w.IsWord && (BoundaryWords.Contains(w.Text) || ClauseVerbs.Contains(w.Text))) break;
            k--;
        }
        // "... for 36 years — they say ...": after a dash only a pronoun opens a new clause's subject.
        if (k >= 0 && tokens[k].Is("—") && !(subjEnd - k == 2 && Names.IsPronoun(tokens[k + 1].Text))) return none;
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
            // "During a stop in Brennick, Valdera, the candidate repeated": the place closes an introductory phrase.
            if (tokens[0].IsWord && (IsIntroWord(tokens[0].Text) && tokens[0].Text is not ("The" or "A" or "An" or "This") || IsIntroPreposition(tokens[0].Text))) break;
            // "Significantly, the judge said", "Like Halden, the camp has argued": an introductory adverb or phrase, not a name.
            if (IsIntroPreposition(tokens[m + 1].Text) || tokens[m + 1].Text is "Like" or "Unlike" or "Despite" or "Per" or "That" or "It" or "This" or "Those" or "These"
                || m < 0 && k == 1 && tokens[0].Text.Length > 4 && tokens[0].Text.EndsWith("ly", StringComparison.Ordinal)) break;
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
        // "a conclusion Teixeira's office said would ...", "a finding the minister's office said ...": a relative clause whose
        // subject is the second noun phrase; the first is what was said.
        for (var m = speakerStart + 2; m < speakerEnd - 1; m++)
        {
            var prev = tokens[m - 1];
            if (!prev.IsWord || !char.IsLower(prev.Text[0]) || BoundaryWords.Contains(prev.Text) || Determiners.Contains(prev.Text)
                || prev.Text is "of" or "at" or "in" or "on" or "with" or "from" or "by" or "to" or "for" || !Determiners.Contains(tokens[speakerStart].Text)) continue;
            if (tokens[m].Text is "the" or "his" or "her" or "their" or "its" || tokens[m].IsCapitalized && tokens[m].Text.EndsWith("'s", StringComparison.Ordinal))
            {
                speakerStart = m;
                break;
            }
        }
        return new Subject(subjStart, subjEnd, k, speakerStart, speakerEnd, false, subordinate);
    }

    private static readonly HashSet<string> ClauseVerbs = new(StringComparer.Ordinal)
    {
        "is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "can", "could", "do", "does", "did",
        "who", "which", "whose", "said", "says", "told", "shall", "should", "may", "might", "must",
    };

    private static bool IsIntroWord(string w) => w is "In" or "On" or "At" or "After" or "Before" or "When" or "While" or "But" or "And" or "As" or "For" or "If"
        or "Still" or "Yet" or "So" or "Then" or "Now" or "Meanwhile" or "However" or "Since" or "During" or "Although" or "Though" or "Last" or "This" or "The" or "A" or "An"
        or "Again" or "Once" or "Where" or "Instead" or "Indeed" or "Also" or "Finally" or "Later" or "Earlier" or "Today" or "Yesterday" or "Overall" or "Thus"
        or "Moreover" or "Nevertheless" or "Nonetheless" or "Otherwise" or "Likewise" or "Similarly" or "Besides" or "Ultimately" or "Recently" or "Previously";

    private static readonly HashSet<string> IrregularPast = new(StringComparer.Ordinal)
    {
        "sent", "made", "took", "gave", "went", "came", "got", "put", "set", "began", "held", "met", "left", "kept", "brought", "won", "lost",
        "ran", "led", "paid", "sold", "bought", "built", "spent", "struck", "sought", "drew", "chose", "cut", "hit", "fought", "felt", "stood",
    };

    private static string? VerbAfter(List<Token> tokens, int e)
    {
        while (e < tokens.Count && tokens[e].IsWord && (Auxiliaries.Contains(tokens[e].Text) || tokens[e].Text.EndsWith("ly", StringComparison.Ordinal)))
        {
            // "it was announced": a passive has no speaker in "it".
            if (tokens[e].Text is "was" or "were" or "is" or "are" or "be" or "been" or "being") return null;
            e++;
        }
        return e < tokens.Count && tokens[e].IsWord ? tokens[e].Text : null;
    }

    // "it declared that ...", "it said": verbs an organisation standing behind "it" uses to speak.
    private static bool IsOrganisationSpeech(string w) => w is "said" or "says" or "declared" or "announced" or "stated" or "warned" or "argued" or "claimed"
        or "insisted" or "acknowledged" or "denied" or "confirmed" or "reported" or "added" or "noted" or "maintained" or "contended" or "asserted";

    private static Subject? NameWithOrganisation(List<Token> tokens, int j)
    {
        var m = j - 1;
        var firstConnector = -1;
        while (m >= 0 && j - m <= 12 && !tokens[m].InQuote && (tokens[m].IsCapitalized || tokens[m].Is(".") || tokens[m].Text is "of" or "at" or "in" or "from" or "for" or "the"))
        {
            if (tokens[m].Text is "of" or "at" or "in" or "from" or "for") firstConnector = m;
            m--;
        }
        if (m < 1 || !tokens[m].Is(",") || firstConnector < 0) return null;
        var s = m + 1;
        if (firstConnector - s < 2 || !tokens[s].IsCapitalized || !tokens[s + 1].IsCapitalized || IsIntroWord(tokens[s].Text) || Determiners.Contains(tokens[s].Text)) return null;
        for (var k = s; k < firstConnector; k++) if (!(tokens[k].IsCapitalized || tokens[k].Is("."))) return null;
        return new Subject(s, j, m, s, firstConnector, false);
    }

    // The first token of ", in a statement," ending at the comma j; null when the aside is not a short prepositional phrase.
    private static int? ParentheticalPhraseStart(List<Token> tokens, int j)
    {
        var m = j - 1;
        while (m >= 0 && j - m <= 8 && tokens[m].IsWord && !tokens[m].InQuote) m--;
        if (m < 1 || !tokens[m].Is(",") || m == j - 1) return null;
        return tokens[m + 1].Text is "in" or "at" or "on" or "during" or "after" or "before" or "for" or "with" or "like" or "meanwhile" or "however" or "too" ? m + 1 : null;
    }

    private static bool IsConnective(string w) => w is "But" or "And" or "Yet" or "So" or "Still" or "Now" or "Then" or "Also" or "However" or "Meanwhile" or "Instead";

    private static bool IsParentheticalAdverb(string w) => w is "however" or "though" or "too" or "meanwhile" or "instead" or "also" or "then" or "now" or "moreover"
        or "nonetheless" or "nevertheless" or "meantime" or "therefore" || w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(w[0]);

    private static bool IsIntroPreposition(string w) => w is "Over" or "Late" or "Early" or "Throughout" or "Under" or "Amid" or "Among" or "From" or "Through"
        or "Following" or "Within" or "Across" or "Until" or "By" or "With" or "Without" or "Upon" or "Beyond" or "Along" or "Around" or "Inside" or "Outside" or "Behind";

    // After an introductory phrase's comma: "At a rally in Dunmore, Vermont, on Sunday, she said": the rest of a place name
    // ("Vermont,") and a time phrase ("on Sunday,") still belong to the introduction.
    private static int SkipPlaceAndTime(List<Token> tokens, int s)
    {
        for (var hop = 0; hop < 3 && s < tokens.Count; hop++)
        {
            var e = s;
            while (e < tokens.Count && e - s < 6 && !tokens[e].Is(",") && !tokens[e].InQuote) e++;
            if (e >= tokens.Count || !tokens[e].Is(",") || e == s || CountWords(tokens, e + 1, tokens.Count) < 2) break;
            var place = e - s <= 2 && tokens[s].IsCapitalized && s >= 2 && tokens[s - 2].IsCapitalized && !IsIntroWord(tokens[s].Text) && !Names.IsPronoun(tokens[s].Text)
                && (e - s == 1 || tokens[s + 1].Is("."));
            // "on Sunday,", "at a rally in Beaumont,": a time or an occasion.
            var time = tokens[s].Text is "on" or "last" or "this" or "late" or "early" or "at" or "during" && e - s >= 2;
            if (!place && !time) break;
            s = e + 1;
        }
        return s;
    }

    // "Hours later, ...", "Seven decades on, ...", "The day before, ...", "Even so, ...": a time phrase or a concessive opener.
    private static bool OpensWithTimePhrase(List<Token> tokens, int s)
    {
        if (s + 2 >= tokens.Count || !tokens[s].IsCapitalized) return false;
        var w = tokens[s + 1].Text;
        if (tokens[s].Text == "Even") return w is "so" or "then" or "as" or "if" or "though" or "when" or "before" or "after" or "with";
        if (w is "later" or "earlier" or "ago") return true;
        var unit = tokens[s].Text is "The" or "That" ? w : tokens[s + 2].Text;
        var after = tokens[s].Text is "The" or "That" ? tokens[s + 2].Text : s + 3 < tokens.Count ? tokens[s + 3].Text : "";
        return (unit is "day" or "days" or "hours" or "weeks" or "months" or "years" or "decades" or "minutes" || IsPeriodNoun(unit))
            && after is "later" or "earlier" or "ago" or "on" or "before" or "after";
    }

    private static bool IsPeriodNoun(string w) => w is "week" or "month" or "year" or "night" or "morning" or "afternoon" or "evening" or "weekend" or "summer"
        or "winter" or "spring" or "fall" or "autumn" or "decade" or "term" or "session";

    // Walks back from j over a time phrase ending there ("last month", "earlier this week", "on Tuesday night") when a word
    // or a closing parenthesis stands before it; otherwise returns j.
    private static int SkipPeriodBack(List<Token> tokens, int j)
    {
        if (j < 2 || !tokens[j].IsWord || tokens[j].InQuote || !IsPeriodNoun(tokens[j].Text)) return j;
        var m = j - 1;
        if (!(tokens[m].Text is "last" or "this" or "next" or "that" or "each" or "every" || IsWeekday(tokens[m].Text))) return j;
        m--;
        if (m >= 1 && tokens[m].Text is "earlier" or "later" or "on") m--;
        return m >= 0 && (tokens[m].IsWord && !BoundaryWords.Contains(tokens[m].Text) || tokens[m].Is(")")) && !tokens[m].InQuote ? m : j;
    }

    private static bool StartsLikeName(List<Token> tokens, int s, int e, CueKind kind)
    {
        if (s >= e) return false;
        var first = tokens[s];
        if (first.IsCapitalized && !(first.Text is "The" or "A" or "An")) return true;
        if (Names.IsPronoun(first.Text)) return true;
        if (SpeakerNouns.Contains(first.Text)) return true;
        return false;
    }

    // "Rui Costa, a consultant and an engineer who said ...": the description is an appositive; the name before its comma speaks.
    private static (int Start, int End) NameBeforeAppositive(List<Token> tokens, int hs, int he)
    {
        if (tokens[hs].IsCapitalized && !Determiners.Contains(tokens[hs].Text)) return (hs, he);
        var m = hs - 1;
        while (m >= 0 && m >= hs - 8 && tokens[m].IsWord && !tokens[m].InQuote && char.IsLower(tokens[m].Text[0]) && !ClauseVerbs.Contains(tokens[m].Text)) m--;
        if (m < 1 || !tokens[m].Is(",")) return (hs, he);
        var e = m;
        var b = m - 1;
        while (b >= 0 && (tokens[b].IsCapitalized || tokens[b].Is(".")) && !tokens[b].InQuote && e - b <= 5) b--;
        return b + 1 < e && tokens[b + 1].IsCapitalized && !IsIntroWord(tokens[b + 1].Text) ? (b + 1, e) : (hs, he);
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
        if (words == 1 && Names.IsPronoun(first.Text)) return !first.IsLower("it") || kind != CueKind.Speech || VerbAfter(tokens, e) is { } v && IsOrganisationSpeech(v);
        if (kind == CueKind.Evidence) return EvidenceNouns.Contains(tokens[e - 1].Text) || first.IsCapitalized || Determiners.Contains(first.Text);
        if (char.IsDigit(first.Text[0])) return words <= 8;
        if (first.IsCapitalized && s == 0 && words == 1 && first.Text is "But" or "And" or "Also" or "Then" or "Now" or "So" or "Known" or "Even") return false;
        if (first.Text is "Since" or "After" or "Before" or "When" or "While" or "If" or "Although" or "Though" or "Because" or "As" or "Once" or "Until" or "Unless" or "Whether" or "Despite" or "Without" or "With" or "For" or "In" or "On" or "At" or "By" or "From" or "During" or "Like") return false;
        if (first.IsCapitalized) return true;
        if (Determiners.Contains(first.Text)) return true;
        // "pizza magnate Herman Cain", "spokesperson Monica Klein": a role before a name.
        if (words <= 6 && e - s >= 2 && tokens[e - 1].IsCapitalized && tokens[e - 2].IsCapitalized) return true;
        return SpeakerNouns.Contains(first.Text) || SpeakerNouns.Contains(tokens[e - 1].Text);
    }

    private static bool AllDigits(string w)
    {
        foreach (var c in w) if (!char.IsDigit(c)) return false;
        return true;
    }

    private static int CountWords(List<Token> tokens, int from, int to)
    {
        var n = 0;
        for (var k = from; k < to; k++) if (tokens[k].IsWord) n++;
        return n;
    }
}
