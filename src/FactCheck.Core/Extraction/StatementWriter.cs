using System.Globalization;
using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction;

/// <summary>Writes standalone claim statements: names for pronouns, dates for relative dates.</summary>
internal static class StatementWriter
{
    public const int MaxLength = 600;

    /// <summary>What the article tells about its words: capitalised mid-sentence (names) or written in lower case (common words).</summary>
    internal sealed class WordCase
    {
        public HashSet<string> Capitalised { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Lower { get; } = new(StringComparer.Ordinal);

        /// <summary>Words that open a sentence and that the parse read there as common words, not names ("Unemployment stood at ...").</summary>
        public HashSet<string> CommonOpeners { get; init; } = new(StringComparer.Ordinal);

        /// <summary>One pass over the text: linear in its length.</summary>
        public static WordCase Of(string a, HashSet<string>? commonOpeners = null)
        {
            var c = new WordCase { CommonOpeners = commonOpeners ?? new(StringComparer.Ordinal) };
            // Looked up by span: a word's string is made only the first time it is added.
            var lower = c.Lower.GetAlternateLookup<ReadOnlySpan<char>>();
            var capitalised = c.Capitalised.GetAlternateLookup<ReadOnlySpan<char>>();
            var i = 0;
            while (i < a.Length)
            {
                if (!char.IsLetter(a[i])) { i++; continue; }
                var start = i;
                while (i < a.Length && (char.IsLetter(a[i]) || a[i] == '\'' || a[i] == '-')) i++;
                if (i - start > 40) continue;
                var word = a.AsSpan(start, i - start);
                if (char.IsLower(word[0])) lower.Add(word);
                else
                {
                    var p = start - 1;
                    while (p >= 0 && a[p] == ' ') p--;
                    if (p >= 0 && p < start - 1 && (char.IsLower(a[p]) || a[p] == ',')) capitalised.Add(word);
                }
            }
            return c;
        }
    }

    public static string ForAttribution(RepairedText text, Attribution a, IReadOnlyList<Figure>? figures = null, WordCase? words = null)
    {
        var analysis = text.Analysis;
        var speaker = a.Speaker?.Name ?? "Unattributed:";
        // "Ana Ruiz and other union leaders remain confident": a coordinated subject right before its verb is written whole,
        // so the verb keeps its subject.
        if (a.Speaker is { IsPronoun: false } coordinated && a.CueSpan is { } cueAt && coordinated.Mention.End <= cueAt.Start
            && cueAt.Start - coordinated.Mention.End <= 1 && coordinated.Mention.Length <= 120
            && analysis.AsSpan(coordinated.Mention.Start, coordinated.Mention.Length).IndexOf(" and ", StringComparison.Ordinal) > 0)
            speaker = analysis.Substring(coordinated.Mention.Start, coordinated.Mention.Length);
        var cue = NounCueAsVerb(PastTense(a.CueText ?? "said"));
        // "statement that" before content that starts with its own "that": one "that".
        if (cue.EndsWith(" that", StringComparison.OrdinalIgnoreCase) && a.Content.Count > 0
            && analysis.AsSpan(a.Content[0].Start, a.Content[0].Length).StartsWith("that ", StringComparison.OrdinalIgnoreCase))
            cue = cue[..^5];
        // "went off script to comment on the budget": the infinitive becomes the past ("Brink commented on the budget").
        if (a.CueSpan is { Start: >= 3 } infinitive && analysis.AsSpan(infinitive.Start - 3, 3).SequenceEqual("to ") && a.Content.Count > 0 && a.Content[0].Start >= infinitive.End)
            cue = InfinitiveToPast(cue);
        var b = StatementBuffer.Rent();
        // "a conclusion the office said would guide the plan": reported content without its subject does not stand alone.
        if (a.Passive || !a.Direct && StartsWithVerb(a.Content.Count > 0 ? analysis.AsSpan(a.Content[0].Start, a.Content[0].Length) : ""))
        {
            b.Append(analysis.AsSpan(a.Sentence.Start, a.Sentence.Length)).TrimEnd();
            ReplaceDates(b, figures, false);
            return Finish(b);
        }
        // "Berg himself seemed … to recognize the vote": a raising verb between the two parts of its content; the words stay in
        // the article's order, the verb where it was.
        if (a.Speaker is null && a.Content.Count >= 2 && a.CueSpan is { } raised && a.Content[0].End <= raised.Start && raised.End <= a.Content[^1].Start
            && a.Content[^1].End - a.Content[0].Start <= 400)
        {
            b.Append(speaker).Append(' ').Append(analysis.AsSpan(a.Content[0].Start, a.Content[^1].End - a.Content[0].Start));
            ReplaceDates(b, figures, false);
            return Finish(b);
        }
        var lowerContent = true;
        if (cue.StartsWith("according", StringComparison.OrdinalIgnoreCase)) b.Append("According to ").Append(speaker).Append(", ");
        // "In a Gazette poll released Monday, 61 percent ...": the poll as written, then its finding.
        else if (a.CueText is "In" or "in" && a.Speaker is { } poll) b.Append("In ").Append(analysis.AsSpan(poll.Mention.Start, poll.Mention.Length)).Append(", ");
        else if (FrameBefore(analysis, a) is { } before)
        {
            // "She thanked the volunteer crews sent by ...": the words between the cue and what was said stay as written.
            b.Append(speaker).Append(' ').Append(cue).Append(analysis.AsSpan(a.CueSpan!.Value.End, before - a.CueSpan.Value.End));
            lowerContent = !a.Direct;
        }
        else
        {
            b.Append(speaker).Append(' ').Append(cue);
            // "\"Q,\" Ruiz told a rally of supporters in Liberty Square.": the frame after the cue says to whom and where.
            if (FrameAfter(analysis, a) is { } after) b.Append(analysis.AsSpan(after.Start, after.Length));
            b.Append(a.Direct ? ": " : " ");
            lowerContent = !a.Direct;
        }
        var contentStart = b.Length;
        // "the river embankments, which he said had not been repaired": the relative pronoun is written as the noun it stands for.
        var relative = !a.Direct && a.Content.Count >= 2 && Antecedent(analysis, a.Content[0]) is { } noun ? noun : null;
        for (var k = 0; k < a.Content.Count; k++)
        {
            if (k == 0 && relative is not null) { b.Append(relative); continue; }
            if (k > 0) b.Append(k == 1 && relative is not null ? " " : " … ");
            b.Append(analysis.AsSpan(a.Content[k].Start, a.Content[k].Length));
        }
        // A quotation cut before its frame ends in a comma: "We won," -> "We won."
        if (a.Direct && b.Span[contentStart..].EndsWith(",\"", StringComparison.Ordinal)) b[b.Length - 2] = '.';
        if (lowerContent && LowersFirstWord(b.Span[contentStart..], words)) b[contentStart] = char.ToLowerInvariant(b[contentStart]);
        ReplaceDates(b, figures, a.Direct);
        // "called the plan a disaster in a radio interview on Wednesday": the date of the speech stays with the statement.
        if (figures is not null && a.CueSpan is { } cueSpan)
            for (var k = 0; k < figures.Count; k++)
            {
                var f = figures[k];
                if (f.Date is { } d && f.Span.Start >= text.ToOriginal(cueSpan).End && NamesWeekday(f.Text) && !b.Span.Contains(f.Text, StringComparison.Ordinal))
                {
                    b.TrimEnd(". ");
                    b.Append(" (on ").Append(f.Text).Append(", ").Append(Day(d)).Append(')');
                }
            }
        return Finish(b);
    }

    /// <summary>
    /// Where the content starts when the cue comes first and only frame words (an addressee, "that", a colon) lie between
    /// them in the same sentence, so they can be written as in the article; null when the statement needs its own frame.
    /// </summary>
    private static int? FrameBefore(string analysis, Attribution a)
    {
        if (a.CueSpan is not { } cue || a.Content.Count == 0) return null;
        var start = a.Content[0].Start;
        if (cue.End > start || cue.Start < a.Sentence.Start || start - cue.End > 160) return null;
        if (a.Speaker is { } sp && sp.Mention.Start >= cue.End && sp.Mention.Start < start) return null; // "said Mayor Ruiz, ..." names the speaker there
        var gap = analysis.AsSpan(cue.End, start - cue.End);
        if (gap.IndexOfAny(".!?") >= 0 || gap.IndexOfAny("\"“”") >= 0 && !a.Direct) return null;
        return start;
    }

    /// <summary>
    /// The frame words right after the cue when the content came first ("told a rally of supporters in Liberty Square"),
    /// up to the end of the clause; null when there are none, or when the speaker is named there ("said Mayor Ruiz").
    /// </summary>
    private static TextSpan? FrameAfter(string analysis, Attribution a)
    {
        if (a.CueSpan is not { } cue || a.Content.Count == 0 || a.Content[^1].End > cue.Start) return null;
        if (a.Speaker is { } sp && sp.Mention.Start >= cue.End) return null;
        var end = cue.End;
        var limit = Math.Min(analysis.Length, a.LastSentence.End);
        while (end < limit && analysis[end] is not (',' or '.' or '!' or '?' or ';' or ':' or '"' or '“' or '”' or '—' or '(')) end++;
        var frame = analysis.AsSpan(cue.End, end - cue.End).TrimEnd();
        if (frame.IsEmpty || frame.Length > 120) return null;
        // "said on Thursday", "told reporters": a phrase of its own, not the start of another clause ("said that ...", "said it would").
        var words = frame.Trim();
        if (words.StartsWith("that ", StringComparison.Ordinal) || words.StartsWith("and ", StringComparison.Ordinal)) return null;
        return new TextSpan(cue.End, cue.End + frame.Length);
    }

    // "..., saying the city had ignored warnings" stands alone as "X said the city had ignored warnings".
    /// <summary>"her statement that ...", "his warning that ...": the noun cue written as the verb ("stated that", "warned that").</summary>
    private static string NounCueAsVerb(string cue)
    {
        var space = cue.IndexOf(' ');
        var head = space > 0 ? cue[..space] : cue;
        return NounCueVerbs.TryGetValue(head.ToLowerInvariant(), out var verb) ? verb + (space > 0 ? cue[space..] : "") : cue;
    }

    private static readonly Dictionary<string, string> NounCueVerbs = new(StringComparer.Ordinal)
    {
        ["statement"] = "stated", ["claim"] = "claimed", ["assertion"] = "asserted", ["allegation"] = "alleged", ["warning"] = "warned",
        ["promise"] = "promised", ["pledge"] = "pledged", ["suggestion"] = "suggested", ["argument"] = "argued", ["insistence"] = "insisted",
        ["belief"] = "believed", ["fear"] = "feared", ["hope"] = "hoped", ["prediction"] = "predicted", ["admission"] = "admitted",
        ["denial"] = "denied", ["announcement"] = "announced", ["accusation"] = "accused", ["complaint"] = "complained",
        ["contention"] = "contended", ["assurance"] = "assured", ["vow"] = "vowed", ["threat"] = "threatened", ["estimate"] = "estimated",
        ["conclusion"] = "concluded", ["finding"] = "found", ["recommendation"] = "recommended", ["decision"] = "decided", ["comment"] = "commented",
        ["remark"] = "remarked", ["observation"] = "observed", ["acknowledgment"] = "acknowledged", ["acknowledgement"] = "acknowledged",
    };

    private static string PastTense(string cue)
    {
        var space = cue.IndexOf(' ');
        if (space > 0)
        {
            // "referring to" -> "referred to"
            var head = cue[..space];
            var past = PastTense(head);
            return ReferenceEquals(past, head) ? cue : past + cue[space..];
        }
        if (!cue.EndsWith("ing", StringComparison.Ordinal)) return cue;
        if (cue is "saying") return "said";
        if (cue is "telling") return "told";
        if (cue is "writing") return "wrote";
        if (!CueLexicon.TryGet(cue, out var lemma, out _) || lemma.EndsWith("ing", StringComparison.Ordinal)) return cue;
        if (lemma.EndsWith('e')) return lemma + "d";
        if (lemma.EndsWith('y') && lemma.Length > 1 && !"aeiou".Contains(lemma[^2])) return lemma[..^1] + "ied";
        return cue.Length >= lemma.Length + 4 && cue[lemma.Length] == lemma[^1] ? lemma + lemma[^1] + "ed" : lemma + "ed";
    }

    /// <summary>
    /// The noun phrase a relative "which" or "that" at <paramref name="pronoun"/> stands for: the words before its comma back to
    /// a preposition ("the state of the river embankments, which" -> "the river embankments"); null when there is none.
    /// </summary>
    private static string? Antecedent(string analysis, TextSpan pronoun)
    {
        if (!analysis.AsSpan(pronoun.Start, pronoun.Length).Trim().Equals("which", StringComparison.OrdinalIgnoreCase)) return null;
        var i = pronoun.Start - 1;
        while (i >= 0 && analysis[i] == ' ') i--;
        if (i < 0 || analysis[i] != ',') return null;
        var end = i;
        while (end > 0 && analysis[end - 1] == ' ') end--;
        var start = end;
        var words = 0;
        while (start > 0 && words < 6)
        {
            var w = start;
            while (w > 0 && (char.IsLetterOrDigit(analysis[w - 1]) || analysis[w - 1] is '\'' or '’' or '-')) w--;
            if (w == start) break;
            var word = analysis.AsSpan(w, start - w);
            if (word is "of" or "in" or "on" or "about" or "for" or "with" or "from" or "to" or "by" or "at" or "over" or "under" or "into" or "and" or "or"
                || char.IsUpper(word[0]) && w > 0 && analysis[w - 1] != ' ') break;
            start = w;
            words++;
            if (word is "the" or "a" or "an" or "its" or "their" or "his" or "her") break;
            if (start > 0 && analysis[start - 1] == ' ') start--;
            else break;
        }
        while (start < end && analysis[start] == ' ') start++;
        if (start >= end || words == 0) return null;
        var phrase = analysis[start..end];
        return char.IsUpper(phrase[0]) && phrase.Split(' ')[0] is "The" or "A" or "An" or "Its" or "Their" ? char.ToLowerInvariant(phrase[0]) + phrase[1..] : phrase;
    }

    private static string InfinitiveToPast(string cue)
    {
        var space = cue.IndexOf(' ');
        var head = space > 0 ? cue[..space] : cue;
        var rest = space > 0 ? cue[space..] : "";
        if (!CueLexicon.TryGet(head, out var lemma, out _) || lemma != head) return cue;
        var past = head switch
        {
            "say" => "said", "tell" => "told", "write" => "wrote", "speak" => "spoke", "think" => "thought", "give" => "gave", "take" => "took",
            "make" => "made", "put" => "put", "set" => "set", "read" => "read", "hold" => "held", "lay" => "laid", "meet" => "met",
            _ when head.EndsWith('e') => head + "d",
            _ when head.EndsWith('y') && head.Length > 1 && !"aeiou".Contains(head[^2]) => head[..^1] + "ied",
            _ => head + "ed",
        };
        return past + rest;
    }

    private static bool StartsWithVerb(ReadOnlySpan<char> content)
    {
        var space = content.IndexOf(' ');
        var first = space < 0 ? content : content[..space];
        return first is "would" or "will" or "could" or "can" or "should" or "may" or "might" or "must" or "is" or "was" or "were" or "are" or "has" or "have" or "had" or "did" or "does" or "shall";
    }

    /// <summary>The sentence (or the clause holding <paramref name="focusAnalysis"/>) with pronoun subject and relative dates replaced.</summary>
    public static string ForSentence(RepairedText text, SentenceRecord sentence, TextSpan? focusAnalysis, IEnumerable<Figure> figures)
    {
        var span = sentence.Analysis;
        TextSpan? subject = null;
        if (focusAnalysis is { } f) (span, subject) = FigureClause.Find(text.Analysis, span, f);
        var a = text.Analysis;
        var b = StatementBuffer.Rent();
        if (subject is { } s) AppendWithName(b, a, s, sentence).Append(' ');
        AppendWithName(b, a, span, sentence);
        ReplaceDates(b, figures as IReadOnlyList<Figure> ?? figures.ToList(), false);
        return Finish(b);
    }

    /// <summary>A whole clause (or sentence) as written, after the subject it shares with the clause before, with names and dates.</summary>
    public static string ForClause(RepairedText text, SentenceRecord sentence, TextSpan clause, TextSpan? sharedSubject, IReadOnlyList<Figure> figures)
    {
        var a = text.Analysis;
        var b = StatementBuffer.Rent();
        if (sharedSubject is { } s) AppendWithName(b, a, s, sentence).Append(' ');
        AppendWithName(b, a, clause, sentence);
        // "... were destroyed," ends the clause: the statement ends with a full stop.
        b.TrimEnd(",;: ");
        if (b.Length > 0 && b[b.Length - 1] is not ('.' or '!' or '?' or '"' or '”')) b.Append('.');
        ReplaceDates(b, figures, false);
        return Finish(b);
    }

    /// <summary>Appends the words of <paramref name="span"/>, with the sentence's pronoun subject replaced by the name when it lies inside.</summary>
    private static StatementBuffer AppendWithName(StatementBuffer b, string a, TextSpan span, SentenceRecord sentence) =>
        sentence.SubjectPronoun is { } p && p.Pronoun.Start >= span.Start && p.Pronoun.End <= span.End
            ? b.Append(a.AsSpan(span.Start, p.Pronoun.Start - span.Start)).Append(p.Name).Append(a.AsSpan(p.Pronoun.End, span.End - p.Pronoun.End))
            : b.Append(a.AsSpan(span.Start, span.Length));

    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly string[] TimesOfDay = [" morning", " afternoon", " evening", " night"];

    private static bool NamesWeekday(string s)
    {
        foreach (var w in Weekdays) if (s.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool HasYear(string s, int year) =>
        s.Contains(year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) || s.Contains('\'') || s.Contains('’');

    private static bool HasDigit(string s)
    {
        foreach (var c in s) if (char.IsDigit(c)) return true;
        return false;
    }

    private static string Day(DateOnly d) => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// Relative dates the figure finder resolved become dates a reader can check: "on Thursday" -> "on Thursday, 12 March 2026",
    /// "last October" -> "in October 2025", "yesterday" -> "on 11 March 2026". Inside quotation marks the words stay and the
    /// date follows in brackets.
    /// </summary>
    internal static string ReplaceDates(string s, IReadOnlyList<Figure>? figures, bool quoted)
    {
        if (figures is null) return s;
        var b = StatementBuffer.Rent().Append(s);
        ReplaceDates(b, figures, quoted);
        return b.ToStringAndReturn(0, b.Length);
    }

    private static void ReplaceDates(StatementBuffer s, IReadOnlyList<Figure>? figures, bool quoted)
    {
        if (figures is null) return;
        var cursor = 0;
        for (var k = 0; k < figures.Count; k++)
        {
            var fig = figures[k];
            if (fig.Date is not { } d || fig.Text.Length == 0 || cursor >= s.Length) continue;
            var lower = fig.Text.ToLowerInvariant();
            var ago = lower.EndsWith(" ago", StringComparison.Ordinal);
            // "October 7th", "7 October": a day without its year gets the year the article date gives it.
            var yearless = HasDigit(fig.Text) && !ago && Figures.DateResolver.NamesMonth(fig.Text) && !HasYear(fig.Text, d.Year);
            if (HasDigit(fig.Text) && !ago && !yearless) continue;
            var at = s.Span[cursor..].IndexOf(fig.Text, StringComparison.Ordinal);
            if (at < 0) continue;
            at += cursor;
            var end = at + fig.Text.Length;
            var inQuote = quoted || s.Span[..at].Count('"') % 2 == 1;
            if (yearless)
            {
                var year = d.Year.ToString(CultureInfo.InvariantCulture);
                var text = inQuote ? $" [{year}]" : ", " + year + (end < s.Length && s[end] == ' ' && end + 1 < s.Length && char.IsLetterOrDigit(s[end + 1]) ? "," : "");
                s.Insert(end, text);
                cursor = end + text.Length;
                continue;
            }
            var weekday = NamesWeekday(fig.Text);
            // "Thursday evening": the date follows the time of day.
            if (weekday)
                foreach (var part in TimesOfDay)
                    if (s.Span[end..].StartsWith(part, StringComparison.Ordinal)) { end += part.Length; break; }
            string? replacement = null, appended = null;
            var monthly = !weekday && (lower.StartsWith("last ", StringComparison.Ordinal) || lower.StartsWith("next ", StringComparison.Ordinal)
                || lower.StartsWith("this ", StringComparison.Ordinal) || lower.StartsWith("past ", StringComparison.Ordinal)) && !lower.EndsWith("week", StringComparison.Ordinal);
            if (inQuote) appended = $" [{(lower.EndsWith("year", StringComparison.Ordinal) ? d.Year.ToString(CultureInfo.InvariantCulture) : ago || monthly ? d.ToString("MMMM yyyy", CultureInfo.InvariantCulture) : Day(d))}]";
            else if (weekday) appended = ", " + Day(d) + (end < s.Length && s[end] == ' ' && end + 1 < s.Length && char.IsLetterOrDigit(s[end + 1]) ? "," : "");
            else if (ago) appended = lower.Contains("year") || lower.Contains("month") ? $" (around {d.ToString("MMMM yyyy", CultureInfo.InvariantCulture)})" : $" (around {Day(d)})";
            else
            {
                var prepositionBefore = PrepositionBefore(s.Span, at);
                var prefix = prepositionBefore ? "" : "in ";
                if (lower is "yesterday" or "today" or "tomorrow") replacement = (prepositionBefore ? "" : "on ") + Day(d);
                else if (lower == "tonight") replacement = (prepositionBefore ? "" : "on ") + "the night of " + Day(d);
                else if (lower.EndsWith("week", StringComparison.Ordinal)) replacement = prefix + "the week of " + Day(d);
                else if (lower.EndsWith("year", StringComparison.Ordinal)) replacement = prefix + d.Year.ToString(CultureInfo.InvariantCulture);
                else if (lower.EndsWith("month", StringComparison.Ordinal) || lower.StartsWith("last ", StringComparison.Ordinal) || lower.StartsWith("next ", StringComparison.Ordinal)
                    || lower.StartsWith("this ", StringComparison.Ordinal) || lower.StartsWith("past ", StringComparison.Ordinal))
                    replacement = prefix + d.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
                else continue; // a bare month or another form: leave it as written
            }
            if (replacement is not null)
            {
                // Keep a sentence-initial capital: "Yesterday the river ..." -> "On 11 March 2026 the river ...".
                if (at == 0 || s[at - 1] == '"') replacement = Capitalise(replacement);
                s.Replace(at, end, replacement);
                cursor = at + replacement.Length;
            }
            else
            {
                s.Insert(end, appended);
                cursor = end + appended!.Length;
            }
        }
    }

    private static bool PrepositionBefore(ReadOnlySpan<char> s, int at)
    {
        var e = at;
        while (e > 0 && s[e - 1] == ' ') e--;
        var b = e;
        while (b > 0 && char.IsLetter(s[b - 1])) b--;
        return s[b..e].ToString().ToLowerInvariant() is "on" or "in" or "by" or "until" or "till" or "since" or "before" or "after" or "from" or "through" or "of" or "for" or "to" or "during" or "as";
    }

    // "At least 1,204 homes were flooded and another 310 were destroyed": the clause around one figure.
    // Reported content loses its sentence-initial capital ("said At least ..." -> "said at least ..."), unless the first word is
    // "I", an acronym or a name: capitalised mid-sentence somewhere in the article, or never written in lower case there.
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "At", "The", "A", "An", "In", "On", "More", "Most", "Some", "Many", "Nearly", "About", "Almost", "Only", "There", "It", "This",
        "That", "These", "Those", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Up", "Over", "Under", "Less",
        "Fewer", "All", "No", "None", "Several", "Roughly", "Around", "Approximately", "Just", "Half", "One", "He", "She", "They", "We",
        "You", "Its", "Their", "His", "Her", "Our", "Your", "If", "When", "While", "After", "Before", "Since", "Because", "As", "For",
        "By", "From", "With", "Without", "Despite", "Although", "Though", "Even", "Every", "Each", "Both", "Neither", "Either", "Any",
        "Another", "Other", "Such", "What", "Who", "Why", "How", "Where", "Whether", "Not", "Never", "Nothing", "Nobody", "Everyone",
        "Everything", "Someone", "Something", "Here", "Then", "Now", "So", "But", "And", "Yet", "Still", "Also", "Instead", "Among",
    };

    private static bool LowersFirstWord(ReadOnlySpan<char> s, WordCase? words)
    {
        if (s.Length < 2 || !char.IsUpper(s[0])) return false;
        var n = 0;
        while (n < s.Length && (char.IsLetter(s[n]) || s[n] == '\'')) n++;
        var first = s[..n].ToString();
        if (n == 0 || first == "I" || first.StartsWith("I'", StringComparison.Ordinal)) return false;
        if (n > 1 && !HasLower(first)) return false; // acronym
        if (FunctionWords.Contains(first)) return true;
        if (words is null || words.Capitalised.Contains(first) || Names.IsTitle(first) || Names.FirstNameGender(first) != Gender.Unknown) return false;
        // "Campo Sereno's ...": a run of capitalised words is a name.
        if (n + 1 < s.Length && s[n] == ' ' && char.IsUpper(s[n + 1])) return false;
        // A common word: written in lower case elsewhere, or shaped like a plural, participle or adverb ("Firefighters", "Rising"),
        // or known in lower case from the treebank the language model learned from, and never there as a name ("Flood barriers").
        var lower = first.ToLowerInvariant();
        return words.Lower.Contains(lower)
            || n > 4 && (first.EndsWith('s') && !first.EndsWith("'s", StringComparison.Ordinal) && !first.EndsWith("ss", StringComparison.Ordinal) || first.EndsWith("ing", StringComparison.Ordinal) || first.EndsWith("ly", StringComparison.Ordinal))
            || words.CommonOpeners.Contains(first) || Language.LanguageModel.Shared.Lemmatizer.IsCommonWord(lower, first);
    }

    private static bool HasLower(string w)
    {
        foreach (var c in w) if (char.IsLower(c)) return true;
        return false;
    }

    private static string Capitalise(string s)
    {
        if (s.Length == 0 || !char.IsLower(s[0])) return s;
        var first = char.ToUpperInvariant(s[0]);
        return string.Concat(new ReadOnlySpan<char>(in first), s.AsSpan(1));
    }

    // The statement's first letter raised, surrounding space trimmed, cut at MaxLength: the buffer becomes the string.
    private static string Finish(StatementBuffer b)
    {
        if (b.Length > 0 && char.IsLower(b[0])) b[0] = char.ToUpperInvariant(b[0]);
        var span = b.Span;
        var start = span.Length - span.TrimStart().Length;
        var length = span[start..].TrimEnd().Length;
        if (length <= MaxLength) return b.ToStringAndReturn(start, length);
        var cut = string.Concat(span.Slice(start, MaxLength).TrimEnd(), "…");
        b.Return();
        return cut;
    }
}
