using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction;

/// <summary>A speaker found in the text: the resolved name and the words that name it here.</summary>
public sealed record ResolvedSpeaker(string Name, TextSpan Mention, bool IsPronoun, bool IsPerson);

/// <summary>
/// Tracks the people and organisations an article introduces, so that later surnames, pronouns and role
/// descriptions ("the minister", "the union leader") resolve to the full name. Fed sentence by sentence.
/// </summary>
public sealed class SpeakerResolver
{
    private sealed class Entity(string name, bool isPerson)
    {
        public string Name { get; } = name;
        public bool IsPerson { get; private set; } = isPerson;
        /// <summary>A capitalised name seen outside a speaker position, without title or known first name: maybe a place.</summary>
        public bool Candidate { get; init; }

        public void Confirm(LinkedList<Entity> from)
        {
            if (Node is { } node && node.List == from) from.Remove(node);
            Node = null;
            IsPerson = true;
        }
        public Gender Gender { get; set; }
        public HashSet<string> Roles { get; } = new(StringComparer.OrdinalIgnoreCase);
        public long LastSeen { get; set; }
        public LinkedListNode<Entity>? Node { get; set; }
    }

    // Only the most recently mentioned entities are candidates for pronouns and descriptions: this keeps
    // resolution constant-time per mention on very long inputs, and matches how readers resolve them.
    private const int RecentWindow = 64;

    private readonly Dictionary<string, Entity> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> _bySurname = new(StringComparer.Ordinal);
    private readonly LinkedList<Entity> _people = new();
    private readonly LinkedList<Entity> _organisations = new();
    private long _clock;

    /// <summary>Registers every name in a sentence (speaker or not) and the roles attached to it.</summary>
    public void Observe(IReadOnlyList<Token> tokens)
    {
        _clock++;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsCapitalized || tokens[i].InQuote) { i++; continue; }
            var end = RunEnd(tokens, i);
            Register(tokens, i, end, i == 0, asSpeaker: false);
            i = Math.Max(end, i + 1);
        }
    }

    /// <summary>Resolves the subject tokens <c>[from, to)</c> of an attribution.</summary>
    public ResolvedSpeaker? Resolve(IReadOnlyList<Token> tokens, int from, int to)
    {
        while (from < to && !tokens[from].IsWord) from++;
        while (to > from && !tokens[to - 1].IsWord) to--;
        // "I didn't ...", "she had also ...": an auxiliary or adverb the patterns left at the subject's end is not part of it.
        while (to - from > 1 && TrailingVerbWords.Contains(tokens[to - 1].Text)) to--;
        if (from >= to) return null;
        var span = new TextSpan(tokens[from].Start, tokens[to - 1].End);
        _clock++;

        if (to - from == 1 && Names.IsPronoun(WithoutContraction(tokens[from].Text)))
        {
            var w = WithoutContraction(tokens[from].Text).ToLowerInvariant();
            var g = Names.PronounGender(w);
            Entity? e = null;
            if (g != Gender.Unknown) e = MostRecentPerson(g);
            else if (w is "they" or "it" or "we") e = _organisations.First?.Value;
            if (e is null) return new ResolvedSpeaker(WithoutContraction(tokens[from].Text), span, true, w is "he" or "she" or "i");
            if (e.Gender == Gender.Unknown && g != Gender.Unknown) e.Gender = g;
            Touch(e);
            return new ResolvedSpeaker(e.Name, span, true, e.IsPerson);
        }

        // "Some have suggested", "Many believe": a quantifier standing alone is an unnamed group of people.
        if (to - from == 1 && tokens[from].Text is "Some" or "Many" or "Most" or "Several" or "Others" or "Few" or "Both" or "some" or "many" or "others")
            return new ResolvedSpeaker(tokens[from].Text, span, false, true);
        // A determiner or another function word alone ("The", "Of") never names anyone.
        if (to - from == 1 && (IsDeterminer(tokens[from].Text) || Names.IsStopWord(tokens[from].Text) && tokens[from].Text.Length <= 3)) return null;

        // "According to her ministry", "his office said": the office of the person the pronoun stands for (not "his campaign
        // manager, Jeff Weaver," whose name follows, nor "his face" or "his supporters").
        if (to - from >= 2 && tokens[from].Text is "his" or "her" or "His" or "Her" && AllLowerWords(tokens, from + 1, to)
            && OfficeWords.Contains(tokens[to - 1].Text) && !HasAppositiveName(tokens, to)
            && (tokens[from].Text.Equals("his", StringComparison.OrdinalIgnoreCase) ? Gender.Male : Gender.Female) is var gender
            && (PersonEarlierInSentence(tokens, from, gender) ?? MostRecentPerson(gender)) is { } owner)
        {
            Touch(owner);
            var office = owner.Name + "'s " + string.Join(' ', Enumerable.Range(from + 1, to - from - 1).Select(k => tokens[k].Text));
            // Remembered as an organisation, so "the campaign" later is "Hillary Clinton's campaign" too.
            if (!_byName.TryGetValue(office, out var known)) _byName[office] = known = new Entity(office, false);
            Touch(known);
            return new ResolvedSpeaker(office, span, false, false);
        }

        // "Footage released by the Kessler Institute shows ...": the footage (or report, data, poll) shows it; the name after
        // the participle says whose it is, not who speaks.
        if (EvidenceDescription(tokens, from, to) is { } evidence) return new ResolvedSpeaker(evidence, span, false, false);

        // A capitalised run inside the subject names the speaker directly.
        for (var i = from; i < to; i++)
        {
            if (!tokens[i].IsCapitalized || i == from && IsDeterminer(tokens[i].Text)) continue;
            var end = Math.Min(RunEnd(tokens, i), to);
            // A capitalised word inside quotation marks starts no name ("'Crooked' Smith said"): the run is empty.
            if (end <= i) continue;
            // "Unity Party chairman Omar Diaz": an organisation before a role and a name is the person's affiliation.
            if (AffiliationBeforeName(tokens, i, end, to) is { } nameStart)
            {
                i = nameStart - 1;
                continue;
            }
            // "The Marlow Bay town council", "Kessler Institute researchers": the name only says which council or whose
            // researchers; the description is the speaker.
            // "Harbour officials", "Technology companies": plural role and organisation words describe too.
            if (end < to && !tokens[end - 1].Text.EndsWith("'s", StringComparison.Ordinal) && AllLowerWords(tokens, end, to)
                && !Enumerable.Range(end, to - end).Any(k => tokens[k].Text is "and" or "or" or "with")
                && Singular(tokens[to - 1].Text) is var last
                && (Names.IsOrganisationWord(last) || RoleFamilies.IsRoleWord(last) || PersonRoles.Contains(last) || Names.IsOrganisationWord(tokens[to - 1].Text)))
            {
                var described = string.Join(' ', Enumerable.Range(from, to - from).Select(k => tokens[k].Text));
                return new ResolvedSpeaker(described, span, false, PersonRoles.Contains(last) || RoleFamilies.IsRoleWord(last));
            }
            var entity = Register(tokens, i, end, false, asSpeaker: true);
            if (entity is not null)
            {
                Touch(entity);
                // "Teixeira's office said": the office speaks, not Teixeira.
                if (tokens[end - 1].Text.EndsWith("'s", StringComparison.Ordinal) && end < to && AllLowerWords(tokens, end, to))
                    return new ResolvedSpeaker(entity.Name + "'s " + string.Join(' ', Enumerable.Range(end, to - end).Select(k => tokens[k].Text)), span, false, false);
                return new ResolvedSpeaker(entity.Name, span, false, entity.IsPerson);
            }
            i = end;
        }

        // "the other candidate on the stage, former minister Elena Marquez, drew a contrast": the name in apposition speaks,
        // and the description becomes one of the roles it is known by.
        if (AppositiveName(tokens, to) is var (appStart, appEnd) && appStart < appEnd && Register(tokens, appStart, appEnd, false, asSpeaker: true) is { } named)
        {
            named.Roles.Add(tokens[to - 1].Text);
            Touch(named);
            return new ResolvedSpeaker(named.Name, new TextSpan(tokens[from].Start, tokens[appEnd - 1].End), false, named.IsPerson);
        }

        // A description: "the minister", "the union leader", "a spokesman for the ministry".
        var headEnd = to;
        for (var i = from; i < to; i++)
            if (tokens[i].Text is "for" or "of" or "at" or "with" or "from" or "who" or "in" or "on") { headEnd = i; break; }
        // "of the river said ...": a subject that starts with its preposition has no head noun to describe anyone.
        if (headEnd <= from) return null;
        var head = tokens[headEnd - 1].Text;
        Entity? best = null;
        var bestScore = -1;
        var seen = 0;
        for (var node = _people.First; node is not null && seen < RecentWindow; node = node.Next, seen++)
        {
            var e = node.Value;
            var score = RolesNamed(e, tokens, from, headEnd - 1);
            // "Opposition leader Hanna Veit" later "the top opposition lawmaker": another role word, but the modifier that
            // set her apart ("opposition") is hers. A role family that fits counts for more than a shared modifier.
            if (RoleFamilies.Refers(head, e.Roles)) score += 2;
            else if (!(score > 0 && e.IsPerson && RoleFamilies.IsRoleWord(head))) continue;
            if (score > bestScore || score == bestScore && e.LastSeen > best!.LastSeen) { best = e; bestScore = score; }
        }
        // "Governor Lucia Ferrante said ... The 54-year-old economist added ...": an age told about a role is told about the
        // person just named; a news story does not introduce someone new that way.
        if (best is null && _people.First is { } latest && latest.Value.IsPerson && HasAge(tokens, from, headEnd - 1)
            && (PersonRoles.Contains(head) || RoleFamilies.IsRoleWord(head) || Names.IsTitle(head))) best = latest.Value;
        seen = 0;
        if (best is null)
            for (var node = _organisations.First; node is not null && seen < RecentWindow; node = node.Next, seen++)
            {
                var e = node.Value;
                // "the ministry" is "the interior ministry"; "the bank" is "the Bank of Arland".
                var byHead = e.Name.EndsWith(head, StringComparison.OrdinalIgnoreCase) && e.Name.Length > head.Length
                    || e.Name.Contains(" of ", StringComparison.Ordinal) && e.Name.StartsWith(head + " of ", StringComparison.OrdinalIgnoreCase);
                if (byHead && (best is null || e.LastSeen > best.LastSeen)) best = e;
            }
        if (best is not null)
        {
            Touch(best);
            return new ResolvedSpeaker(best.Name, span, false, best.IsPerson);
        }
        var text = string.Join(' ', tokens.Skip(from).Take(to - from).Select(t => t.Text));
        // Remember the description so that "the ministry" later finds "the interior ministry"; a person's role
        // ("the senator") also becomes a person that "she" can refer to.
        var isRole = PersonRoles.Contains(head) || Names.IsTitle(head);
        if (to - from <= 5 && !_byName.TryGetValue(text, out _))
        {
            var description = new Entity(text, isRole) { Gender = Names.MaleTitles.Contains(head) ? Gender.Male : Names.FemaleTitles.Contains(head) ? Gender.Female : Gender.Unknown };
            if (isRole) description.Roles.Add(head);
            _byName[text] = description;
            Touch(description);
        }
        return new ResolvedSpeaker(text, span, false, isRole);
    }

    /// <summary>
    /// The name in an apposition right after a description: ", former minister Elena Marquez," — a comma, at most a few
    /// lower-case role words, then a capitalised run of two words or more that ends at the closing comma.
    /// </summary>
    private static (int Start, int End) AppositiveName(IReadOnlyList<Token> tokens, int at)
    {
        if (at + 3 >= tokens.Count || !tokens[at].Is(",") || tokens[at].InQuote) return default;
        var close = -1;
        for (var k = at + 1; k < tokens.Count && k <= at + 9; k++)
        {
            if (tokens[k].Is(",")) { close = k; break; }
            if (tokens[k].InQuote || !tokens[k].IsWord && !tokens[k].Is(".")) return default;
            if (tokens[k].Text is "who" or "which" or "that" or "and" or "or" or "said" or "says") return default;
        }
        if (close < at + 3) return default;
        var start = close;
        while (start - 1 > at && (tokens[start - 1].IsCapitalized || tokens[start - 1].Is(".")) && !IsDeterminer(tokens[start - 1].Text)) start--;
        if (close - start < 2 || !tokens[close - 1].IsCapitalized) return default;
        // Only words may come before the name: "former minister", "former Secretary of State", "Unity leader".
        for (var k = at + 1; k < start; k++)
            if (!tokens[k].IsWord) return default;
        return (start, close);
    }

    // The start of a capitalised name after [start, end) and lower-case role words ("chairman", "leader"), when
    // [start, end) is an organisation or a party, all inside the subject [.., to).
    private static int? AffiliationBeforeName(IReadOnlyList<Token> tokens, int start, int end, int to)
    {
        var k = end;
        var roles = 0;
        while (k < to && tokens[k].IsWord && char.IsLower(tokens[k].Text[0]) && (PersonRoles.Contains(tokens[k].Text) || Names.IsTitle(tokens[k].Text))) { k++; roles++; }
        if (roles == 0 || k >= to || !tokens[k].IsCapitalized || RunEnd(tokens, k) - k < 2) return null;
        var organisation = false;
        for (var j = start; j < end; j++)
            if (tokens[j].IsWord && (Names.IsOrganisationWord(tokens[j].Text) || Names.NonPersonWords.Contains(tokens[j].Text))) organisation = true;
        return organisation || end - start == 1 ? k : null;
    }

    /// <summary>
    /// A description read before its person was introduced — a headline's "Unity leader" — resolved against everyone the
    /// article named since: the one person whose roles take the description's head word and every modifier ("Unity").
    /// Null when nobody, or more than one person, fits.
    /// </summary>
    public ResolvedSpeaker? Later(ResolvedSpeaker description)
    {
        var words = description.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1 && words[0].Length > 1 && char.IsUpper(words[0][0]))
        {
            // "Okafor vows ..." over a story about Mayor Ben Okafor: the one person whose full name ends in the surname.
            Entity? person = null;
            foreach (var e in _byName.Values)
            {
                if (!e.IsPerson || e.Name.Length <= words[0].Length || !e.Name.EndsWith(" " + words[0], StringComparison.Ordinal)) continue;
                if (person is not null && person != e) return null;
                person = e;
            }
            if (person is not null) return description with { Name = person.Name, IsPerson = true };
            // "Mayor vows review ...": a title alone is a role, read below.
            if (!PersonRoles.Contains(words[0]) && !RoleFamilies.IsRoleWord(words[0]) && !Names.IsTitle(words[0])) return null;
        }
        if (words.Length is < 1 or > 5 || _byName.TryGetValue(description.Name, out var known) && known.IsPerson && !known.Roles.Contains(words[^1])) return null;
        var head = words[^1];
        if (!PersonRoles.Contains(head) && !RoleFamilies.IsRoleWord(head)) return null;
        Entity? match = null;
        foreach (var e in _byName.Values)
        {
            if (!e.IsPerson || e.Name == description.Name || !RoleFamilies.Refers(head, e.Roles)) continue;
            var all = true;
            for (var k = 0; k < words.Length - 1 && all; k++)
                all = IsDeterminer(words[k]) || Names.IsStopWord(words[k]) || e.Roles.Contains(words[k]);
            if (!all) continue;
            if (match is not null && match != e) return null;
            match = e;
        }
        return match is null ? null : description with { Name = match.Name, IsPerson = true };
    }

    private static readonly HashSet<string> PersonRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "official", "spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "economist", "analyst", "leader", "chief",
        "director", "manager", "owner", "founder", "executive", "officer", "candidate", "nominee", "voter", "resident", "witness",
        "activist", "organizer", "strategist", "adviser", "advisor", "aide", "diplomat", "envoy", "ambassador", "negotiator",
        "researcher", "scientist", "professor", "teacher", "doctor", "nurse", "farmer", "worker", "steward", "chairman", "chairwoman",
        "mayor", "governor", "senator", "minister", "president", "secretary", "judge", "prosecutor", "sheriff", "commissioner",
        "master", "captain", "inspector", "engineer", "coach", "editor", "columnist", "pastor", "bishop", "superintendent", "principal",
        "dean", "auditor", "treasurer", "clerk", "planner", "curator", "controller", "registrar", "surveyor", "coroner", "warden",
        "member", "councillor", "councilor", "councilman", "councilwoman", "trustee", "delegate",
    };

    private static bool IsDeterminer(string w) => w is "The" or "A" or "An" or "This" or "That" or "These" or "Those" or "His" or "Her" or "Their" or "Its" or "Our" or "Some" or "Many" or "Most" or "Several" or "Other" or "In" or "But" or "And" or "As" or "On" or "At" or "After" or "When" or "If" or "While" or "For" or "Meanwhile" or "Still" or "Yet" or "So" or "According"
        || SentenceOpeners.Contains(w);

    // "He's", "We've", "You'll": the pronoun without the auxiliary glued to it.
    private static string WithoutContraction(string w)
    {
        var apostrophe = w.IndexOfAny(['\'', '’']);
        return apostrophe > 0 && w.Length - apostrophe <= 3 && w[(apostrophe + 1)..].ToLowerInvariant() is "s" or "ve" or "ll" or "d" or "re" or "m" ? w[..apostrophe] : w;
    }

    private static readonly HashSet<string> TrailingVerbWords = new(StringComparer.Ordinal)
    {
        "did", "didn't", "didn’t", "do", "don't", "don’t", "does", "doesn't", "doesn’t", "had", "hadn't", "has", "hasn't", "have",
        "haven't", "was", "wasn't", "were", "weren't", "is", "isn't", "are", "aren't", "will", "won't", "would", "wouldn't", "could",
        "couldn't", "should", "shouldn't", "can", "can't", "cannot", "may", "might", "must", "not", "never", "also", "just", "still",
        "then", "now", "already", "later", "once", "always", "often", "repeatedly", "again",
    };

    // Words whose capital is only the sentence's: "Then I emailed ...", "Had I known ...", "Wait, ..." name no one.
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "Then", "Now", "Later", "Here", "There", "Today", "Yesterday", "However", "Also", "Even", "Only", "Just", "Had", "Did", "Do",
        "Does", "Was", "Were", "Is", "Are", "Would", "Could", "Should", "Wait", "Or", "Nor", "Because", "Since", "Although", "Though",
        "Once", "Before", "Until", "Without", "Why", "How", "What", "Where", "Whether", "Not", "No", "Yes", "Each", "Every", "Such",
        "Unlike", "Despite", "Instead", "Indeed", "Perhaps", "Maybe", "Finally", "Next", "Thus", "Hence", "Therefore", "Otherwise",
        "Moreover", "Furthermore", "Again", "Seven", "Eight", "Nine", "Ten", "Two", "Three", "Four", "Five", "Six",
    };

    // The most recently mentioned person of the pronoun's gender (or of unknown gender), among the last RecentWindow.
    private Entity? MostRecentPerson(Gender g)
    {
        var n = 0;
        for (var node = _people.First; node is not null && n < RecentWindow; node = node.Next, n++)
            if (node.Value.Gender == g || node.Value.Gender == Gender.Unknown) return node.Value;
        return null;
    }

    // "54-year-old": an age among the modifier words [from, to).
    private static bool HasAge(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var w = tokens[i].Text;
            var dash = w.IndexOf('-');
            if (dash > 0 && dash <= 3 && w.AsSpan(0, dash).IndexOfAnyExceptInRange('0', '9') < 0
                && w.AsSpan(dash).StartsWith("-year-old", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    // How many of the distinct modifier words [from, to) ("veteran", "union") are among the entity's roles.
    private static int RolesNamed(Entity e, IReadOnlyList<Token> tokens, int from, int to)
    {
        var score = 0;
        for (var i = from; i < to; i++)
        {
            var repeated = false;
            for (var k = from; k < i && !repeated; k++) repeated = string.Equals(tokens[k].Text, tokens[i].Text, StringComparison.OrdinalIgnoreCase);
            if (!repeated && e.Roles.Contains(tokens[i].Text)) score++;
        }
        return score;
    }

    // Marks an entity as just mentioned: it moves to the front of its recency list.
    private void Touch(Entity e)
    {
        e.LastSeen = _clock;
        var list = e.IsPerson ? _people : _organisations;
        if (e.Node is { } node)
        {
            if (node.List == list && list.First != node) { list.Remove(node); list.AddFirst(node); }
        }
        else e.Node = list.AddFirst(e);
    }

    private static string? EvidenceDescription(IReadOnlyList<Token> tokens, int from, int to)
    {
        var head = from;
        if (head < to && (IsDeterminer(tokens[head].Text) || tokens[head].Text is "the" or "a" or "an" or "new")) head++;
        if (head + 3 > to || !EvidenceNouns.Contains(tokens[head].Text.ToLowerInvariant())) return null;
        var participle = tokens[head + 1].Text.ToLowerInvariant();
        if (!(participle.EndsWith("ed", StringComparison.Ordinal) || participle is "seen" or "shown" or "taken" or "made" or "drawn" or "given" or "written")
            || !tokens[head + 2].Text.Equals("by", StringComparison.OrdinalIgnoreCase)) return null;
        return string.Join(' ', Enumerable.Range(from, to - from).Select(k => tokens[k].Text));
    }

    private static readonly HashSet<string> EvidenceNouns = new(StringComparer.Ordinal)
    {
        "footage", "video", "videos", "photo", "photos", "photograph", "photographs", "images", "pictures", "recording", "recordings",
        "data", "figures", "records", "documents", "emails", "messages", "report", "study", "survey", "poll", "analysis", "review",
        "audit", "research", "statistics", "numbers", "maps", "satellite",
    };

    // "Donald Trump netted fees ..., but his campaign said": the person named earlier in the same sentence, who is not yet
    // among the people the article has introduced (a sentence is observed once it is read).
    private Entity? PersonEarlierInSentence(IReadOnlyList<Token> tokens, int before, Gender gender)
    {
        for (var k = before - 1; k >= 0; k--)
        {
            if (!tokens[k].IsCapitalized || tokens[k].InQuote) continue;
            var start = k;
            while (start > 0 && tokens[start - 1].IsCapitalized && !tokens[start - 1].InQuote) start--;
            // A lone capitalised word is too often not a person; a person of the other gender is someone else.
            if (k - start >= 1 && Register(tokens, start, k + 1, start == 0, asSpeaker: false) is { IsPerson: true } person
                && (person.Gender == gender || person.Gender == Gender.Unknown)) return person;
            k = start;
        }
        return null;
    }

    private static bool HasAppositiveName(IReadOnlyList<Token> tokens, int at) => AppositiveName(tokens, at) is var (start, end) && start < end;

    // What a person's "office" can be: the body that speaks for them.
    private static readonly HashSet<string> OfficeWords = new(StringComparer.Ordinal)
    {
        "office", "ministry", "department", "campaign", "team", "staff", "administration", "government", "spokesman", "spokeswoman",
        "spokesperson", "lawyer", "lawyers", "attorney", "attorneys", "aides", "aide", "press", "cabinet", "agency",
    };

    private static bool AllLowerWords(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++) if (!tokens[k].IsWord || !char.IsLower(tokens[k].Text[0])) return false;
        return true;
    }

    // A run of capitalised words, allowing the period of "Mr." and the "'s" of "Chile's".
    /// <summary>"officials" → "official", "companies" → "company"; other words as they are.</summary>
    private static string Singular(string w) =>
        w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal) ? w[..^3] + "y"
        : w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) ? w[..^1]
        : w;

    private static int RunEnd(IReadOnlyList<Token> tokens, int i)
    {
        var j = i;
        while (j < tokens.Count && j - i < 8)
        {
            var t = tokens[j];
            if (t.IsCapitalized && !t.InQuote) { j++; continue; }
            // Name particles: "Joost van Dijk", "Ana de la Cruz", "Omar bin Said".
            if (j > i && t.Text is "van" or "von" or "de" or "da" or "del" or "della" or "der" or "den" or "di" or "dos" or "das" or "du" or "la" or "le" or "bin" or "ibn" or "al" or "el" or "ter"
                && j + 1 < tokens.Count && (tokens[j + 1].IsCapitalized || tokens[j + 1].Text is "la" or "der" && j + 2 < tokens.Count && tokens[j + 2].IsCapitalized)) { j++; continue; }
            if (t.Is(".") && j > i && j + 1 < tokens.Count && tokens[j + 1].IsCapitalized && (Names.IsTitle(tokens[j - 1].Text) || tokens[j - 1].Text.Length == 1)) { j++; continue; }
            // "the Bank of Arland", "the Ministry of Health": "of" after an organisation word goes on with its name.
            if (t.Text == "of" && j > i && Names.IsOrganisationWord(tokens[j - 1].Text) && j + 1 < tokens.Count && tokens[j + 1].IsCapitalized && !tokens[j + 1].InQuote) { j++; continue; }
            break;
        }
        return j;
    }

    // Scratch lists for Register, reused from call to call: names are registered for every capitalised run.
    private readonly List<Token> _words = [];
    private readonly List<string> _roles = [];
    private readonly List<string> _nameWords = [];
    private char[] _name = new char[64];

    private Entity? Register(IReadOnlyList<Token> tokens, int start, int end, bool sentenceStart, bool asSpeaker)
    {
        var words = _words;
        words.Clear();
        for (var k = start; k < end; k++) if (tokens[k].IsWord) words.Add(tokens[k]);
        if (words.Count == 0) return null;
        if (sentenceStart && IsDeterminer(words[0].Text)) words.RemoveAt(0);
        var roles = _roles;
        roles.Clear();
        // Drop leading possessives ("Chile's") and everything up to the last title word ("Deputy Finance Minister").
        var lastTitle = -1;
        for (var k = 0; k < words.Count - 1; k++)
            if (Names.IsTitle(words[k].Text) || words[k].Text.EndsWith("'s", StringComparison.Ordinal)) lastTitle = k;
        // "Hydrologist Rafael Lins ..." opening a sentence: the capital is the sentence's, the word a role.
        if (lastTitle < 0 && start == 0 && words.Count >= 3 && RoleFamilies.IsRoleWord(words[0].Text)) lastTitle = 0;
        for (var k = 0; k <= lastTitle; k++) if (!words[k].Text.EndsWith("'s", StringComparison.Ordinal)) roles.Add(words[k].Text.TrimEnd('.'));
        var nameWords = _nameWords;
        nameWords.Clear();
        for (var k = lastTitle + 1; k < words.Count; k++)
            nameWords.Add(words[k].Text.EndsWith("'s", StringComparison.Ordinal) ? words[k].Text[..^2] : words[k].Text);
        if (nameWords.Count == 0) return null;
        if (nameWords.Count > 4) nameWords.RemoveRange(0, nameWords.Count - 4);

        var isOrg = AnyOrganisationWord(nameWords) || nameWords.Count == 1 && nameWords[0].Length >= 2 && AllUpper(nameWords[0]);
        // The name is looked up as characters; its string is made only for a new entity.
        var name = JoinName(nameWords);
        var byName = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
        if (isOrg)
        {
            if (!byName.TryGetValue(name, out var org))
            {
                var orgName = name.ToString();
                org = new Entity(orgName, false);
                _byName[orgName] = org;
            }
            Touch(org);
            return org;
        }

        if (byName.TryGetValue(name, out var known) || nameWords.Count == 1 && _bySurname.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out known))
        {
            // A candidate name that speaks is a person after all.
            if (known.Candidate && !known.IsPerson && (asSpeaker || roles.Count > 0)) known.Confirm(_organisations);
            Touch(known);
            AddRoles(known, roles, tokens, start, end);
            return known;
        }
        // Party names, nationalities, weekdays and connectives are not people ("After Democratic", "Iowa Republicans").
        foreach (var w in nameWords)
            if (Names.NonPersonWords.Contains(w) || !char.IsLetter(w[^1]) || HasLowercaseAfterHyphen(w)) return null;
        var gender = Names.FirstNameGender(nameWords[0]);
        foreach (var r in roles)
        {
            if (Names.MaleTitles.Contains(r)) gender = Gender.Male;
            if (Names.FemaleTitles.Contains(r)) gender = Gender.Female;
        }
        // A lone unknown capitalised word is a person only when a title introduces it ("Mr. Smith").
        if (nameWords.Count == 1 && roles.Count == 0) return null;
        // Without a title, a known first name or a speaking role, "San Bernardino" and "Trans-Pacific Partnership"
        // look like people: keep them as candidates that pronouns do not pick until they speak.
        var confirmed = asSpeaker || roles.Count > 0 || gender != Gender.Unknown
            || start > 0 && tokens[start - 1].IsWord && char.IsLower(tokens[start - 1].Text[0]) && PersonRoles.Contains(tokens[start - 1].Text);
        var personName = name.ToString();
        var person = new Entity(personName, confirmed) { Gender = gender, Candidate = !confirmed };
        _byName[personName] = person;
        if (nameWords.Count > 1) _bySurname[nameWords[^1]] = person;
        Touch(person);
        AddRoles(person, roles, tokens, start, end);
        return person;
    }

    private static bool AnyOrganisationWord(List<string> words)
    {
        foreach (var w in words) if (Names.IsOrganisationWord(w)) return true;
        return false;
    }

    private static bool AllUpper(string w)
    {
        foreach (var c in w) if (!char.IsUpper(c)) return false;
        return true;
    }

    // The words joined by single spaces, in a buffer reused from call to call.
    private ReadOnlySpan<char> JoinName(List<string> words)
    {
        var length = words.Count - 1;
        foreach (var w in words) length += w.Length;
        if (length > _name.Length) _name = new char[Math.Max(length, _name.Length * 2)];
        var at = 0;
        foreach (var w in words)
        {
            if (at > 0) _name[at++] = ' ';
            w.CopyTo(_name.AsSpan(at));
            at += w.Length;
        }
        return _name.AsSpan(0, length);
    }

    // "TV-friendly" is an adjective; "Lloyd-Jones" is a name.
    private static bool HasLowercaseAfterHyphen(string w)
    {
        var dash = w.IndexOf('-');
        return dash >= 0 && dash + 1 < w.Length && char.IsLower(w[dash + 1]);
    }

    // Roles come from title words, lowercase words just before the name ("union leader Marta Diaz")
    // and an appositive just after it ("Marta Diaz, the veteran economist,").
    private static void AddRoles(Entity e, List<string> roles, IReadOnlyList<Token> tokens, int start, int end)
    {
        foreach (var r in roles) e.Roles.Add(Names.RoleOf(r));
        for (var k = start - 1; k >= 0 && k >= start - 3; k--)
        {
            var t = tokens[k];
            // "Unity leader Ana Ruiz": the affiliation before a role word is one of her roles too.
            if (t.IsCapitalized && k < start - 1 && !t.InQuote && !IsDeterminer(t.Text) && (PersonRoles.Contains(tokens[k + 1].Text) || RoleFamilies.IsRoleWord(tokens[k + 1].Text)))
            {
                e.Roles.Add(t.Text);
                break;
            }
            if (!t.IsWord || t.IsCapitalized || IsDeterminer(char.ToUpperInvariant(t.Text[0]) + t.Text[1..]) || t.Text is "and" or "said" or "says" or "by" or "to" or "with") break;
            e.Roles.Add(t.Text);
        }
        if (end + 2 < tokens.Count && tokens[end].Is(",") && tokens[end + 1].Text is "the" or "a" or "an" or "who" or "its" or "their")
        {
            var first = end + 2;
            // "Marta Diaz, who is the union's economist,": the role after the copula; "who took office in March" names none.
            if (tokens[end + 1].Text == "who")
            {
                if (end + 4 >= tokens.Count || tokens[end + 2].Text is not ("is" or "was") || tokens[end + 3].Text is not ("the" or "a" or "an" or "its" or "their")) return;
                first = end + 4;
            }
            for (var k = first; k < tokens.Count && k < first + 6; k++)
            {
                var t = tokens[k];
                if (!t.IsWord || t.Text is "of" or "for" or "at" or "who" or "and" or "said" or "says") break;
                e.Roles.Add(t.Text);
            }
        }
    }
}
