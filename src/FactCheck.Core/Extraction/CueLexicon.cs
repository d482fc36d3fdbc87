namespace FactCheck.Core.Extraction;

/// <summary>What kind of attribution a cue word signals; decides which subjects it accepts.</summary>
public enum CueKind { Speech, Belief, Evidence }

/// <summary>Attribution cue verbs with their inflections ("say, says, said, saying").</summary>
public static class CueLexicon
{
    // Regular verbs: inflections are generated. Kept as plain lists so adding a verb is one word.
    private static readonly string[] SpeechVerbs =
    [
        "add", "note", "emphasize", "emphasise", "insist", "warn", "deny", "announce", "thank", "hail", "argue", "claim",
        "state", "explain", "acknowledge", "admit", "assert", "declare", "reply", "respond", "remark", "recall", "observe",
        "contend", "maintain", "stress", "report", "confirm", "tweet", "promise", "vow", "pledge", "urge",
        "caution", "complain", "concede", "counter", "accuse", "allege", "boast", "brag", "joke", "quip", "mention",
        "repeat", "reiterate", "conclude", "testify", "disclose", "ask", "question", "wonder", "answer", "describe",
        "call", "criticize", "criticise", "praise", "blast", "slam", "dismiss", "reject", "dispute", "tout", "highlight",
        "propose", "recommend", "demand", "threaten", "predict", "agree", "disagree", "protest", "lament", "assure",
        "explain", "suggest", "insist", "exclaim", "shout", "yell", "scream", "whisper", "mutter", "announce", "declare",
        "proclaim", "contend", "retort", "inform", "notify", "advise", "estimate", "warn", "apologize", "apologise",
        "acknowledged", "complain", "concur", "credit", "blame", "cite", "denounce", "condemn", "applaud", "congratulate",
        "defend", "endorse", "characterize", "label", "brand", "mock", "ridicule", "chide", "scold", "lambaste", "rebuke",
        "promise", "signal", "indicate", "hint", "imply", "speculate", "predict", "forecast", "caution", "advocate",
        "recount", "relate", "narrate", "elaborate", "clarify", "specify", "outline", "detail", "summarize", "pronounce",
        "continue", "echo", "affirm", "reaffirm", "allege", "assure", "plead", "beg", "request", "invite",
        "recall", "post", "email", "text", "reveal", "point", "insist", "vow", "swear", "guarantee", "concede", "admit",
        "decline", "refuse", "deem", "order", "decide", "identify", "name", "discuss", "talk", "comment", "react", "object",
        "focus", "rail", "push", "vote", "refer", "address", "express", "attack", "share", "endorse",
        "back", "confide", "acknowledge", "recount", "float", "preview", "unveil", "pitch", "tease", "lay", "rule",
        "quote", "retweet", "challenge", "decry", "bemoan", "remind", "reassure", "promote", "knock", "hammer", "rip", "chastise",
        "grill", "debunk", "refute", "rebut", "cheer", "celebrate", "commend", "laud", "salute", "envision", "foresee", "anticipate",
        "mull", "weigh", "ponder", "contemplate", "reference", "invoke", "allude", "list", "lobby", "petition", "vow", "muse",
        "offer", "articulate", "champion", "reason", "confess",
    ];

    private static readonly string[] BeliefVerbs =
    [
        "believe", "want", "hope", "fear", "worry", "expect", "doubt", "suspect", "assume", "wish", "prefer", "support",
        "oppose", "favor", "favour", "consider", "regard", "view", "insist", "trust", "imagine", "reckon", "suppose",
        "plan", "intend", "dislike", "hate", "love", "seek", "question", "acknowledge", "recognize", "recognise", "realize", "realise",
        "seem", "appear", "learn", "understand", "remember", "forget", "accept", "welcome", "distrust", "mistrust", "agree",
        "embrace", "relish",
    ];

    private static readonly string[] EvidenceVerbs = ["show", "project", "find", "document", "demonstrate"];

    // Irregular forms map straight to their lemma.
    private static readonly (string Form, string Lemma, CueKind Kind)[] Irregular =
    [
        ("say", "say", CueKind.Speech), ("says", "say", CueKind.Speech), ("said", "say", CueKind.Speech), ("saying", "say", CueKind.Speech),
        ("tell", "tell", CueKind.Speech), ("tells", "tell", CueKind.Speech), ("told", "tell", CueKind.Speech), ("telling", "tell", CueKind.Speech),
        ("write", "write", CueKind.Speech), ("writes", "write", CueKind.Speech), ("wrote", "write", CueKind.Speech), ("written", "write", CueKind.Speech), ("writing", "write", CueKind.Speech),
        ("speak", "speak", CueKind.Speech), ("spoke", "speak", CueKind.Speech),
        ("think", "think", CueKind.Belief), ("thinks", "think", CueKind.Belief), ("thought", "think", CueKind.Belief),
        ("know", "know", CueKind.Belief), ("knows", "know", CueKind.Belief), ("knew", "know", CueKind.Belief),
        ("find", "find", CueKind.Evidence), ("finds", "find", CueKind.Evidence), ("found", "find", CueKind.Evidence),
        ("show", "show", CueKind.Evidence), ("shows", "show", CueKind.Evidence), ("showed", "show", CueKind.Evidence), ("shown", "show", CueKind.Evidence), ("showing", "show", CueKind.Evidence),
        ("swore", "swear", CueKind.Speech), ("sworn", "swear", CueKind.Speech),
        ("forecast", "forecast", CueKind.Speech), ("forecasts", "forecast", CueKind.Speech),
        ("see", "see", CueKind.Belief), ("sees", "see", CueKind.Belief), ("saw", "see", CueKind.Belief),
        ("hear", "hear", CueKind.Belief), ("heard", "hear", CueKind.Belief), ("hears", "hear", CueKind.Belief),
        ("lay", "lay", CueKind.Speech), ("laid", "lay", CueKind.Speech), ("laying", "lay", CueKind.Speech), ("lays", "lay", CueKind.Speech),
        ("understood", "understand", CueKind.Belief), ("forgot", "forget", CueKind.Belief), ("sought", "seek", CueKind.Belief),
    ];

    private static readonly Dictionary<string, (string Lemma, CueKind Kind)> Forms = Build();

    // Cue words that are also common nouns: accepted only when no determiner precedes them.
    private static readonly HashSet<string> NounLike = new(StringComparer.Ordinal)
    {
        "report", "reports", "state", "states", "call", "calls", "answer", "answers", "question", "questions", "post", "posts",
        "charge", "charges", "tweet", "tweets", "text", "texts", "email", "emails", "point", "points", "plan", "plans", "support",
        "view", "views", "estimate", "estimates", "forecast", "forecasts", "promise", "promises", "request", "requests", "like",
        "hope", "hopes", "fear", "fears", "worry", "worries", "doubt", "doubts", "wish", "wishes", "love", "detail", "details",
        "outline", "signal", "signals", "hint", "hints", "credit", "blame", "label", "brand", "demand", "demands", "protest",
        "protests", "defend", "project", "projects", "finding", "findings", "show", "shows", "counter", "joke", "jokes", "vow", "vows", "pledge", "pledges", "reply", "replies", "respond", "remark", "remarks", "claim", "claims", "warning", "statement", "challenge", "challenges", "debates", "find", "speak", "vote", "votes", "campaign", "campaigns", "order", "orders", "name", "names", "address",
        "share", "shares", "back", "push", "focus", "object", "objects", "release", "rule", "rules", "talk", "talks", "comment", "comments", "debate", "attack", "attacks",
        "decline", "float", "pitch", "lay", "plea", "recall", "preview", "echo",
    };

    private static Dictionary<string, (string, CueKind)> Build()
    {
        var d = new Dictionary<string, (string, CueKind)>(StringComparer.Ordinal);
        foreach (var (form, lemma, kind) in Irregular) d[form] = (lemma, kind);
        AddRegular(d, EvidenceVerbs, CueKind.Evidence);
        AddRegular(d, BeliefVerbs, CueKind.Belief);
        AddRegular(d, SpeechVerbs, CueKind.Speech);
        return d;
    }

    private static void AddRegular(Dictionary<string, (string, CueKind)> d, string[] verbs, CueKind kind)
    {
        foreach (var v in verbs)
            foreach (var f in Inflect(v))
                d.TryAdd(f, (v, kind));
    }

    private static IEnumerable<string> Inflect(string v)
    {
        yield return v;
        var consonantY = v.EndsWith('y') && v.Length > 1 && !"aeiou".Contains(v[^2]);
        yield return consonantY ? v[..^1] + "ies" : v.EndsWith('s') || v.EndsWith("sh", StringComparison.Ordinal) || v.EndsWith("ch", StringComparison.Ordinal) || v.EndsWith('x') || v.EndsWith('o') ? v + "es" : v + "s";
        yield return consonantY ? v[..^1] + "ied" : v.EndsWith('e') ? v + "d" : v + "ed";
        yield return v.EndsWith('e') && !v.EndsWith("ee", StringComparison.Ordinal) ? v[..^1] + "ing" : v + "ing";
        // Doubling for short verbs ending consonant-vowel-consonant: "admit" -> "admitted", "plan" -> "planned".
        if (v.Length >= 3 && !"aeiouwxy".Contains(v[^1]) && "aeiou".Contains(v[^2]) && !"aeiou".Contains(v[^3]) && v is "admit" or "plan" or "regret" or "refer" or "prefer" or "rebut" or "rip" or "confer" or "commit" or "omit" or "submit" or "slam" or "quip" or "beg" or "label" or "text")
        {
            yield return v + v[^1] + "ed";
            yield return v + v[^1] + "ing";
        }
    }

    public static bool TryGet(string word, out string lemma, out CueKind kind)
    {
        if (Forms.TryGetValue(word, out var e)) { lemma = e.Lemma; kind = e.Kind; return true; }
        lemma = ""; kind = default;
        return false;
    }

    public static bool IsNounLike(string word) => NounLike.Contains(word);

    // Cues that take their content after a preposition: "referred to X", "talked about X", "called for X".
    private static readonly Dictionary<string, string[]> Prepositional = new(StringComparer.Ordinal)
    {
        ["refer"] = ["to"], ["talk"] = ["about", "of"], ["speak"] = ["about", "of", "on"], ["call"] = ["for", "on", "out"], ["point"] = ["to", "out"],
        ["vote"] = ["for", "against"], ["argue"] = ["for", "against", "about"], ["rail"] = ["against", "at"], ["comment"] = ["on", "about"],
        ["complain"] = ["about", "of"], ["warn"] = ["about", "against", "of"], ["worry"] = ["about"], ["think"] = ["about", "of"],
        ["ask"] = ["about", "for"], ["write"] = ["about", "of"], ["testify"] = ["about", "to"], ["insist"] = ["on"], ["focus"] = ["on"],
        ["campaign"] = ["on", "against", "for"], ["push"] = ["for"], ["advocate"] = ["for"], ["boast"] = ["about", "of"], ["brag"] = ["about"],
        ["joke"] = ["about"], ["speculate"] = ["about", "on"], ["respond"] = ["to"], ["react"] = ["to"], ["object"] = ["to"],
        ["agree"] = ["with", "to", "on"], ["disagree"] = ["with"], ["apologize"] = ["for"], ["hint"] = ["at"], ["lash"] = ["out"],
        ["discuss"] = [], ["debate"] = [], ["know"] = ["about", "of"], ["hear"] = ["about", "of"], ["fear"] = ["for"], ["hope"] = ["for"],
        ["plead"] = ["for", "with"], ["remark"] = ["on"], ["elaborate"] = ["on"], ["reflect"] = ["on"], ["dwell"] = ["on"], ["muse"] = ["about", "on"],
        ["protest"] = ["against"], ["vow"] = [], ["express"] = [], ["lay"] = ["out"], ["rule"] = ["out"], ["cite"] = [], ["criticize"] = [],
    };

    /// <summary>True when "lemma preposition" introduces content ("referred to", "talked about").</summary>
    public static bool TakesPreposition(string lemma, string preposition) =>
        Prepositional.TryGetValue(lemma, out var preps) && preps.Contains(preposition) || preposition == "about" && Forms.ContainsKey(lemma);

    /// <summary>Cues that can chain a second attribution to the same speaker: "..., adding that ...", "but added ...".</summary>
    public static bool IsChainCue(string word) =>
        word.EndsWith("ing", StringComparison.Ordinal) && Forms.TryGetValue(word, out var e) && e.Kind == CueKind.Speech && !NounLike.Contains(word)
        || word is "adding" or "added" or "saying" or "noting" or "arguing" or "warning" or "insisting" or "explaining" or "calling" or "claiming" or "telling" or "suggesting" or "stressing" or "emphasizing" or "acknowledging" or "asserting" or "pointing" or "citing" or "declaring";
}
