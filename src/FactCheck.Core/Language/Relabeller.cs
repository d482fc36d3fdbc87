namespace FactCheck.Core.Language;

/// <summary>
/// Names the relations again once the parser has built the whole tree: an averaged perceptron over
/// <see cref="RelabelFeatures"/>, which see what the parser's own relation model could not when it named each arc
/// (the head's later children, the grandparent, the siblings on both sides), added to the parser's own relation
/// scores (<see cref="ParserShare"/> percent of them). Heads are never changed; the root keeps "root", and no other
/// word gets it.
/// </summary>
internal sealed class Relabeller(IReadOnlyList<string> relations, TagSet tags, WeightTable weights, int parserShare)
{
    private readonly int rootRelation = IndexOf(relations, "root");
    private readonly bool[] punctTag = [.. tags.Upos.Select(u => u == "PUNCT")];

    public WeightTable Weights => weights;

    /// <summary>How much of the parser's own relation scores is added to the relabeller's, in percent.</summary>
    public int ParserShare => parserShare;

    /// <summary>Relabels every arc of the tree in <paramref name="heads"/>/<paramref name="labels"/> (positions 1..n, root 0).</summary>
    /// <param name="scratch">Reused buffers; <paramref name="labels"/> must have room for n + 1 entries.</param>
    /// <param name="parserScores">The parser's relation scores per word (relation count per position), or empty.</param>
    public void Relabel(TreeLinks links, ReadOnlySpan<ulong> words, ReadOnlySpan<int> tagIds, ReadOnlySpan<int> heads, Span<int> labels,
        ReadOnlySpan<int> parserScores, Span<int> scratch)
    {
        var n = words.Length - 1;
        links.Build(heads, n);
        Span<uint> features = stackalloc uint[RelabelFeatures.Max];
        Span<int> scores = stackalloc int[weights.ScoreLength];
        for (var d = 1; d <= n; d++)
        {
            if (heads[d] == 0) { scratch[d] = rootRelation; continue; }
            var m = RelabelFeatures.Extract(links, heads, words, tagIds, punctTag, d, features);
            scores.Clear();
            weights.AddScores(features[..m], scores);
            if (parserShare != 0 && !parserScores.IsEmpty)
            {
                var mine = parserScores.Slice(d * relations.Count, relations.Count);
                for (var l = 0; l < mine.Length; l++) scores[l] += (int)((long)mine[l] * parserShare / 100);
            }
            scratch[d] = Best(scores);
        }
        scratch[1..(n + 1)].CopyTo(labels[1..]);
    }

    public int Best(ReadOnlySpan<int> scores)
    {
        var best = -1;
        for (var l = 0; l < relations.Count; l++)
            if (l != rootRelation && (best < 0 || scores[l] > scores[best])) best = l;
        return best;
    }

    public ReadOnlySpan<bool> PunctTags => punctTag;

    private static int IndexOf(IReadOnlyList<string> relations, string name)
    {
        for (var i = 0; i < relations.Count; i++)
            if (relations[i] == name) return i;
        return -1;
    }
}
