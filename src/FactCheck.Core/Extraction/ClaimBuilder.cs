using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction;

/// <summary>Turns attributions and own-voice sentences into claims with standalone statements and figures.</summary>
internal static class ClaimBuilder
{
    public static List<ExtractedClaim> Build(RepairedText text, List<Attribution> attributions, List<SentenceRecord> sentences, CancellationToken cancellationToken, WordPool? pool = null,
        HashSet<string>? commonOpeners = null)
    {
        var a = text.Analysis;
        foreach (var at in attributions)
        {
            at.Direct = at.Content.Count > 0 && AllQuoted(a, at);
            foreach (var r in at.Records) r.AddOwner(at);
        }
        var figuresOf = new Dictionary<Attribution, List<Figure>>();
        var words = attributions.Count > 0 ? StatementWriter.WordCase.Of(a, commonOpeners) : null;
        // Claims are put in order before they are made, so each is made once, with its final id.
        // About one claim a sentence: sized once rather than grown by doubling (a megabyte of text makes ten thousand).
        var drafts = new List<Draft>(sentences.Count + attributions.Count);
        for (var n = 0; n < sentences.Count; n++)
        {
            if ((n & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            var s = sentences[n];
            if (s.Owners.Count > 0)
            {
                // "X kept its rate at 4.25%, saying ...": the clause in the outlet's own voice beside the attribution is a
                // claim of its own, with its figures.
                var own = s.Clauses is { } ownClauses ? text.ToOriginal(ownClauses[0].Clause) : (TextSpan?)null;
                if (own is { } o)
                {
                    if (FiguresIn(s, o).Count > 0) drafts.Add(new Draft(o.Start, ClaimKind.Figure, n, 0, Clause: true));
                    else if (s.Clauses![0].LooksFactual) drafts.Add(new Draft(o.Start, ClaimKind.Fact, n, 0, Clause: true));
                }
                // A figure in an attributed sentence belongs to the attribution whose content holds it.
                for (var k = 0; k < s.Figures.Count; k++)
                {
                    var f = s.Figures[k];
                    if (own is { } inOwn && inOwn.Start <= f.Span.Start && f.Span.End <= inOwn.End) continue;
                    var owner = OwnerOf(text, s.Owners, f) ?? s.Owners[0];
                    if (!figuresOf.TryGetValue(owner, out var list)) figuresOf[owner] = list = [];
                    list.Add(f);
                }
                continue;
            }
            if (s.Clauses is { } clauses)
            {
                // One claim per whole clause: a figure claim with the clause's figures, or a fact claim.
                for (var c = 0; c < clauses.Count; c++)
                {
                    var original = text.ToOriginal(clauses[c].Clause);
                    if (FiguresIn(s, original).Count > 0) drafts.Add(new Draft(original.Start, ClaimKind.Figure, n, c, Clause: true));
                    else if (clauses[c].LooksFactual) drafts.Add(new Draft(original.Start, ClaimKind.Fact, n, c, Clause: true));
                }
                continue;
            }
            if (s.Figures.Count > 0)
            {
                // A parsed sentence that is one clause is one checkable unit, whatever the number of its figures.
                if (s.Parsed) drafts.Add(new Draft(s.Original.Start, ClaimKind.Figure, n, -1));
                else for (var k = 0; k < s.Figures.Count; k++) drafts.Add(new Draft(s.Original.Start, ClaimKind.Figure, n, k));
                continue;
            }
            if (s.LooksFactual) drafts.Add(new Draft(s.Original.Start, ClaimKind.Fact, n, 0));
        }
        for (var n = 0; n < attributions.Count; n++)
        {
            var at = attributions[n];
            drafts.Add(new Draft(text.ToOriginal(at.Sentence.Start, Math.Max(at.Sentence.End, at.LastSentence.End)).Start, ClaimKind.Attribution, n, 0));
        }

        drafts.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : KindOrder(x.Kind).CompareTo(KindOrder(y.Kind)));
        var claims = new List<ExtractedClaim>(drafts.Count);
        foreach (var d in drafts)
        {
            if ((claims.Count & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            var id = $"c{claims.Count + 1}";
            claims.Add(d.Kind switch
            {
                ClaimKind.Attribution => AttributionClaim(id, text, attributions[d.Source], figuresOf, words, pool),
                ClaimKind.Figure when d.Clause => ClauseClaim(id, text, sentences[d.Source], d.Figure, ClaimKind.Figure),
                ClaimKind.Figure when d.Figure < 0 => SentenceFiguresClaim(id, text, sentences[d.Source]),
                ClaimKind.Figure => FigureClaim(id, text, sentences[d.Source], d.Figure),
                _ when d.Clause => ClauseClaim(id, text, sentences[d.Source], d.Figure, ClaimKind.Fact),
                _ => FactClaim(id, text, sentences[d.Source]),
            });
        }
        return claims;
    }

    /// <summary>A claim to make: where it starts in the original, its kind, and the sentence (and figure) or attribution it comes from.</summary>
    /// <remarks><paramref name="Figure"/> is a figure index, −1 for all the sentence's figures, or a clause index when <paramref name="Clause"/>.</remarks>
    private readonly record struct Draft(int Start, ClaimKind Kind, int Source, int Figure, bool Clause = false);

    private static ExtractedClaim FigureClaim(string id, RepairedText text, SentenceRecord s, int figure)
    {
        var f = s.Figures[figure];
        var focus = new TextSpan(text.ToAnalysis(f.Span.Start), text.ToAnalysis(f.Span.End));
        return new ExtractedClaim
        {
            Id = id,
            Kind = ClaimKind.Figure,
            Statement = StatementWriter.ForSentence(text, s, focus, s.Figures),
            Span = s.Original,
            Figures = [f],
            Sourced = false,
            CheckWorthiness = FigureWorthiness(f),
        };
    }

    private static List<Figure> FiguresIn(SentenceRecord s, TextSpan original)
    {
        var list = new List<Figure>();
        foreach (var f in s.Figures) if (original.Start <= f.Span.Start && f.Span.End <= original.End) list.Add(f);
        return list;
    }

    // A clause of an own-voice sentence: its words (with the shared subject when it starts with its verb), its figures.
    private static ExtractedClaim ClauseClaim(string id, RepairedText text, SentenceRecord s, int clause, ClaimKind kind)
    {
        var c = s.Clauses![clause];
        var original = text.ToOriginal(c.Clause);
        var figures = FiguresIn(s, original);
        return new ExtractedClaim
        {
            Id = id,
            Kind = kind,
            Statement = StatementWriter.ForClause(text, s, c.Clause, c.SharedSubject, figures),
            Span = original,
            Figures = figures,
            Sourced = false,
            CheckWorthiness = kind == ClaimKind.Figure ? figures.Max(FigureWorthiness) : c.FactWorthiness,
        };
    }

    // A sentence that is one clause with several figures: one claim holding them all.
    private static ExtractedClaim SentenceFiguresClaim(string id, RepairedText text, SentenceRecord s) => new()
    {
        Id = id,
        Kind = ClaimKind.Figure,
        Statement = StatementWriter.ForClause(text, s, s.Analysis, null, s.Figures),
        Span = s.Original,
        Figures = [.. s.Figures],
        Sourced = false,
        CheckWorthiness = s.Figures.Max(FigureWorthiness),
    };

    private static ExtractedClaim FactClaim(string id, RepairedText text, SentenceRecord s) => new()
    {
        Id = id,
        Kind = ClaimKind.Fact,
        Statement = StatementWriter.ForSentence(text, s, null, []),
        Span = s.Original,
        Sourced = false,
        CheckWorthiness = s.FactWorthiness,
    };

    private static ExtractedClaim AttributionClaim(string id, RepairedText text, Attribution at, Dictionary<Attribution, List<Figure>> figuresOf,
        StatementWriter.WordCase? words, WordPool? pool)
    {
        var figures = figuresOf.TryGetValue(at, out var fl) ? fl : [];
        var span = text.ToOriginal(at.Sentence.Start, Math.Max(at.Sentence.End, at.LastSentence.End));
        return new ExtractedClaim
        {
            Id = id,
            Kind = ClaimKind.Attribution,
            Statement = StatementWriter.ForAttribution(text, at, figures, words),
            Span = span,
            Speaker = at.Speaker is { } sp ? new Speaker(sp.Name, OriginalText(text, sp.Mention, pool), text.ToOriginal(sp.Mention)) : null,
            Cue = at.CueSpan is { } cs ? new Cue(OriginalText(text, cs, pool), text.ToOriginal(cs)) : null,
            Content = ToOriginal(text, at.Content),
            Direct = at.Direct,
            Figures = figures,
            Sourced = at.Speaker is not null,
            CheckWorthiness = AttributionWorthiness(at, figures.Count),
            Rule = at.Rule,
        };
    }

    // The original words of an analysis span; shared through the pool, since speakers and cues repeat ("she", "said").
    private static string OriginalText(RepairedText text, TextSpan analysis, WordPool? pool)
    {
        var original = text.ToOriginal(analysis);
        return pool is null ? original.Slice(text.Original) : pool.Get(text.Original.AsSpan(original.Start, original.Length));
    }

    private static bool AllQuoted(string a, Attribution at)
    {
        foreach (var c in at.Content)
            if (!(IsQuotation(a, c) || at.IsQuotedSentence(c))) return false;
        return true;
    }

    // The first attribution whose content holds the figure.
    private static Attribution? OwnerOf(RepairedText text, IReadOnlyList<Attribution> owners, Figure f)
    {
        for (var k = 0; k < owners.Count; k++)
            foreach (var c in owners[k].Content)
                if (text.ToOriginal(c).Overlaps(f.Span)) return owners[k];
        return null;
    }

    private static List<TextSpan> ToOriginal(RepairedText text, List<TextSpan> spans)
    {
        var original = new List<TextSpan>(spans.Count);
        foreach (var span in spans) original.Add(text.ToOriginal(span));
        return original;
    }

    private static int KindOrder(ClaimKind k) => k switch { ClaimKind.Attribution => 0, ClaimKind.Figure => 1, _ => 2 };

    // A quotation: the content opens with a quotation mark and has no unquoted stretch after it closes.
    private static bool IsQuotation(string a, TextSpan c)
    {
        if (c.Length < 2 || a[c.Start] != '"') return false;
        var marks = 0;
        for (var i = c.Start; i < c.End; i++) if (a[i] == '"') marks++;
        if (marks == 1) return true;
        var last = c.End - 1;
        while (last > c.Start && a[last] is '.' or ',' or ' ' or '!' or '?') last--;
        return marks == 2 && a[last] == '"';
    }

    private static double FigureWorthiness(Figure f)
    {
        var w = 0.75;
        if (f.Qualifier is not null) w += 0.05;
        if (f.Measure is not null) w += 0.1;
        return Math.Round(Math.Clamp(w, 0, 1), 2);
    }

    private static double AttributionWorthiness(Attribution at, int figures)
    {
        var w = at.Kind switch { CueKind.Speech => 0.55, CueKind.Evidence => 0.65, _ => 0.3 };
        if (figures > 0) w += 0.25;
        if (at.Speaker is { IsPerson: true }) w += 0.05;
        if (at.Speaker is null) w -= 0.1;
        return Math.Round(Math.Clamp(w, 0, 1), 2);
    }
}
