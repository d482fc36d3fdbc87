namespace FactCheck.Core.Language;

/// <summary>
/// The children of every word of a finished tree, in word order, as linked lists (first child, next sibling),
/// with subtree extents; rebuilt per sentence in reused buffers, so relabelling allocates nothing per word.
/// Positions are 1-based with the root at 0, as in <see cref="ParseState"/>.
/// </summary>
internal sealed class TreeLinks
{
    public int[] First = [], Next = [], ChildCount = [], Min = [], Max = [];

    public int Count { get; private set; }

    /// <param name="heads">Head per position (index 0 unused); every word's chain of heads must reach 0.</param>
    public void Build(ReadOnlySpan<int> heads, int words)
    {
        if (First.Length < words + 1)
        {
            var size = Math.Max(words + 1, First.Length * 2);
            First = new int[size]; Next = new int[size]; ChildCount = new int[size]; Min = new int[size]; Max = new int[size];
        }
        Count = words;
        for (var i = 0; i <= words; i++)
        {
            First[i] = -1; Next[i] = -1; ChildCount[i] = 0; Min[i] = i; Max[i] = i;
        }
        for (var d = words; d >= 1; d--)
        {
            var h = heads[d];
            Next[d] = First[h];
            First[h] = d;
            ChildCount[h]++;
        }
        // Subtree extents: widen each word's ancestors by its own position (a chain is at most the sentence long).
        for (var d = 1; d <= words; d++)
        {
            var a = heads[d];
            for (var steps = 0; a > 0 && steps < words; steps++, a = heads[a])
            {
                if (d < Min[a]) Min[a] = d;
                if (d > Max[a]) Max[a] = d;
            }
        }
    }
}
