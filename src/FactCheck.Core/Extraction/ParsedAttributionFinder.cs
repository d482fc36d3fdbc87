using FactCheck.Core.Language;
using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction;

/// <summary>
/// Finds attributions on a sentence's dependency parse: a cue is a predicate whose subject can be a source and whose
/// complement is a clause, a quotation or a topic; the speaker is its subject (or the agent of a passive, or the object
/// of "according to"); the content is the complement's subtree. Coordinated predicates are separate attributions
/// sharing their subject, and a nested attribution is found on its own. The cue lexicon is a prior: a verb it does not
/// know still counts when its subject is a person or an organisation and its complement is a clause.
/// </summary>
internal sealed class ParsedAttributionFinder(SpeakerResolver resolver)
{
    /// <summary>A predicate found on the parse, before its speaker is resolved against the old tokens.</summary>
    internal sealed record Found(int Cue, int CueEnd, TextSpan Content, TextSpan? Subject, CueKind Kind, bool Strong)
    {
        public string Rule { get; init; } = "";
    }


    public List<Attribution> Find(string text, TextSpan sentence, ParsedSentence parse, List<Token> tokens)
    {
        var result = new List<Attribution>();
        foreach (var candidate in Candidates(parse))
        {
            var f = Inherits(parse[candidate.Cue]) ? candidate with { Rule = candidate.Rule + "-inherit" } : candidate;
            if (result.Count >= AttributionFinder.MaxPerSentence) break;
            // Words inside a quotation are what someone said, not a frame of the article's: "I think" in a quote is not found.
            if (InQuote(tokens, parse[f.Cue].Start)) continue;
            var content = Trim(text, f.Content);
            if (content.Length == 0 || !HasWord(text, content)) continue;
            ResolvedSpeaker? speaker = null;
            if (f.Subject is { } subject && TokenRange(tokens, subject) is var (from, to) && from < to) speaker = resolver.Resolve(tokens, from, to);
            var cueSpan = new TextSpan(parse[f.Cue].Start, parse[f.CueEnd].End);
            result.Add(new Attribution
            {
                Content = [content], CueSpan = cueSpan, CueText = text[cueSpan.Start..cueSpan.End], Speaker = speaker,
                Sentence = sentence, LastSentence = sentence, Kind = f.Kind, Direct = IsQuoted(text, content), Rule = f.Rule,
                Passive = f.Rule.StartsWith("passive", StringComparison.Ordinal),
            });
        }
        return result;
    }

    /// <summary>
    /// "After talking about wages, Berg suggested ...", "when Brink went off script to comment on ...": for an attribution the
    /// patterns found without a speaker, the parse's subject of its cue speaks when it can be a source.
    /// </summary>
    public void FillSpeakers(List<Attribution> found, ParsedSentence parse, List<Token> tokens)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var f = found[k];
            if (f.Speaker is not null || f.Passive || f.CueSpan is not { } cue || f.Content.Count != 1 || f.Content[0].Start < cue.End) continue;
            var at = -1;
            for (var i = 0; i < parse.Count; i++) if (parse[i].Start == cue.Start) { at = i; break; }
            if (at < 0 || parse[at].Upos != "VERB" || Subject(parse, parse[at]) is not { } s || !IsSource(parse, s)) continue;
            if (TokenRange(tokens, NounPhrase(parse, s)) is not var (from, to) || from >= to) continue;
            if (resolver.Resolve(tokens, from, to) is { } speaker) found[k] = f.WithSpeaker(speaker);
        }
    }

    /// <summary>
    /// Where the parse says the content of a cue at <paramref name="cueStart"/> must end: at the first dependent of the
    /// cue that is not part of what was said — an adverbial clause, a coordinated predicate, an aside — when it starts
    /// after <paramref name="contentStart"/>; null when the parse does not know the cue or sees no such dependent.
    /// </summary>
    internal static int? ContentLimit(ParsedSentence p, int cueStart, int contentStart)
    {
        var cue = -1;
        for (var i = 0; i < p.Count; i++) if (p[i].Start == cueStart) { cue = i; break; }
        if (cue < 0 || p[cue].Upos is not ("VERB" or "NOUN" or "ADJ")) return null;
        int? limit = null;
        foreach (var c in p[cue].Children)
        {
            if (c.Index <= cue) continue;
            var first = p[c.SubtreeFirst];
            if (first.Start <= contentStart) continue;
            var before = c.SubtreeFirst > 0 ? p[c.SubtreeFirst - 1] : first;
            var cut = c.Relation switch
            {
                // ", while ...", ", although ...", ", because ...": the writer's own clause about the frame.
                "advcl" => before.Form is "," or "—" or "–" or "-" && c.Child("mark") is { } mark && mark.Form.ToLowerInvariant() is "while" or "although" or "though" or "because" or "whereas" or "even",
                // "..., but ..." with a predicate of its own.
                "conj" => c.Upos is "VERB" or "AUX" && c.Child("cc") is { Form: "but" or "But" } && (before.Form is "," || c.Child("nsubj") is not null),
                _ => false,
            };
            if (!cut) continue;
            // Cut before the comma, dash or conjunction that introduces the dependent.
            var at = c.SubtreeFirst;
            while (at - 1 > cue && p[at - 1].Upos is "PUNCT" or "CCONJ" && p[at - 1].Start > contentStart) at--;
            var end = p[at].Start;
            if (limit is null || end < limit) limit = end;
        }
        return limit;
    }

    /// <summary>Every cue predicate of the parse with its content and subject, in word order.</summary>
    internal static List<Found> Candidates(ParsedSentence p)
    {
        var found = new List<Found>();
        for (var i = 0; i < p.Count; i++)
        {
            var t = p[i];
            var f = t.Upos switch
            {
                "VERB" => Verb(p, t),
                "NOUN" => Noun(p, t),
                "ADJ" => Adjective(p, t),
                _ => null,
            };
            if (f is not null) found.Add(f);
        }
        return found;
    }

    /// <summary>"talked about X", "critical of X", "called for X": the object of the predicate's topical preposition.</summary>
    private static (int Preposition, TextSpan Span)? Topic(ParsedSentence p, ParsedToken t, Dictionary<string, string[]> predicates)
    {
        if (!predicates.TryGetValue(t.Lemma.ToLowerInvariant(), out var preps)) return null;
        foreach (var c in t.Children)
        {
            if (c.Index < t.Index || c.UniversalRelation is not ("obl" or "nmod")) continue;
            if (c.Child("case") is not { } prep) continue;
            var form = prep.Form.ToLowerInvariant();
            if (Array.IndexOf(preps, form) < 0) continue;
            var whole = SubtreeSpan(p, c.Index);
            return (prep.Index, new TextSpan(p[prep.Index].End, whole.End));
        }
        return null;
    }

    private static Found? Verb(ParsedSentence p, ParsedToken t)
    {
        var lemma = t.Lemma.ToLowerInvariant();
        if (NeverCues.Contains(lemma)) return null;
        var known = CueLexicon.TryGet(lemma, out _, out var kind) || CueLexicon.TryGet(t.Form.ToLowerInvariant(), out _, out kind);
        if (!known && AttitudeVerbs.Contains(lemma)) { known = true; kind = CueKind.Belief; }
        var passive = t.Child("nsubj:pass") is not null || t.Child("aux:pass") is not null;

        // Passive with an agent: "The leak was first reported by the Ledger" — the agent speaks about the subject.
        // (A passive with an agent, "was first reported by the Ledger", is left to the patterns: on the parse it was mostly wrong.)

        // "The leak was first reported by the Ledger": a speech verb's agent speaks about the passive's subject.
        if (known && kind == CueKind.Speech && passive && t.Child("ccomp") is null && t.Child("xcomp") is null && Agent(t) is { } agent
            && IsSource(p, agent.Index) && agent.Upos is "PROPN" or "NOUN" && t.Child("nsubj:pass") is { } patient && patient.Upos is "NOUN" or "PROPN")
            return new Found(t.Index, t.Index, SubtreeSpan(p, patient.Index), NounPhrase(p, agent.Index), kind, true) { Rule = "passive-agent" };

        var subject = Subject(p, t);
        // The complement: a clause, a quotation, an infinitive, an object, or a topic after the verb's own preposition.
        ParsedToken? clause = t.Child("ccomp") ?? QuotedParataxis(p, t);
        if (clause is { } c)
        {
            // A verb the lexicon does not know counts with a finite clause ("that ...", or a clause with its own subject)
            // when a person or organisation is its subject.
            if (!known && (subject is not { } s || !IsSource(p, s) || passive || !IsFiniteClause(p, c))) return null;
            // A clause that is not finite ("are acquainted with") or not a quotation is a misread, not what was said.
            if (!IsFiniteClause(p, c) && !IsQuote(p[c.SubtreeFirst].Form)) return null;
            // Without any subject only the lexicon's speech verbs count ("..., adding that ..." is handled by inheritance).
            if (known && subject is null && !(kind == CueKind.Speech && HasMark(p, c, "that"))) return null;
            return new Found(t.Index, t.Index, SubtreeSpan(p, c.Index), subject is { } sp ? NounPhrase(p, sp) : null, known ? kind : CueKind.Speech, known)
                { Rule = (known ? "clause-known" : "clause-unknown") + (subject is null ? "-nosubj" : "") };
        }
        // A verb the lexicon does not know, with only an object, is too often an act ("joined the race", "spent $2 million").
        if (!known) return null;
        if (t.Child("xcomp") is { } x && InfinitiveOrGerund(p, x) && subject is { } xs && IsSource(p, xs))
        {
            // "urged supporters to watch the polls": what was urged is the infinitive; the addressee is left out.
            return new Found(t.Index, t.Index, SubtreeSpan(p, x.Index), subject is { } sp ? NounPhrase(p, sp) : null, kind, true) { Rule = "xcomp" + (subject is null ? "-nosubj" : "") };
        }
        if (subject is not { } who || !IsSource(p, who)) return null;
        if (t.Child("obj") is { } o && !IsPronounOnly(p, o) && !passive && ObjectCueVerbs.Contains(lemma) && kind != CueKind.Evidence
            // "called Lena Brink" is a telephone call; "called the plan a disaster" names it something.
            && !(NamingVerbs.Contains(lemma) && t.Child("xcomp") is null))
        {
            // "called the plan a disaster", "accuses Sanders of a smear": the object with what completes it after.
            var span = RightComplements(p, t, o.Index);
            return new Found(t.Index, t.Index, span, NounPhrase(p, who), kind, false) { Rule = "obj-" + kind };
        }
        // (A topic after a preposition, "talked about X", is left to the patterns: on the parse it was right one time in five.)
        return null;
    }

    // "her statement that the count was rigged", "his decision to resign", "the claim by officials that ...".
    private static Found? Noun(ParsedSentence p, ParsedToken t)
    {
        if (RaisedTopic(p, t) is { } raised) return raised;
        if (!NounCues.Contains(t.Lemma.ToLowerInvariant())) return null;
        ParsedToken? clause = null;
        foreach (var c in t.Children)
            if (c.Index > t.Index && (c.UniversalRelation is "acl" or "ccomp") && c.Relation != "acl:relcl" && (HasMark(p, c, "that") || InfinitiveOrGerund(p, c)))
            {
                clause = c;
                break;
            }
        if (clause is not { } cl) return null;
        var owner = t.Child("nmod:poss") ?? AgentNmod(p, t);
        if (owner is null)
        {
            // "issued a warning that ...", "expressed concern that ...": the light verb's subject owns the noun.
            var head = t.HeadToken;
            if (t.UniversalRelation == "obj" && head.Upos == "VERB" && Subject(p, head) is { } s) owner = p[s];
        }
        if (owner is not { } o || !IsSource(p, o.Index)) return null;
        return new Found(t.Index, t.Index, SubtreeSpan(p, cl.Index), NounPhrase(p, o.Index), CueKind.Speech, true) { Rule = "noun" };
    }

    // "Abara raised questions about the audit", "voiced concern over the plan": the light verb and its noun are the cue, the
    // topic is what was said, the verb's subject speaks.
    private static Found? RaisedTopic(ParsedSentence p, ParsedToken t)
    {
        if (!RaisedNouns.Contains(t.Lemma.ToLowerInvariant()) || t.UniversalRelation != "obj") return null;
        var verb = t.HeadToken;
        if (verb.Upos != "VERB" || !LightVerbs.Contains(verb.Lemma.ToLowerInvariant()) || Subject(p, verb) is not { } s || !IsSource(p, s)) return null;
        foreach (var c in t.Children)
        {
            if (c.Index < t.Index || c.UniversalRelation != "nmod" || c.Child("case") is not { } prep) continue;
            if (prep.Form.ToLowerInvariant() is not ("about" or "over" or "regarding" or "on" or "concerning")) continue;
            var whole = SubtreeSpan(p, c.Index);
            return new Found(verb.Index, prep.Index, new TextSpan(p[prep.Index].End, whole.End), NounPhrase(p, s), CueKind.Speech, true) { Rule = "raised-topic" };
        }
        return null;
    }

    private static readonly HashSet<string> RaisedNouns = new(StringComparer.Ordinal)
    {
        "question", "concern", "doubt", "worry", "fear", "objection", "alarm", "criticism", "complaint", "reservation", "suspicion",
    };

    private static readonly HashSet<string> LightVerbs = new(StringComparer.Ordinal) { "raise", "express", "voice", "air", "share", "pose", "register" };

    /// <summary>Whose view or words a noun is: its possessor, the agent after "by"/"from", or the subject of a light verb ("made allegations against").</summary>
    private static int? Owner(ParsedSentence p, ParsedToken t)
    {
        if (t.Child("nmod:poss") is { } poss) return poss.Index;
        if (AgentNmod(p, t) is { } agent) return agent.Index;
        var head = t.HeadToken;
        if (t.UniversalRelation == "obj" && head.Upos == "VERB" && Subject(p, head) is { } s) return s;
        return null;
    }

    // "Ruiz is confident that the vote will pass", "It is clear that ...".
    private static Found? Adjective(ParsedSentence p, ParsedToken t)
    {
        if (!AdjectiveCues.Contains(t.Lemma.ToLowerInvariant()) && !TopicAdjectives.ContainsKey(t.Lemma.ToLowerInvariant())) return null;
        if (t.Child("ccomp") is null && Topic(p, t, TopicAdjectives) is { } topic && t.Child("nsubj") is { } holder && IsSource(p, holder.Index))
            return new Found(t.Index, topic.Preposition, topic.Span, NounPhrase(p, holder.Index), CueKind.Belief, false) { Rule = "topic-adj" };
        if (t.Child("ccomp") is not { } c) return null;
        // "Ruiz and other leaders remain confident that ...": the subject of the verb the adjective completes.
        var subject = Subject(p, t);
        if (subject is { } s && (p[s].Lemma is "it" || !IsSource(p, s) && p[s].Upos != "PRON")) subject = null;
        var cueFirst = t.Relation == "xcomp" && t.HeadToken is { Upos: "VERB" } v && v.Index < t.Index && t.Index - v.Index <= 2 ? v.Index
            : t.Child("cop") is { } cop && cop.Index < t.Index && t.Index - cop.Index <= 2 ? cop.Index : t.Index;
        return new Found(cueFirst, t.Index, SubtreeSpan(p, c.Index), subject is { } sub ? NounPhrase(p, sub) : null, CueKind.Belief, subject is not null) { Rule = "adj" + (subject is null ? "-nosubj" : "") };
    }

    // "according to the ministry, 12 bridges were damaged": the clause the phrase modifies, without the phrase.
    private static Found? AccordingTo(ParsedSentence p, ParsedToken according)
    {
        // UD: "according" is the case (with fixed "to") of the source noun, which is an obl of the clause.
        var source = according.HeadToken;
        if (source.Index == according.Index) return null;
        var clause = source.HeadToken;
        if (clause.Index == source.Index) return null;
        var whole = SubtreeSpan(p, clause.Index);
        var phrase = SubtreeSpan(p, source.Index);
        var phraseFirst = Math.Min(according.Index, source.SubtreeFirst);
        var start = p[phraseFirst].Start;
        TextSpan content;
        if (start <= whole.Start + 1) content = new TextSpan(phrase.End, whole.End);
        else if (phrase.End >= whole.End - 1) content = new TextSpan(whole.Start, start);
        else content = new TextSpan(whole.Start, whole.End); // in the middle: the clause around it
        var cueEnd = according.Child("fixed") is { } to ? to.Index : according.Index;
        return new Found(according.Index, cueEnd, content, NounPhrase(p, source.Index), CueKind.Speech, true) { Rule = "according" };
    }

    /// <summary>The subject of a predicate: its own, or inherited through coordination, a participle or a relative clause.</summary>
    private static bool Inherits(ParsedToken t) => t.Child("nsubj") is null && t.Relation is "conj" or "advcl" or "xcomp";

    private static int? Subject(ParsedSentence p, ParsedToken t)
    {
        for (var steps = 0; steps < 6; steps++)
        {
            // "residents, who fear ...": the relative pronoun stands for the noun the clause describes.
            if (t.Child("nsubj") is { } s)
            {
                // "Quist was accused of fraud": the subject of a passive is the one spoken about, not the speaker.
                if (s.Relation == "nsubj:pass") return null;
                if (s.Lemma is "who" or "which" or "that" && t.Relation == "acl:relcl") return t.Head;
                // "..., say some residents, who fear ...": a relative "who" parsed loose from its noun still stands for the
                // noun just before it.
                if (s.Lemma is "who" && s.Index >= 2 && p[s.Index - 1].Form == "," && p[s.Index - 2].Upos is "NOUN" or "PROPN")
                    return s.Index - 2;
                return s.Index;
            }
            if (t.Child("csubj") is not null) return null;
            var relation = t.Relation;
            if (t.IsRoot) return null;
            var head = t.HeadToken;
            switch (relation)
            {
                case "conj" when head.Relation == "ccomp" && head.Child("nsubj") is { } inner && !IsSource(p, inner.Index)
                    && CueLexicon.TryGet(t.Lemma.ToLowerInvariant(), out _, out _):
                    // "Whitfield suggested it was rigged and urged supporters to ...": a cue coordinated inside the clause
                    // whose subject cannot speak ("it") is the speaker's next act, not the clause's.
                    t = head.HeadToken;
                    continue;
                case "conj" or "xcomp":
                    t = head;
                    continue;
                case "advcl" when t.Xpos is "VBG" or "VBN" && t.Child("mark") is null:
                    // "..., saying the city had ignored warnings": the main clause's subject speaks.
                    t = head;
                    continue;
                case "advcl" when t.Xpos is "VBG" && t.Child("mark") is { } m && m.Form.ToLowerInvariant() is "after" or "before" or "while" or "when" or "by" or "since" or "without" or "upon" or "in":
                    // "After talking about wages, Berg suggested ...": a gerund adjunct's subject is the main clause's.
                    t = head;
                    continue;
                case "advcl" when t.Child("mark") is { Form: "to" } && t.Child("nsubj") is null:
                    // "Brink went off script to comment on the budget": an infinitive of purpose shares the main clause's subject.
                    t = head;
                    continue;
                case "acl:relcl" when head.Upos is "NOUN" or "PROPN" or "PRON":
                    // "Ruiz, who said the vote was rigged": the noun the relative clause describes.
                    return head.Index;
                case "acl" when head.Upos is "NOUN" or "PROPN" && t.Xpos is "VBG":
                    // "officials saying the plan failed".
                    return head.Index;
                default:
                    return null;
            }
        }
        return null;
    }

    /// <summary>
    /// From the first complement to the end of the predicate's last right dependent that completes it (objects, clauses,
    /// prepositional complements), leaving out coordinated predicates, adverbial clauses, time and place phrases and punctuation.
    /// </summary>
    private static TextSpan RightComplements(ParsedSentence p, ParsedToken t, int first)
    {
        var start = p[p[first].SubtreeFirst].Start;
        var end = p[p[first].SubtreeLast].End;
        foreach (var c in t.Children)
        {
            if (c.Index <= first) continue;
            var r = c.Relation;
            if (r is "punct" or "conj" or "cc" or "advcl" or "parataxis" or "advmod" or "obl:tmod" or "obl:npmod" or "mark" or "aux" or "discourse" or "iobj") break;
            if (r.StartsWith("obl", StringComparison.Ordinal) && IsCircumstance(p, c)) break;
            end = Math.Max(end, p[c.SubtreeLast].End);
        }
        return new TextSpan(start, end);
    }

    // "on Thursday", "in a statement", "at a rally", "in an interview with CNN": when and where, not what.
    private static bool IsCircumstance(ParsedSentence p, ParsedToken obl)
    {
        var lemma = obl.Lemma.ToLowerInvariant();
        if (obl.Child("case") is { } prep && prep.Form.ToLowerInvariant() is "during" or "after" or "before" or "since" or "until" or "amid" or "at") return true;
        return Circumstances.Contains(lemma) || obl.Upos == "PROPN" && obl.Child("case") is { Form: "in" or "on" or "at" };
    }

    private static readonly HashSet<string> Circumstances = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "week", "weekend", "month",
        "year", "day", "night", "morning", "afternoon", "evening", "statement", "interview", "speech", "rally", "conference", "briefing",
        "appearance", "debate", "hearing", "email", "letter", "post", "tweet", "video", "radio", "television", "show", "program",
        "programme", "meeting", "event", "session", "call", "forum", "town", "hall", "campaign", "stop", "visit", "trip", "time", "moment",
    };

    internal static ParsedToken? Agent(ParsedToken t)
    {
        foreach (var c in t.Children)
            if (c.Relation == "obl:agent" || c.UniversalRelation == "obl" && c.Child("case") is { Form: "by" }) return c;
        return null;
    }

    private static ParsedToken? AgentNmod(ParsedSentence p, ParsedToken t)
    {
        foreach (var c in t.Children)
            if (c.UniversalRelation == "nmod" && c.Child("case") is { Form: "by" or "from" }) return c;
        return null;
    }

    // '"We won," Ruiz said': some parses hang the quotation on the verb as parataxis rather than ccomp.
    private static ParsedToken? QuotedParataxis(ParsedSentence p, ParsedToken t)
    {
        foreach (var c in t.Children)
            if (c.Relation == "parataxis" && (IsQuote(p[c.SubtreeFirst].Form) || IsQuote(p[c.SubtreeLast].Form))) return c;
        return null;
    }

    private static bool InfinitiveOrGerund(ParsedSentence p, ParsedToken x) =>
        x.Child("mark") is { Form: "to" } || x.Xpos is "VBG" || x.Child("aux") is { Form: "to" };

    private static bool HasMark(ParsedSentence p, ParsedToken c, string mark) => c.Child("mark") is { } m && m.Form.Equals(mark, StringComparison.OrdinalIgnoreCase);

    private static bool IsPronounOnly(ParsedSentence p, ParsedToken o) => o.Upos == "PRON" && o.SubtreeFirst == o.SubtreeLast;

    /// <summary>
    /// A subject that can speak or hold a view: a name, a pronoun for a person or group, or a noun for people,
    /// an organisation or a document ("officials", "the ministry", "a report") — not "the emphasis" or "the trend".
    /// </summary>
    internal static bool IsSource(ParsedSentence p, int subject)
    {
        var s = p[subject];
        var lemma = s.Lemma.ToLowerInvariant();
        return s.Upos switch
        {
            "PROPN" => !char.IsUpper(s.Form[^1]) || s.Form.Length <= 5 || s.Form.Any(char.IsLower),
            "PRON" => lemma is "i" or "you" or "he" or "she" or "we" or "they" or "who" or "someone" or "everyone" or "nobody" or "anyone" or "some" or "many" or "most" or "others" or "both" or "all",
            "NOUN" => SourceNouns.Contains(lemma) || RoleFamilies.IsRoleWord(lemma) || Names.IsOrganisationWord(s.Form) || lemma.EndsWith("er", StringComparison.Ordinal) && lemma.Length > 5 && !NotSources.Contains(lemma),
            _ => false,
        };
    }

    // "the cranes were unsafe": a copular clause is finite through its copula.
    private static bool IsFiniteClause(ParsedSentence p, ParsedToken c) =>
        HasMark(p, c, "that") || c.Child("nsubj") is not null
            && (c.Xpos is "VBD" or "VBZ" or "VBP" || c.Child("aux") is not null || c.Child("cop") is { Xpos: "VBD" or "VBZ" or "VBP" });

    // People, groups, organisations and documents: nouns that say or show things.
    private static readonly HashSet<string> SourceNouns = new(StringComparer.Ordinal)
    {
        "official", "spokesman", "spokeswoman", "spokesperson", "expert", "analyst", "critic", "supporter", "voter", "observer", "resident",
        "lawmaker", "economist", "scientist", "researcher", "witness", "police", "authority", "source", "investigator", "prosecutor",
        "aide", "adviser", "advisor", "activist", "leader", "member", "diplomat", "doctor", "teacher", "worker", "historian", "strategist",
        "insider", "ally", "opponent", "conservative", "liberal", "progressive", "american", "citizen", "organizer", "protester", "farmer",
        "parent", "student", "candidate", "donor", "delegate", "pollster", "reporter", "journalist", "people", "person", "man", "woman",
        "democrat", "republican", "group", "committee", "company", "campaign", "government", "administration", "ministry", "department",
        "agency", "court", "party", "union", "council", "board", "commission", "office", "bank", "firm", "organization", "organisation",
        "association", "network", "newspaper", "paper", "outlet", "magazine", "station", "team", "staff", "state", "city", "country",
        "nation", "institute", "university", "school", "church", "club", "foundation", "coalition", "alliance", "caucus", "congress",
        "senate", "house", "parliament", "cabinet", "military", "army", "navy", "report", "study", "poll", "survey", "analysis", "data",
        "document", "memo", "letter", "email", "statement", "filing", "record", "audit", "review", "investigation", "census", "model",
        "president", "governor", "senator", "mayor", "minister", "secretary", "judge", "director", "chief", "executive", "chairman",
        "official", "officer", "friend", "family", "wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "everyone",
        "majority", "minority", "public", "audience", "crowd", "fan", "follower", "user", "customer", "employee", "owner", "founder",
    };

    /// <summary>Whether a subject can be a source: a person, an organisation, a pronoun for one, or a document or poll.</summary>
    private static bool CanSpeak(ParsedSentence p, int subject)
    {
        var s = p[subject];
        if (s.Upos == "PROPN") return true;
        if (s.Upos == "PRON") return s.Lemma.ToLowerInvariant() is "i" or "you" or "he" or "she" or "we" or "they" or "who" or "it" or "one" or "someone" or "everyone" or "nobody" or "anyone" or "some" or "many" or "most" or "others";
        if (s.Upos is "NOUN") return !NotSources.Contains(s.Lemma.ToLowerInvariant());
        return false;
    }

    /// <summary>The noun phrase of a subject, without relative clauses, appositions and what follows a comma.</summary>
    internal static TextSpan NounPhrase(ParsedSentence p, int head)
    {
        var first = head;
        var last = head;
        foreach (var c in p[head].Children)
        {
            var r = c.UniversalRelation;
            if (c.Index < head && c.Relation is "det" or "amod" or "compound" or "flat" or "nummod" or "nmod:poss")
                first = Math.Min(first, c.SubtreeFirst);
            else if (c.Index > head && r is "flat" or "compound") last = Math.Max(last, c.SubtreeLast);
        }
        // "Ana Ruiz and other union leaders": a coordinated noun joined by "and" or "or" is part of the subject.
        foreach (var c in p[head].Children)
            if (c.Index > last && c.UniversalRelation == "conj" && c.Upos is "NOUN" or "PROPN" && c.Child("cc") is { Form: "and" or "or" } cc && cc.Index == last + 1)
                last = Math.Max(last, p.Count > 0 ? NounPhraseEnd(p, c.Index) : last);
        return new TextSpan(p[first].Start, p[last].End);
    }

    private static int NounPhraseEnd(ParsedSentence p, int head)
    {
        var last = head;
        foreach (var c in p[head].Children)
            if (c.Index > head && c.UniversalRelation is "flat" or "compound") last = Math.Max(last, c.SubtreeLast);
        return last;
    }

    internal static TextSpan SubtreeSpan(ParsedSentence p, int index)
    {
        var t = p[index];
        return new TextSpan(p[t.SubtreeFirst].Start, p[t.SubtreeLast].End);
    }

    /// <summary>Without surrounding spaces and a closing comma, semicolon, colon or full stop outside quotation marks.</summary>
    private static TextSpan Trim(string text, TextSpan s)
    {
        int a = s.Start, b = s.End;
        while (a < b && char.IsWhiteSpace(text[a])) a++;
        while (b > a && (char.IsWhiteSpace(text[b - 1]) || text[b - 1] is ',' or ';' or ':' or '—' or '–' or '-' || text[b - 1] == '.' && !IsQuoted(text, new TextSpan(a, b)))) b--;
        while (a < b && text[a] is ',' or ';' or ':' or '—' or '–') a++;
        while (a < b && char.IsWhiteSpace(text[a])) a++;
        return new TextSpan(a, b);
    }

    private static bool HasWord(string text, TextSpan s)
    {
        for (var i = s.Start; i < s.End; i++) if (char.IsLetterOrDigit(text[i])) return true;
        return false;
    }

    private static bool IsQuoted(string text, TextSpan s) => s.Length >= 2 && IsQuote(text[s.Start].ToString());

    private static bool IsQuote(string form) => form is "\"" or "“" or "”" or "``" or "''";

    private static bool InQuote(List<Token> tokens, int at)
    {
        foreach (var t in tokens)
        {
            if (t.End <= at) continue;
            return t.Start <= at && t.InQuote;
        }
        return false;
    }

    /// <summary>The old tokens covering a character range, for the speaker resolver.</summary>
    internal static (int From, int To)? TokenRange(List<Token> tokens, TextSpan span)
    {
        int from = -1, to = -1;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].End <= span.Start) continue;
            if (tokens[k].Start >= span.End) break;
            if (from < 0) from = k;
            to = k + 1;
        }
        return from < 0 ? null : (from, to);
    }

    // Verbs that take clauses or objects without reporting anyone's words or views.
    private static readonly HashSet<string> NeverCues = new(StringComparer.Ordinal)
    {
        "be", "have", "do", "make", "get", "take", "give", "go", "come", "put", "let", "help", "ensure", "mean", "cause", "require",
        "need", "keep", "become", "seem", "appear", "happen", "turn", "use", "try", "start", "begin", "stop", "end", "continue", "remain",
        "leave", "bring", "set", "allow", "enable", "force", "lead", "result", "include", "involve", "reach", "hold", "run", "move",
        "pay", "cost", "win", "lose", "meet", "kill", "die", "live", "work", "play", "sit", "stand", "fall", "rise", "grow", "close",
    };

    // Stance verbs that PolNeAR-style attributions count with a noun-phrase object ("backed the plan", "mocked the office").
    private static readonly HashSet<string> AttitudeVerbs = new(StringComparer.Ordinal)
    {
        "like", "dislike", "mock", "ridicule", "back", "support", "oppose", "favor", "favour", "endorse", "criticize", "criticise",
        "attack", "blast", "slam", "praise", "hail", "welcome", "reject", "dismiss", "defend", "applaud", "denounce", "condemn",
        "question", "doubt", "challenge", "dispute", "accuse", "blame", "credit", "fault", "target", "bash", "deride", "disparage",
        "lament", "regret", "admire", "hate", "love", "prefer", "want", "seek", "demand", "urge", "push", "champion", "embrace",
        "tout", "trumpet", "celebrate", "decry", "bemoan", "deplore", "scold", "rebuke", "knock", "pan", "trash", "lambaste",
        "recapitulate", "rehash", "echo", "parrot", "repeat", "cite", "invoke", "acknowledge", "concede", "deny", "admit",
    };

    private static readonly HashSet<string> NounCues = new(StringComparer.Ordinal)
    {
        "statement", "claim", "assertion", "allegation", "accusation", "argument", "belief", "view", "opinion", "position", "decision",
        "promise", "pledge", "vow", "warning", "suggestion", "proposal", "demand", "call", "plan", "announcement", "comment", "remark",
        "insistence", "fear", "hope", "concern", "suspicion", "assumption", "prediction", "conclusion", "finding", "report", "message",
        "contention", "charge", "complaint", "admission", "denial", "assurance", "threat", "request", "idea", "notion", "theory",
        "observation", "estimate", "recommendation", "commitment", "intention", "wish", "desire", "determination", "refusal",
        "willingness", "reluctance", "confidence", "doubt", "worry", "sense", "feeling", "impression", "acknowledgment", "acknowledgement",
    };

    private static readonly HashSet<string> AdjectiveCues = new(StringComparer.Ordinal)
    {
        "confident", "sure", "certain", "convinced", "aware", "clear", "obvious", "worried", "concerned", "afraid", "hopeful",
        "optimistic", "pessimistic", "skeptical", "sceptical", "doubtful", "adamant", "insistent", "unsure", "uncertain", "happy",
        "glad", "proud", "sorry", "disappointed", "surprised", "angry", "upset", "pleased", "satisfied", "determined", "eager",
    };

    // Nouns that do not speak: times, places, amounts and the like ("the week saw ...").
    private static readonly HashSet<string> NotSources = new(StringComparer.Ordinal)
    {
        "time", "day", "week", "month", "year", "night", "morning", "evening", "weekend", "hour", "minute", "decade", "century",
        "percent", "%", "number", "amount", "rate", "price", "cost", "level", "share", "majority", "part", "lot", "kind", "sort",
        "thing", "way", "fact", "reason", "problem", "issue", "question", "matter", "result", "move", "change", "effect", "impact",
        "water", "river", "storm", "fire", "rain", "flood", "wind", "road", "bridge", "building", "house", "home", "city", "town",
        "area", "region", "country", "state", "street", "money", "fund", "budget", "economy", "market", "vote", "election", "race",
    };

    // Verbs whose noun-phrase object is what is reported or judged: "dismissed the plan", "echoed that comment".
    private static readonly HashSet<string> ObjectCueVerbs = new(AttitudeVerbs.Concat(
    [
        "announce", "propose", "unveil", "reveal", "confirm", "deny", "dispute", "question", "criticize", "criticise", "praise", "reject",
        "dismiss", "echo", "repeat", "cite", "address", "discuss", "outline", "describe", "detail", "report", "predict", "forecast",
        "estimate", "claim", "allege", "recommend", "suggest", "demand", "request", "promise", "pledge", "vow", "threaten", "warn",
        "believe", "fear", "expect", "hope", "consider", "view", "regard", "accept", "understand", "remember", "recall", "know",
        "call", "label", "brand", "dub", "characterize", "characterise", "portray", "paint", "frame", "hear", "see", "find", "show",
        "quote", "retweet", "share", "endorse", "tout", "highlight", "stress", "emphasize", "emphasise", "note", "mention", "raise",
    ]), StringComparer.Ordinal);

    private static readonly string[] AboutOf = ["about", "of", "on", "over", "regarding"];
    private static readonly string[] ForAgainst = ["for", "against"];

    private static readonly Dictionary<string, string[]> TopicAdjectives = new(StringComparer.Ordinal)
    {
        ["critical"] = ["of"], ["supportive"] = ["of"], ["wary"] = ["of"], ["skeptical"] = ["of", "about"], ["sceptical"] = ["of", "about"], ["suspicious"] = ["of"],
        ["dismissive"] = ["of"], ["tired"] = ["of"], ["fond"] = ["of"], ["proud"] = ["of"], ["afraid"] = ["of"], ["fearful"] = ["of"], ["aware"] = ["of"],
        ["respectful"] = ["of"], ["welcoming"] = ["of", "to"], ["jealous"] = ["of"], ["envious"] = ["of"], ["contemptuous"] = ["of"], ["partial"] = ["to"],
        ["worried"] = ["about"], ["concerned"] = ["about", "over"], ["confident"] = ["about", "in", "of"], ["optimistic"] = ["about"], ["pessimistic"] = ["about"],
        ["angry"] = ["about", "at", "over", "with"], ["upset"] = ["about", "over", "with"], ["happy"] = ["about", "with"], ["unhappy"] = ["about", "with"],
        ["excited"] = ["about"], ["enthusiastic"] = ["about"], ["nervous"] = ["about"], ["anxious"] = ["about"], ["hopeful"] = ["about", "of"], ["sure"] = ["about", "of"],
        ["interested"] = ["in"], ["opposed"] = ["to"], ["committed"] = ["to"], ["hostile"] = ["to", "toward", "towards"], ["sympathetic"] = ["to", "toward"],
        ["frustrated"] = ["with", "by"], ["disappointed"] = ["in", "with", "by"], ["pleased"] = ["with", "by"], ["satisfied"] = ["with"], ["furious"] = ["about", "at", "over", "with"],
        ["clear"] = ["about", "on"], ["vocal"] = ["about"], ["outspoken"] = ["about", "on"], ["silent"] = ["on", "about"], ["quiet"] = ["on", "about"], ["mum"] = ["on", "about"],
    };


    private static readonly HashSet<string> NamingVerbs = new(StringComparer.Ordinal) { "call", "label", "brand", "dub", "name", "term" };
}
