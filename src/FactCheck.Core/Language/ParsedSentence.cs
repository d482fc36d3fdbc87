using FactCheck.Core.Text;

namespace FactCheck.Core.Language;

/// <summary>
/// A tagged, lemmatised and parsed sentence. Word offsets point into <see cref="Text"/>: the caller's own
/// string when parsed from raw text; the words joined by single spaces when parsed from a word list.
/// Every sentence is one tree: exactly one word has head −1.
/// </summary>
public sealed class ParsedSentence
{
    private readonly string[] forms;
    private readonly int[] starts, ends, heads;
    private readonly string[] lemmas, upos, xpos, relations;
    private int[]? firstChild, nextSibling, subtreeFirst, subtreeLast;

    internal ParsedSentence(string text, string[] forms, int[] starts, int[] ends, string[] lemmas, string[] upos, string[] xpos,
        int[] heads, string[] relations)
    {
        Text = text;
        this.forms = forms;
        this.starts = starts;
        this.ends = ends;
        this.lemmas = lemmas;
        this.upos = upos;
        this.xpos = xpos;
        this.heads = heads;
        this.relations = relations;
        Root = Array.IndexOf(heads, -1);
    }

    /// <summary>The string the word offsets index into.</summary>
    public string Text { get; }

    public int Count => forms.Length;

    /// <summary>Index of the root word.</summary>
    public int Root { get; }

    public ParsedToken this[int index] =>
        (uint)index < (uint)forms.Length ? new ParsedToken(this, index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerable<ParsedToken> Tokens
    {
        get
        {
            for (var i = 0; i < forms.Length; i++) yield return new ParsedToken(this, i);
        }
    }

    /// <summary>The character range from the first word's start to the last word's end.</summary>
    public TextSpan Span => forms.Length == 0 ? default : new TextSpan(starts[0], ends[^1]);

    internal string FormAt(int i) => forms[i];
    internal int StartAt(int i) => starts[i];
    internal int EndAt(int i) => ends[i];
    internal string LemmaAt(int i) => lemmas[i];
    internal string UposAt(int i) => upos[i];
    internal string XposAt(int i) => xpos[i];
    internal int HeadAt(int i) => heads[i];
    internal string RelationAt(int i) => relations[i];

    internal ChildTokens ChildrenOf(int i)
    {
        Index();
        return new ChildTokens(this, firstChild![i]);
    }

    internal int NextSiblingOf(int c) => nextSibling![c];

    internal ParsedToken? ChildOf(int i, string relation)
    {
        Index();
        var universal = !relation.Contains(':');
        for (var c = firstChild![i]; c >= 0; c = nextSibling![c])
        {
            var r = relations[c];
            if (r == relation || universal && r.Length > relation.Length && r[relation.Length] == ':' && r.StartsWith(relation, StringComparison.Ordinal))
                return new ParsedToken(this, c);
        }
        return null;
    }

    internal int SubtreeFirstAt(int i) { Index(); return subtreeFirst![i]; }

    internal int SubtreeLastAt(int i) { Index(); return subtreeLast![i]; }

    internal bool IsUnder(int i, int ancestor)
    {
        for (var steps = 0; i >= 0 && steps <= forms.Length; steps++, i = heads[i])
            if (i == ancestor) return true;
        return false;
    }

    /// <summary>Children lists and subtree ranges, built on first use.</summary>
    private void Index()
    {
        if (subtreeLast is not null) return;
        var n = forms.Length;
        var first = new int[n];
        var next = new int[n];
        var lo = new int[n];
        var hi = new int[n];
        Array.Fill(first, -1);
        Array.Fill(next, -1);
        for (var i = n - 1; i >= 0; i--)
        {
            lo[i] = hi[i] = i;
            if (heads[i] < 0) continue;
            next[i] = first[heads[i]];
            first[heads[i]] = i;
        }
        for (var i = 0; i < n; i++)
        {
            for (int a = heads[i], steps = 0; a >= 0 && steps < n; a = heads[a], steps++)
            {
                if (i < lo[a]) lo[a] = i;
                if (i > hi[a]) hi[a] = i;
            }
        }
        firstChild = first;
        nextSibling = next;
        subtreeFirst = lo;
        subtreeLast = hi;
    }

    /// <summary>The sentence as CoNLL-U word lines (IDs from 1), for looking at.</summary>
    public override string ToString() => string.Join("\n", Tokens.Select(t =>
        $"{t.Index + 1}\t{t.Form}\t{t.Lemma}\t{t.Upos}\t{t.Xpos}\t_\t{t.Head + 1}\t{t.Relation}\t_\t_"));
}
