using FactCheck.Core.Extraction.Figures;
using FactCheck.Core.Language;
using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction;

/// <summary>
/// The built-in rule-based extractor: layout → repaired text → sentences → attributions and speakers →
/// attribution, figure and fact claims. Deterministic, linear in the input, every span in the original text.
/// </summary>
/// <param name="useParse">Read sentences with the trained parser too (the default); false gives the pattern-only extractor, for comparison.</param>
public sealed class ClaimExtractor(bool useParse = true) : IClaimExtractor
{
    // Longer "sentences" (text without punctuation) are read by the patterns only: the parse is for prose.
    private const int MaxParsedSentence = 1_500;

    // The parser reads the first 200,000 characters of sentences (a long news story holds 20,000-50,000); past them the
    // patterns alone find claims, so a megabyte of hostile text costs bounded parsing time.
    private const int MaxParsedChars = 200_000;

    public ExtractionResult Extract(string text, DateOnly? published = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var layout = LayoutAnalyzer.Analyze(text, published);
        var articleDate = published ?? layout.Dateline?.Date;
        // Body sentences come from paragraphs; the headline is read too, since headlines carry the claims
        // readers remember ("Minister says ..."). Bylines, captions and datelines are not claims.
        var paragraphBlocks = layout.Blocks.Where(b => b.Kind is BlockKind.Paragraph or BlockKind.Headline).Select(b => b.Span).ToList();
        var headlineRange = layout.Blocks.Count > 0 && layout.Blocks[0].Kind == BlockKind.Headline ? 0 : -1;
        var repaired = TextRepairer.Repair(text, paragraphBlocks, out var ranges);
        var a = repaired.Analysis;

        var resolver = new SpeakerResolver();
        var finder = new AttributionFinder(resolver);
        var parsedFinder = new ParsedAttributionFinder(resolver);
        var corrections = new ParseCorrections(resolver);

        // Sized for news prose (a sentence every 100 or so characters, an attribution every other one), so a long text does
        // not grow them by doubling many times; capped so a huge hostile text asks for no more than it will use.
        var expectedSentences = Math.Min(a.Length / 100, 200_000) + 8;
        var attributions = new List<Attribution>(expectedSentences / 2);
        var sentences = new List<SentenceRecord>(expectedSentences);
        Attribution? carried = null; // a quotation left open at the end of the previous paragraph
        ResolvedSpeaker? lastSpeaker = null;
        List<Attribution>? headlineAttributions = null;
        var tokenBuffer = new List<Token>(256);
        var parsedChars = 0;
        var words = new WordPool();
        var figureTokens = new Tokens(words);
        var figureScratch = new List<Figure>();
        var commonOpeners = new HashSet<string>(StringComparer.Ordinal);

        for (var p = 0; p < ranges.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var range = ranges[p];
            var quotes = QuoteScanner.Scan(a, range);
            Attribution? paragraphQuote = carried is not null && range.Length > 0 && a[range.Start] == '"' ? carried : null;
            var continued = paragraphQuote;
            carried = null;
            var pending = new List<TextSpan>();
            var pendingRecords = new List<SentenceRecord>();
            finder.HeadlineBody = p == headlineRange && p + 1 < ranges.Count ? a.AsMemory(ranges[p + 1].Start) : (ReadOnlyMemory<char>?)null;
            foreach (var s in Sentences(a, range, headline: p == headlineRange))
            {
                var tokens = Tokenizer.Tokenize(a, s, quotes, tokenBuffer, words);
                var found = finder.Find(a, s, tokens);
                var parse = useParse && s.Length <= MaxParsedSentence && parsedChars < MaxParsedChars && !IsWhollyQuoted(tokens) ? LanguageModel.Shared.Parse(a, s.Start, s.End) : null;
                if (parse is not null)
                {
                    parsedChars += s.Length;
                    if (CommonOpener(parse) is { } opener) commonOpeners.Add(opener);
                }
                // What the parse adds joins the sentence's attributions only at the end: the quotation and frame logic
                // below decides on what the patterns found, as it always has.
                List<Attribution>? fromParse = null;
                if (parse is not null)
                {
                    AttributionMerger.TrimToParse(a, found, parse);
                    AttributionMerger.ExtendToPredicate(a, found, parse);
                    AttributionMerger.DropPassiveCoordinates(a, found, parse);
                    corrections.Apply(a, found, parse, tokens);
                    fromParse = parsedFinder.Find(a, s, parse, tokens);
                    AttributionMerger.DropPassiveCoordinates(a, fromParse, parse);
                    AttributionMerger.SplitCoordinated(a, found, fromParse);
                }
                var wholeQuote = IsWhollyQuoted(tokens);
                var original = repaired.ToOriginal(s);
                var figures = FigureFinder.Find(text, original, articleDate, figureTokens, figureScratch);
                var record = new SentenceRecord(s, original, figures)
                {
                    SubjectPronoun = SubjectPronoun(resolver, tokens, found),
                    IsQuestion = IsQuestion(a, s),
                    LooksFactual = found.Count == 0 && !wholeQuote && FactHeuristics.IsCheckableFact(tokens, IsQuestion(a, s)),
                    FactWorthiness = FactHeuristics.Worthiness(tokens),
                };
                sentences.Add(record);
                if (parse is not null && found.Count == 0 && fromParse is not { Count: > 0 } && !wholeQuote)
                {
                    record.Parsed = true;
                    record.Clauses = Clauses(a, s, parse, tokens);
                }
                if (found.Count == 0 && wholeQuote)
                {
                    record.Attributed = true;
                    // A quotation running on into the next sentence waits: its frame ("..., she said") usually follows.
                    var q = QuoteAt(quotes, tokens[0].Start);
                    pending.Add(s);
                    pendingRecords.Add(record);
                    if (!(q is { Open: false } && q.Value.End > s.End)) Flush();
                }
                else if (pending.Count > 0)
                {
                    var q = QuoteAt(quotes, pending[0].Start);
                    var target = q is { } quote ? found.Find(f => f.Content.Count > 0 && quote.Start <= f.Content[0].Start && f.Content[0].Start < quote.End) : null;
                    if (target is not null)
                    {
                        target.Content[0] = new TextSpan(pending[0].Start, target.Content[0].End);
                        target.Sentence = pending[0];
                        target.Records.AddRange(pendingRecords);
                        pending.Clear();
                        pendingRecords.Clear();
                    }
                    else Flush();
                }
                if (found.Count == 0 && !wholeQuote && paragraphQuote is { CueSpan: null } unframed && attributions.Count > 0 && attributions[^1] == unframed
                    && a.AsSpan(unframed.LastSentence.End, Math.Max(0, s.Start - unframed.LastSentence.End)).IsWhiteSpace() && finder.FrameOnly(tokens) is { } frame)
                {
                    // "\"Is this a priority?\" Okafor said.": the question mark ended the quotation's sentence; this one frames it.
                    var framed = new Attribution { Content = unframed.Content, CueSpan = frame.Cue.Span, CueText = frame.Cue.Text, Speaker = frame.Speaker, Sentence = unframed.Sentence, LastSentence = s, Kind = CueKind.Speech };
                    framed.QuotedSentences.UnionWith(unframed.QuotedSentences);
                    framed.Records.AddRange(unframed.Records);
                    framed.Records.Add(record);
                    record.Attributed = true;
                    attributions[^1] = framed;
                    paragraphQuote = framed;
                    lastSpeaker = frame.Speaker;
                    resolver.Observe(tokens);
                    continue;
                }
                // "Mayor Okafor said:" closing a paragraph: the quotation that follows is hers.
                // "President Ruiz released the following statement:" likewise names the speaker of what follows.
                if (found.Count == 0 && !wholeQuote && tokens.Count > 0 && tokens[^1].Is(":"))
                {
                    if (finder.FrameOnly(tokens) is { } colonFrame) lastSpeaker = colonFrame.Speaker;
                    else if (IntroducesWords(tokens) && finder.SentenceSubject(tokens) is { } introducer) lastSpeaker = introducer;
                }
                if (found.Count == 0 && !wholeQuote) found.AddRange(QuotedPhrases(a, s, quotes, finder.SentenceSubject(tokens) ?? lastSpeaker));
                if (fromParse is not null)
                {
                    AttributionMerger.AddMissing(a, found, fromParse);
                    parsedFinder.FillSpeakers(found, parse!, tokens);
                    ParseCorrections.SplitCoordinatedCues(a, found, parse!);
                    InTextOrder(found);
                    if (!wholeQuote && OwnVoiceClauses.BeforeParticipleFrame(a, s, found, parse!) is { } main)
                        record.Clauses = [ClauseOf(main, null, tokens)];
                }
                AttributionMerger.QuotationAfterColon(a, found);
                if (p == headlineRange) (headlineAttributions ??= []).AddRange(found);
                foreach (var at in found)
                {
                    // The frame of a quotation opened in an earlier paragraph names its speaker: one attribution.
                    if (paragraphQuote is { CueSpan: null } open && open == continued && at.Content.Count > 0 && at.Content[0].Start == range.Start)
                    {
                        at.Content.InsertRange(0, open.Content);
                        at.QuotedSentences.UnionWith(open.QuotedSentences);
                        at.Records.AddRange(open.Records);
                        at.Sentence = open.Sentence;
                        attributions.Remove(open);
                        continued = null;
                    }
                    attributions.Add(at);
                    at.Records.Add(record);
                    record.Attributed = true;
                    if (at.Speaker is not null) lastSpeaker = at.Speaker;
                    if (at.Content.Any(c => ContainsQuote(a, c))) paragraphQuote = at;
                }
                resolver.Observe(tokens);
            }
            Flush();
            if (quotes.Count > 0 && quotes[^1].Open && paragraphQuote is not null) carried = paragraphQuote;

            // Unframed quoted sentences continue the paragraph's quotation, or start one for the last speaker.
            void Flush()
            {
                if (pending.Count == 0) return;
                if (paragraphQuote is not null)
                {
                    paragraphQuote.Content.AddRange(pending);
                    paragraphQuote.QuotedSentences.UnionWith(pending);
                    paragraphQuote.Records.AddRange(pendingRecords);
                    paragraphQuote.LastSentence = pending[^1];
                }
                else if (pending.Sum(span => WordCount(a, span)) < 2)
                {
                    // A lone quoted word ("Related:", "Everything.") with no frame is a label or an echo, not a statement.
                }
                else
                {
                    paragraphQuote = new Attribution { Content = [.. pending], Speaker = lastSpeaker, Sentence = pending[0], LastSentence = pending[^1], Kind = CueKind.Speech };
                    paragraphQuote.QuotedSentences.UnionWith(pending);
                    paragraphQuote.Records.AddRange(pendingRecords);
                    attributions.Add(paragraphQuote);
                }
                pending.Clear();
                pendingRecords.Clear();
            }
            progress?.Report((p + 1) / (double)Math.Max(1, ranges.Count));
        }
        if (ranges.Count == 0) progress?.Report(1);

        // A description in the headline ("Unity leader vows ...") names someone the article introduces only later.
        if (headlineAttributions is not null)
            for (var k = 0; k < attributions.Count; k++)
                if (headlineAttributions.Contains(attributions[k]) && attributions[k].Speaker is { IsPronoun: false } sp && resolver.Later(sp) is { } later)
                    attributions[k] = attributions[k].WithSpeaker(later);

        // The same words found twice ("\"Q,\" he recalled, telling ..." read as two frames of one quotation): one claim.
        var seen = new HashSet<List<TextSpan>>(attributions.Count, SpanListComparer.Instance);
        attributions.RemoveAll(at => at.Content.Count > 0 && !seen.Add(at.Content));
        var claims = ClaimBuilder.Build(repaired, attributions, sentences, cancellationToken, words, commonOpeners);
        return new ExtractionResult(layout.Title, published ?? layout.Dateline?.Date, layout.Dateline, layout.Blocks, claims);
    }

    /// <summary>
    /// The sentence's first word when the parse reads it as a common word ("Unemployment stood at 7.9%"): its capital is
    /// the sentence's, so a statement that moves it after the frame writes it in lower case.
    /// </summary>
    private static string? CommonOpener(ParsedSentence parse)
    {
        for (var i = 0; i < parse.Count && i < 3; i++)
        {
            var t = parse[i];
            if (t.Upos == "PUNCT") continue;
            return t.Upos is "NOUN" or "ADJ" or "ADV" or "VERB" && t.Form.Length > 1 && char.IsUpper(t.Form[0]) && t.Form.Skip(1).All(char.IsLower) ? t.Form : null;
        }
        return null;
    }

    /// <summary>The sentences of a paragraph; a headline's parts separated by semicolons are sentences of their own.</summary>
    private static IEnumerable<TextSpan> Sentences(string a, TextSpan range, bool headline)
    {
        foreach (var s in SentenceSplitter.Split(a, range))
        {
            if (!headline) { yield return s; continue; }
            var start = s.Start;
            for (var i = s.Start; i < s.End; i++)
            {
                if (a[i] != ';') continue;
                var end = i;
                while (end > start && a[end - 1] == ' ') end--;
                if (end > start) yield return new TextSpan(start, end);
                start = i + 1;
                while (start < s.End && a[start] == ' ') start++;
            }
            if (start < s.End) yield return new TextSpan(start, s.End);
        }
    }

    /// <summary>The whole clauses of an own-voice sentence, each with its own fact test; null when it is one clause.</summary>
    private static ClauseRecord ClauseOf(TextSpan clause, TextSpan? sharedSubject, List<Token> tokens)
    {
        var part = new List<Token>();
        foreach (var t in tokens) if (t.Start >= clause.Start && t.End <= clause.End) part.Add(t);
        return new ClauseRecord(clause, sharedSubject, FactHeuristics.IsCheckableFact(part, false), FactHeuristics.Worthiness(part));
    }

    private static List<ClauseRecord>? Clauses(string a, TextSpan s, ParsedSentence parse, List<Token> tokens)
    {
        var split = OwnVoiceClauses.Split(a, s, parse);
        if (split.Count < 2) return null;
        var records = new List<ClauseRecord>(split.Count);
        var part = new List<Token>();
        foreach (var c in split) records.Add(ClauseOf(c.Clause, c.SharedSubject, tokens));
        return records;
    }

    // A quoted phrase of several words in a sentence without a cue still quotes someone ("the so-called
    // \"war on coal\" ..."); it is an attribution whose source the reviewer has to find.
    private static IEnumerable<Attribution> QuotedPhrases(string a, TextSpan s, List<Quotation> quotes, ResolvedSpeaker? speaker)
    {
        // Binary search for the first quotation ending after the sentence start: linear even with many quotes.
        int q = 0, hi = quotes.Count;
        while (q < hi)
        {
            var mid = (q + hi) >>> 1;
            if (quotes[mid].End <= s.Start) q = mid + 1; else hi = mid;
        }
        for (; q < quotes.Count && quotes[q].Start < s.End; q++)
        {
            var quote = quotes[q];
            var span = new TextSpan(Math.Max(quote.Start, s.Start), Math.Min(quote.End, s.End));
            var words = 0;
            for (var i = span.Start; i < span.End; i++) if (a[i] == ' ') words++;
            if (words < 3 || IsTitleAsNoun(a, span, s)) continue;
            yield return new Attribution { Content = [span], Speaker = speaker, Sentence = s, LastSentence = s, Kind = CueKind.Speech };
        }
    }

    // "aired on \"The Evening Harbour Show\"", "the founder of \"Dockers for Fair Pay\"", "Smith's \"The Long Strike\"": a quoted
    // title in Title Case, governed by a preposition or a possessive, names a work or a group; nobody is quoted.
    private static bool IsTitleAsNoun(string a, TextSpan span, TextSpan sentence)
    {
        int longWords = 0, capitalised = 0;
        for (var i = span.Start; i < span.End; i++)
        {
            if (!char.IsLetter(a[i]) || i > span.Start && char.IsLetterOrDigit(a[i - 1])) continue;
            var e = i;
            while (e < span.End && (char.IsLetterOrDigit(a[e]) || a[e] is '\'' or '’' or '-')) e++;
            if (e - i >= 4)
            {
                longWords++;
                if (char.IsUpper(a[i])) capitalised++;
            }
        }
        if (longWords < 2 || capitalised < longWords) return false;
        var p = span.Start - 1;
        while (p >= sentence.Start && char.IsWhiteSpace(a[p])) p--;
        var end = p + 1;
        while (p >= sentence.Start && (char.IsLetter(a[p]) || a[p] is '\'' or '’')) p--;
        var before = a[(p + 1)..end];
        return before is "of" or "on" or "in" or "at" or "from" or "for" or "with" or "and"
            || before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("’s", StringComparison.Ordinal);
    }

    private static int WordCount(string a, TextSpan s)
    {
        var words = 0;
        for (var i = s.Start; i < s.End; i++)
            if (char.IsLetterOrDigit(a[i]) && (i == s.Start || !char.IsLetterOrDigit(a[i - 1]) && a[i - 1] is not '\'' and not '’' and not '-')) words++;
        return words;
    }

    private static bool IsQuestion(string a, TextSpan s) => a[s.End - 1] == '?' || s.Length >= 2 && a[s.End - 2] == '?' && a[s.End - 1] == '"';

    private static Quotation? QuoteAt(List<Quotation> quotes, int index)
    {
        int lo = 0, hi = quotes.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (quotes[mid].End <= index) lo = mid + 1; else hi = mid;
        }
        return lo < quotes.Count && quotes[lo].Start <= index ? quotes[lo] : null;
    }

    /// <summary>What the parse added joins at the end; a sentence's attributions are listed in the order they were said.</summary>
    private static void InTextOrder(List<Attribution> found)
    {
        if (found.Count < 2) return;
        var ordered = found.OrderBy(f => f.Content.Count > 0 ? f.Content[0].Start : f.CueSpan?.Start ?? 0).ToList();
        found.Clear();
        found.AddRange(ordered);
    }

    private static bool IsWhollyQuoted(List<Token> tokens)
    {
        var words = 0;
        foreach (var t in tokens)
        {
            if (!t.IsWord) continue;
            if (!t.InQuote) return false;
            words++;
        }
        return words > 0;
    }

    // A speech verb or a word for a statement before the closing colon: "echoed:", "released the following statement:".
    private static bool IntroducesWords(List<Token> tokens)
    {
        foreach (var t in tokens)
        {
            if (!t.IsWord || t.InQuote || !char.IsLower(t.Text[0])) continue;
            if (t.Text is "statement" or "message" or "words" or "remarks" or "response" or "reply" or "tweet" or "post") return true;
            if (!CueLexicon.IsNounLike(t.Text) && CueLexicon.TryGet(t.Text, out _, out var kind) && kind == CueKind.Speech) return true;
        }
        return false;
    }

    private static bool ContainsQuote(string a, TextSpan s) => a.AsSpan(s.Start, s.Length).Contains('"');

    // "He announced ..." in the article's own voice: remember who "he" is for the standalone statement.
    private static (TextSpan, string)? SubjectPronoun(SpeakerResolver resolver, List<Token> tokens, List<Attribution> found)
    {
        if (tokens.Count == 0 || found.Count > 0 || !tokens[0].IsWord || tokens[0].InQuote) return null;
        if (tokens[0].Text is not ("He" or "She" or "They")) return null;
        var r = resolver.Resolve(tokens, 0, 1);
        return r is null || r.Name == tokens[0].Text ? null : (tokens[0].Span, r.Name);
    }
}
