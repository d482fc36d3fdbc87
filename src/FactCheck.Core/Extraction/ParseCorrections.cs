using FactCheck.Core.Language;
using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction;

/// <summary>
/// Corrects what the patterns found in a sentence where its parse shows they misread it: a cue word that is a noun
/// ("Health worries have dogged ...", "Editor's note:"), a cue with nothing said ("offered no proof", "spoke for five
/// minutes"), a passive whose patient was taken for the speaker ("Quist was accused of fraud by two aides"), and a noun
/// cue whose clause ran on into the sentence's own predicate ("Her statement that ... drew criticism").
/// </summary>
internal sealed class ParseCorrections(SpeakerResolver resolver)
{
    public void Apply(string text, List<Attribution> found, ParsedSentence parse, List<Token> tokens)
    {
        for (var k = found.Count - 1; k >= 0; k--)
        {
            var f = found[k];
            if (f.Direct || f.CueSpan is not { } cue || f.Content.Count != 1) continue;
            var at = TokenAt(parse, cue.Start);
            if (at < 0) continue;
            var t = parse[at];
            if (IsNounReading(parse, t) || SaysNothing(text, parse, t, f.Content[0]))
            {
                found.RemoveAt(k);
                continue;
            }
            if (t.Upos == "VERB" && IsPassive(t) && QuotedAsSaying(text, parse, t, tokens, f) is { } quoted) found[k] = quoted;
            else if (t.Upos == "VERB" && IsPassive(t) && t.Child("xcomp") is null && (ParsedAttributionFinder.Agent(t) is not null || ByPhrase(parse, t) is not null
                || AboutThePatient.Contains(t.Lemma.ToLowerInvariant()))) found[k] = AsPassive(f, parse, t, tokens);
            else if (t.Upos == "NOUN" && NounClause(parse, t, f.Content[0]) is { } clause) found[k] = f.AsContent(clause);
            else if (t.Upos == "VERB" && CueSiblingCut(text, parse, t, f.Content[0]) is { } kept) found[k] = f.AsContent(kept);
        }
        for (var k = 0; k < found.Count; k++)
            if (found[k].Speaker is { IsPronoun: false } speaker && SpeakerBeforeVerb(text, parse, speaker) is { } cut) found[k] = found[k].WithSpeaker(cut);
    }

    /// <summary>
    /// "Huckabee Makes Sexist Wife Joke To Bash ...", "Candidates Resoundingly Reject ...": in a headline every word is
    /// capitalised, and the patterns' speaker ran on over the verb. The speaker ends before the first verb, auxiliary or
    /// "-ly" adverb the parse finds inside it.
    /// </summary>
    private static ResolvedSpeaker? SpeakerBeforeVerb(string text, ParsedSentence p, ResolvedSpeaker speaker)
    {
        var mention = speaker.Mention;
        // Only a speaker that is its own words: one resolved to a person named elsewhere is left as it is.
        if (!text.AsSpan(mention.Start, mention.Length).SequenceEqual(speaker.Name)) return null;
        var first = -1;
        for (var i = 0; i < p.Count; i++)
        {
            var w = p[i];
            if (w.End <= mention.Start) continue;
            if (w.Start >= mention.End || w.End >= mention.End) break; // the last word is never cut ("the Sanders camp")
            if (first < 0) { first = i; continue; }
            var verbal = w.Upos is "VERB" or "AUX" && w.Xpos is "VBZ" or "VBP" or "VBD" or "MD" || w.Upos == "ADV" && w.Form.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && w.Form.Length > 4;
            if (!verbal) continue;
            // Only where the words before it are that verb's subject: "Huckabee Makes ...", "Candidates Resoundingly Reject ...".
            var verb = w.Upos is "ADV" or "AUX" ? w.HeadToken : w;
            if (verb.Child("nsubj") is not { } subject || subject.Index < first || subject.Index >= i || subject.Upos is not ("NOUN" or "PROPN" or "PRON")) return null;
            var cut = new TextSpan(p[first].Start, p[i - 1].End);
            return speaker with { Name = text[cut.Start..cut.End], Mention = cut };
        }
        return null;
    }

    /// <summary>
    /// "Trump said he was the perfect messenger, and he reiterated his claim ...", "said he is friendly with them but took
    /// issue with ...": a clause joined to the cue itself, not to what was said, is the speaker's next act; what was said
    /// ends before it.
    /// </summary>
    private static TextSpan? CueSiblingCut(string text, ParsedSentence p, ParsedToken t, TextSpan content)
    {
        foreach (var d in t.Children)
        {
            // Only a clause with its own subject whose verb reports too ("and he reiterated", "but she knew"): the parse often
            // hangs the content's own coordination on the cue.
            if (d.Index <= t.Index || d.UniversalRelation != "conj" || d.Upos != "VERB" || d.Child("nsubj") is not { } subject) continue;
            if (subject.Upos is not ("PRON" or "PROPN") || !CueLexicon.TryGet(d.Form.ToLowerInvariant(), out _, out _)) continue;
            var first = p[d.SubtreeFirst];
            if (first.Start <= content.Start || first.Start >= content.End) continue;
            // A new sentence-level clause is set off by a comma or opens with "but"; "... goes to lunch and he invites her"
            // without one goes on with what was said.
            if (!first.Form.Equals("but", StringComparison.OrdinalIgnoreCase) && (first.Index == 0 || p[first.Index - 1].Form is not ("," or ";" or "''" or "”" or "\""))) continue;
            var cut = first.Start;
            while (cut > content.Start && (char.IsWhiteSpace(text[cut - 1]) || text[cut - 1] is ',' or ';' or '—' or '–' or '-')) cut--;
            if (cut - content.Start < 2) continue;
            return new TextSpan(content.Start, cut);
        }
        return null;
    }

    /// <summary>Splits off speech verbs coordinated inside what was said (see <see cref="CoordinatedCue"/>); run once the parse's own attributions have joined.</summary>
    public static void SplitCoordinatedCues(string text, List<Attribution> found, ParsedSentence parse)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var f = found[k];
            if (f.Direct || f.Passive || f.Speaker is null || f.Content.Count != 1) continue;
            if (CoordinatedCue(text, parse, f.Content[0]) is not var (first, next, nextCue)) continue;
            if (found.Any(o => o.CueSpan is { } c && c.Start == nextCue.Start)) continue;
            found[k] = f.AsContent(first);
            found.Insert(k + 1, f.AsNext(nextCue, text[nextCue.Start..nextCue.End], next));
        }
    }

    /// <summary>
    /// "Whitfield suggested it was rigged and urged supporters to watch the polls": a speech verb joined by "and" inside the
    /// content, without a subject of its own, after a clause whose subject cannot speak, is the speaker's next attribution.
    /// Returns the first content, the second, and the second cue.
    /// </summary>
    private static (TextSpan First, TextSpan Next, TextSpan Cue)? CoordinatedCue(string text, ParsedSentence p, TextSpan content)
    {
        for (var i = 0; i < p.Count; i++)
        {
            var v = p[i];
            if (v.Start <= content.Start || v.End >= content.End || v.Upos != "VERB" || v.Relation != "conj" || v.Child("nsubj") is not null) continue;
            if (!CueLexicon.TryGet(v.Form.ToLowerInvariant(), out _, out var kind) || kind != CueKind.Speech || !IsActiveForm(p, v)) continue;
            var head = v.HeadToken;
            if (head.Start < content.Start || head.Child("nsubj") is not { } inner || ParsedAttributionFinder.IsSource(p, inner.Index) || inner.Start < content.Start) continue;
            if (v.Index < 1 || p[v.Index - 1].Form is not ("and" or ",")) continue;
            var cut = p[v.Index - 1].Start;
            while (cut > content.Start && (char.IsWhiteSpace(text[cut - 1]) || text[cut - 1] == ',')) cut--;
            var rest = v.End;
            while (rest < content.End && char.IsWhiteSpace(text[rest])) rest++;
            if (cut - content.Start < 2 || content.End - rest < 2) return null;
            return (new TextSpan(content.Start, cut), new TextSpan(rest, content.End), new TextSpan(v.Start, v.End));
        }
        return null;
    }

    /// <summary>
    /// "Health worries have dogged the project", "Editor's note:": the patterns read a noun as the cue verb. The parse tags
    /// it a noun that is a subject, or it follows a possessive; a noun cue with its own clause ("her statement that") stays.
    /// </summary>
    private static bool IsNounReading(ParsedSentence p, ParsedToken t)
    {
        // Only a word the patterns could take for a verb ("worries", "note"), not a noun cue ("announcement").
        if (t.Upos != "NOUN" || !CueLexicon.TryGet(t.Form.ToLowerInvariant(), out _, out _)) return false;
        if (t.Children.Any(c => c.Index > t.Index && c.UniversalRelation is "acl" or "ccomp")) return false;
        // A past form is never a noun ("Blackwell wrote" tagged a noun in a headline); a subject noun is one only when its
        // verb follows at once ("Health worries have dogged"), not when the parse hangs it on a verb far off.
        var form = t.Form.ToLowerInvariant();
        if (form.EndsWith("ed", StringComparison.Ordinal) || form is "wrote" or "said" or "told" or "spoke" or "thought" or "knew" or "found" or "saw") return false;
        // "This document, now available online, exposed ...": a word its determiner governs is a noun.
        if (t.Index >= 1 && p[t.Index - 1].Head == t.Index && p[t.Index - 1].UniversalRelation == "det") return true;
        if (t.UniversalRelation is "nsubj") return t.Index + 1 < p.Count && p[t.Index + 1].Head == t.Head && p[t.Index + 1].Upos is "AUX" || t.Index + 1 == t.Head;
        return t.Index >= 1 && p[t.Index - 1].Form is "'s" or "’s" or "'" or "’" && t.Index + 1 < p.Count && p[t.Index + 1].Form == ":";
    }

    /// <summary>"offered no proof", "gave no details": an object the cue denies exists; "spoke for five minutes": a duration.</summary>
    private static bool SaysNothing(string text, ParsedSentence p, ParsedToken t, TextSpan content)
    {
        // A day or a time alone is never what was said, however the cue word was tagged ("master spoke" read as a noun).
        if (IsTimeOnly(text.AsSpan(content.Start, content.Length).Trim())) return true;
        if (t.Upos != "VERB" || t.Child("ccomp") is not null) return false;
        if (t.Child("obj") is { } o && o.Child("det") is { } d && d.Lemma.Equals("no", StringComparison.OrdinalIgnoreCase)
            && p[o.SubtreeFirst].Start >= content.Start && p[o.SubtreeFirst].Start <= content.Start + 1) return true;
        return IsDuration(text.AsSpan(content.Start, content.Length).Trim());
    }

    // "The candidates spoke on Monday": a day or a time is when they spoke, not what about.
    private static bool IsTimeOnly(ReadOnlySpan<char> words)
    {
        var parts = words.ToString().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > 4) return false;
        var time = false;
        foreach (var part in parts)
        {
            var w = part.TrimEnd('.', ',');
            if (TimeWords.Contains(w)) time = true;
            else if (!(w.Length > 0 && w.All(char.IsDigit) || w is "the" or "last" or "this" or "next" or "early" or "late")) return false;
        }
        return time;
    }

    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "morning", "afternoon", "evening", "night", "today",
        "yesterday", "tonight", "week", "weekend", "month", "year",
    };

    private static bool IsDuration(ReadOnlySpan<char> words)
    {
        var parts = words.ToString().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is < 2 or > 4) return false;
        var unit = parts[^1].TrimEnd('s');
        if (unit is not ("second" or "minute" or "hour" or "day" or "week" or "month" or "year")) return false;
        var amount = parts[^2];
        return amount.All(char.IsDigit) || amount is "a" or "an" or "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight"
            or "nine" or "ten" or "twenty" or "thirty" or "forty" or "fifty" or "several" or "few" or "many";
    }

    // "urged" after "was rigged and" is tagged a participle; with an object after it, it is the active past.
    private static bool IsActiveForm(ParsedSentence p, ParsedToken v) =>
        // "had been inspected and declared sound": a verdict participle continues the passive.
        v.Form.ToLowerInvariant() is not ("declared" or "deemed" or "pronounced" or "labelled" or "labeled" or "branded" or "found" or "called" or "named" or "judged" or "rated")
        && (v.Xpos is "VBD" or "VBZ" || v.Xpos == "VBN" && v.Child("aux") is null && v.Index + 1 < p.Count
            && (p[v.Index + 1].Xpos is "DT" or "NNS" or "NN" or "NNP" or "NNPS" or "PRP" or "PRP$" || p[v.Index + 1].Form == "that"));

    // Verbs whose passive subject is the one spoken to or about ("was accused of", "was asked about"), not a speaker.
    private static readonly HashSet<string> AboutThePatient = new(StringComparer.Ordinal)
    {
        "accuse", "criticize", "criticise", "praise", "blame", "ask", "tell", "question", "attack", "quote", "cite", "describe", "call",
        "label", "brand", "warn", "urge", "order", "charge", "sue", "condemn", "denounce", "mock", "ridicule", "slam", "blast", "fault",
        "credit", "thank", "advise", "inform", "remind", "pressure", "press", "challenge", "dub", "portray",
    };

    private static bool IsPassive(ParsedToken t) => t.Child("nsubj:pass") is not null && t.Child("aux:pass") is not null;

    /// <summary>
    /// "Quist was accused of fraud by two former aides": the agent speaks (none named: nobody in the sentence does), and what
    /// was said leaves the agent out.
    /// </summary>
    /// <summary>
    /// "Mira Holm was quoted as saying that the government would not intervene": the one quoted is the speaker, the cue
    /// runs to the speech verb, and what she said is that verb's clause.
    /// </summary>
    private Attribution? QuotedAsSaying(string text, ParsedSentence p, ParsedToken t, List<Token> tokens, Attribution f)
    {
        if (t.Lemma.ToLowerInvariant() is not ("quote" or "report" or "understand")) return null;
        ParsedToken? speech = null;
        foreach (var c in t.Children)
            if (c.Index > t.Index && c.UniversalRelation is "advcl" or "xcomp" && c.Xpos == "VBG" && c.Child("mark") is { Form: "as" or "As" }
                && c.Lemma.ToLowerInvariant() is "say" or "tell" or "describe" or "call" or "warn" or "add")
            {
                speech = c;
                break;
            }
        if (speech is not { } v || t.Child("nsubj:pass") is not { } patient) return null;
        var clause = v.Child("ccomp") ?? v.Child("obj");
        var content = clause is { } c2 ? ParsedAttributionFinder.SubtreeSpan(p, c2.Index) : new TextSpan(v.End, p[v.SubtreeLast].End);
        var end = content.End;
        while (end > content.Start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or '.')) end--;
        if (end - content.Start < 2) return null;
        // '... would not intervene "for now".': the closing mark of a quotation opened inside the content belongs to it.
        if (text.AsSpan(content.Start, end - content.Start).Count('"') % 2 == 1 && end < text.Length && text[end] == '"') end++;
        var np = ParsedAttributionFinder.NounPhrase(p, patient.Index);
        if (ParsedAttributionFinder.TokenRange(tokens, np) is not var (from, to) || from >= to || resolver.Resolve(tokens, from, to) is not { } speaker) return null;
        var firstAux = t.Index;
        foreach (var c in t.Children) if (c.Relation == "aux:pass" && c.Index < firstAux) firstAux = c.Index;
        var cue = new TextSpan(p[firstAux].Start, v.End);
        return f.WithCue(cue, text[cue.Start..cue.End], new TextSpan(content.Start, end)).WithSpeaker(speaker);
    }

    private Attribution AsPassive(Attribution f, ParsedSentence p, ParsedToken t, List<Token> tokens)
    {
        var content = f.Content[0];
        ResolvedSpeaker? speaker = null;
        if ((ParsedAttributionFinder.Agent(t) ?? ByPhrase(p, t)) is { } agent)
        {
            var phrase = ParsedAttributionFinder.SubtreeSpan(p, agent.Index);
            if (phrase.Start > content.Start && phrase.Start < content.End)
            {
                var end = phrase.Start;
                while (end > content.Start && char.IsWhiteSpace(p.Text[end - 1])) end--;
                content = new TextSpan(content.Start, end);
            }
            var np = ParsedAttributionFinder.NounPhrase(p, agent.Index);
            // "by former Maryland Gov. Martin O'Malley" cut after the abbreviation: the name that follows is the agent's.
            var last = agent.Index;
            while (last + 1 < p.Count && p[last + 1].Start < np.End) last++;
            if (last + 1 < p.Count && p[last + 1].Form == ".") last++;
            var named = last;
            while (named + 1 < p.Count && p[named + 1].Upos == "PROPN") named++;
            if (named > last) np = new TextSpan(np.Start, p[named].End);
            if ((ParsedAttributionFinder.IsSource(p, agent.Index) || named > last)
                && ParsedAttributionFinder.TokenRange(tokens, np) is var (from, to) && from < to)
                speaker = resolver.Resolve(tokens, from, to);
        }
        return f.AsPassive(speaker, content.Length > 0 ? content : f.Content[0]);
    }

    // "accused of fraud by two former aides" parsed with the agent under "fraud": a "by" phrase in the cue's subtree after it.
    private static ParsedToken? ByPhrase(ParsedSentence p, ParsedToken t)
    {
        for (var i = t.Index + 1; i <= t.SubtreeLast; i++)
            if (p[i].Form.Equals("by", StringComparison.OrdinalIgnoreCase) && p[i].Relation == "case" && p[i].HeadToken is { } noun
                && noun.UniversalRelation is "obl" or "nmod" && noun.IsUnder(t.Index)) return noun;
        return null;
    }

    /// <summary>"Her statement that the contract was signed in secret drew criticism": the noun's clause, not the sentence after it.</summary>
    private static TextSpan? NounClause(ParsedSentence p, ParsedToken t, TextSpan content)
    {
        foreach (var c in t.Children)
        {
            if (c.Index <= t.Index || c.UniversalRelation is not ("acl" or "ccomp") || c.Relation == "acl:relcl") continue;
            var span = ParsedAttributionFinder.SubtreeSpan(p, c.Index);
            // "... signed in secret angered the council": a predicate joined without "and" or a comma is the sentence's own
            // verb misattached to the clause; the clause ends before it.
            var end = span.End;
            foreach (var d in c.Children)
                if (d.Index > c.Index && d.Relation == "conj" && d.Child("cc") is null && p[d.SubtreeFirst - 1].Form != "," && d.Upos == "VERB")
                {
                    end = p[d.SubtreeFirst - 1].End;
                    break;
                }
            if (end == span.End && SentencePredicateInside(p, t, c) is { } verb) end = p[verb - 1].End;
            if (span.Start < content.Start - 1 || end >= content.End) return null;
            return new TextSpan(Math.Max(span.Start, content.Start), end);
        }
        return null;
    }

    /// <summary>
    /// "Her claim that the auditors had been misled angered the council": a sentence that opens with the noun has its own
    /// predicate after the clause, and a greedy parse often hangs it inside ("misled" → "angered"). A finite or past verb
    /// right after the clause's last verb or adjective, with an object after it, is that predicate.
    /// </summary>
    private static int? SentencePredicateInside(ParsedSentence p, ParsedToken noun, ParsedToken clause)
    {
        if (!noun.IsRoot && noun.UniversalRelation != "nsubj") return null;
        if (noun.IsRoot && p.Tokens.Any(x => x.Index > clause.SubtreeLast && x.Upos == "VERB")) return null;
        for (var j = clause.SubtreeFirst + 2; j + 1 <= clause.SubtreeLast; j++)
        {
            var v = p[j];
            var before = p[j - 1];
            if (before.Upos is not ("VERB" or "ADJ") || v.Upos is not ("VERB" or "ADJ")) continue;
            var pastOrFinite = v.Xpos is "VBD" or "VBZ" or "VBP" || v.Form.EndsWith("ed", StringComparison.OrdinalIgnoreCase);
            if (!pastOrFinite || p[j + 1].Upos is not ("DET" or "PRON" or "PROPN" or "NOUN" or "NUM" or "ADJ")) continue;
            // "that the men who lied angered the council": a relative clause's verb is not the clause's end.
            if (UnderRelative(before, clause.Index)) continue;
            return j;
        }
        return null;
    }

    private static bool UnderRelative(ParsedToken t, int stop)
    {
        for (var x = t; !x.IsRoot && x.Index != stop; x = x.HeadToken)
            if (x.Relation == "acl:relcl") return true;
        return false;
    }

    private static int TokenAt(ParsedSentence p, int start)
    {
        for (var i = 0; i < p.Count; i++) if (p[i].Start == start) return i;
        return -1;
    }
}
