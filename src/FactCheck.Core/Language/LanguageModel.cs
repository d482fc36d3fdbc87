using System.Runtime.InteropServices;

namespace FactCheck.Core.Language;

/// <summary>
/// Tags, lemmatises and parses English sentences with the model trained on UD English EWT.
/// Thread-safe: the model is read-only and each thread parses in its own reused buffers.
/// </summary>
/// <example>
/// <code>
/// var s = LanguageModel.Shared.Parse(text, sentence.Start, sentence.End);
/// var root = s[s.Root];                       // "said"
/// var speaker = root.Child("nsubj");          // "Ruiz"
/// var content = root.Child("ccomp");          // "approved"
/// </code>
/// </example>
public sealed class LanguageModel
{
    private static readonly Lazy<LanguageModel> shared = new(ModelFile.LoadShipped);

    [ThreadStatic] private static Workspace? workspace;

    internal LanguageModel(Tagger tagger, Lemmatizer lemmatizer, DependencyParser parser, Relabeller? relabeller = null)
    {
        Tagger = tagger;
        Lemmatizer = lemmatizer;
        Parser = parser;
        Relabeller = relabeller;
    }

    /// <summary>The shipped model, loaded on first use and shared by every caller.</summary>
    public static LanguageModel Shared => shared.Value;

    internal Tagger Tagger { get; }

    internal Lemmatizer Lemmatizer { get; }

    internal DependencyParser Parser { get; }

    /// <summary>Names the relations again over the finished tree; null in models trained without it.</summary>
    internal Relabeller? Relabeller { get; }

    /// <summary>Tokenizes <c>text[start..end)</c> (one sentence) the way UD English EWT does, then tags and parses it.</summary>
    /// <param name="beamWidth">1 parses greedily (fastest); more keeps that many partial parses (more accurate, slower).</param>
    public ParsedSentence Parse(string text, int start, int end, int beamWidth = 1)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (start < 0 || end > text.Length || start > end) throw new ArgumentOutOfRangeException(nameof(start), "the range is outside the text");
        var ws = workspace ??= new Workspace();
        ws.Tokens.Clear();
        Tokenizer.Tokenize(text.AsSpan(), start, end, ws.Tokens);
        var n = ws.Tokens.Count;
        var forms = new string[n];
        var starts = new int[n];
        var ends = new int[n];
        for (var i = 0; i < n; i++)
        {
            var t = ws.Tokens[i];
            starts[i] = t.Start;
            ends[i] = t.End;
            forms[i] = text[t.Start..t.End];
        }
        return Analyze(ws, text, forms, starts, ends, beamWidth);
    }

    /// <summary>Tokenizes and parses a whole string as one sentence.</summary>
    public ParsedSentence Parse(string sentence) => Parse(sentence, 0, sentence.Length);

    /// <summary>Tags and parses words already split into UD tokens (e.g. from CoNLL-U); offsets index the words joined by spaces.</summary>
    /// <param name="beamWidth">1 parses greedily (fastest); more keeps that many partial parses (more accurate, slower).</param>
    public ParsedSentence Parse(IReadOnlyList<string> words, int beamWidth = 1)
    {
        ArgumentNullException.ThrowIfNull(words);
        var n = words.Count;
        var forms = new string[n];
        var starts = new int[n];
        var ends = new int[n];
        var at = 0;
        for (var i = 0; i < n; i++)
        {
            forms[i] = words[i];
            starts[i] = at;
            at += words[i].Length;
            ends[i] = at;
            at++;
        }
        return Analyze(workspace ??= new Workspace(), string.Join(' ', forms), forms, starts, ends, beamWidth);
    }

    private ParsedSentence Analyze(Workspace ws, string text, string[] forms, int[] starts, int[] ends, int beamWidth = 1)
    {
        var n = forms.Length;
        var tags = new int[n];
        var heads = new int[n];
        var labels = new int[n];
        if (n > 0) Analyze(ws, forms, tags, heads, labels, beamWidth);
        var tagSet = Tagger.Tags;
        var lemmas = new string[n];
        var upos = new string[n];
        var xpos = new string[n];
        var relations = new string[n];
        for (var i = 0; i < n; i++)
        {
            lemmas[i] = Lemma(forms[i], tags[i]);
            upos[i] = tagSet.Upos[tags[i]];
            xpos[i] = tagSet.Xpos[tags[i]];
            relations[i] = Parser.Relations[labels[i]];
        }
        return new ParsedSentence(text, forms, starts, ends, lemmas, upos, xpos, heads, relations);
    }

    /// <summary>
    /// The hot path: tag ids, 0-based heads (−1 for the root) and relation ids for <paramref name="forms"/>,
    /// with no allocation once the thread's buffers have grown to the sentence length.
    /// </summary>
    internal void Analyze(ReadOnlySpan<string> forms, Span<int> tags, Span<int> heads, Span<int> labels) =>
        Analyze(workspace ??= new Workspace(), forms, tags, heads, labels);

    private void Analyze(Workspace ws, ReadOnlySpan<string> forms, Span<int> tags, Span<int> heads, Span<int> labels, int beamWidth = 1)
    {
        var n = forms.Length;
        ws.Ensure(n);
        var words = ws.Words.AsSpan(0, n);
        for (var i = 0; i < n; i++) words[i] = WordInfo.Of(forms[i]);
        Tagger.Tag(words, tags);
        TagRepairs.Apply(forms, tags, Tagger.Tags);
        var norms = ws.Norms.AsSpan(0, n + 1);
        var rooted = ws.RootedTags.AsSpan(0, n + 1);
        for (var i = 0; i < n; i++)
        {
            norms[i + 1] = words[i].Norm;
            rooted[i + 1] = tags[i];
        }
        var state = ws.State;
        if (beamWidth > 1)
        {
            if (ws.Beam?.Width != beamWidth) ws.Beam = new BeamSearch(beamWidth);
            state = Parser.Parse(ws.Beam, norms, rooted);
        }
        else Parser.Parse(state, norms, rooted, Relabeller is null ? default : ws.ArcScores(n, Parser.Relations.Count));
        if (Relabeller is not null)
            Relabeller.Relabel(ws.Links, norms, rooted, state.Head, state.Label, beamWidth > 1 ? default : ws.ArcScores(n, Parser.Relations.Count), ws.Scratch);
        for (var i = 0; i < n; i++)
        {
            heads[i] = state.Head[i + 1] - 1;
            labels[i] = state.Label[i + 1];
        }
        TreeRepairs.Apply(tags, heads, labels, Tagger.Tags, Parser.Relations);
    }

    /// <summary>The lemma of a form with a tag id (curly apostrophes read as straight ones).</summary>
    internal string Lemma(string form, int tag)
    {
        if (form.AsSpan().IndexOfAny('\u2019', '\u2018') < 0) return Lemmatizer.Lemma(form, tag, form);
        var straight = form.Replace('\u2019', '\'').Replace('\u2018', '\'');
        var lemma = Lemmatizer.Lemma(straight, tag, straight);
        return lemma == straight ? form : lemma;
    }

    private sealed class Workspace
    {
        public WordInfo[] Words = [];
        public ulong[] Norms = [];
        public int[] RootedTags = [];
        public readonly ParseState State = new();
        public BeamSearch? Beam;
        public readonly List<Text.TextSpan> Tokens = [];
        public readonly TreeLinks Links = new();
        public int[] Scratch = [];
        private int[] arcScores = [];

        /// <summary>Room for the parser's relation scores of every word of an <paramref name="n"/>-word sentence.</summary>
        public Span<int> ArcScores(int n, int relations)
        {
            var size = (n + 1) * relations;
            if (arcScores.Length < size) arcScores = new int[Math.Max(size, arcScores.Length * 2)];
            return arcScores.AsSpan(0, size);
        }

        public void Ensure(int n)
        {
            if (Words.Length >= n) return;
            var size = Math.Max(n, Words.Length * 2);
            Words = new WordInfo[size];
            Norms = new ulong[size + 1];
            RootedTags = new int[size + 1];
            Scratch = new int[size + 1];
        }
    }
}
