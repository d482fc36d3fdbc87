using System.Runtime.CompilerServices;

namespace FactCheck.Core.Language;

/// <summary>
/// A configuration of the arc-hybrid transition system: a stack (the root, 0, at its bottom), a buffer of the
/// words not yet shifted (words <see cref="Next"/>..n), the arcs so far, and for each word its nearest and
/// second-nearest children on each side, counts and relation sets, which the features read.
/// Buffers grow to the longest sentence seen and are reused, so parsing allocates nothing per word.
/// </summary>
internal sealed class ParseState
{
    public const int Shift = 0;

    private int[] stack = [];
    public int[] Head = [], Label = [], Left1 = [], Left2 = [], Right1 = [], Right2 = [], LeftCount = [], RightCount = [];
    public ulong[] LeftLabels = [], RightLabels = [];

    public int Count { get; private set; }

    public int Depth { get; private set; }

    /// <summary>The first word of the buffer (1-based); <see cref="Count"/> + 1 when the buffer is empty.</summary>
    public int Next { get; private set; }

    public bool IsTerminal => Next > Count && Depth == 1;

    public void Reset(int words)
    {
        if (Head.Length < words + 1)
        {
            var size = Math.Max(words + 1, Head.Length * 2);
            stack = new int[size];
            Head = new int[size]; Label = new int[size];
            Left1 = new int[size]; Left2 = new int[size]; Right1 = new int[size]; Right2 = new int[size];
            LeftCount = new int[size]; RightCount = new int[size];
            LeftLabels = new ulong[size]; RightLabels = new ulong[size];
        }
        Count = words;
        for (var i = 0; i <= words; i++)
        {
            Head[i] = -1; Label[i] = -1;
            Left1[i] = Left2[i] = Right1[i] = Right2[i] = -1;
            LeftCount[i] = RightCount[i] = 0;
            LeftLabels[i] = RightLabels[i] = 0;
        }
        stack[0] = 0;
        Depth = 1;
        Next = 1;
    }

    /// <summary>Makes this state a copy of <paramref name="other"/> (for beam search), reusing the buffers.</summary>
    public void CopyFrom(ParseState other)
    {
        var n = other.Count + 1;
        if (Head.Length < n) Reset(other.Count);
        other.stack.AsSpan(0, other.Depth).CopyTo(stack);
        other.Head.AsSpan(0, n).CopyTo(Head);
        other.Label.AsSpan(0, n).CopyTo(Label);
        other.Left1.AsSpan(0, n).CopyTo(Left1);
        other.Left2.AsSpan(0, n).CopyTo(Left2);
        other.Right1.AsSpan(0, n).CopyTo(Right1);
        other.Right2.AsSpan(0, n).CopyTo(Right2);
        other.LeftCount.AsSpan(0, n).CopyTo(LeftCount);
        other.RightCount.AsSpan(0, n).CopyTo(RightCount);
        other.LeftLabels.AsSpan(0, n).CopyTo(LeftLabels);
        other.RightLabels.AsSpan(0, n).CopyTo(RightLabels);
        Count = other.Count;
        Depth = other.Depth;
        Next = other.Next;
    }

    /// <summary>The <paramref name="k"/>-th item from the top of the stack (0 = top), or −1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Stack(int k) => k < Depth ? stack[Depth - 1 - k] : -1;

    /// <summary>The <paramref name="k"/>-th word of the buffer (0 = front), or −1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Buffer(int k) => Next + k <= Count ? Next + k : -1;

    public bool CanShift => Next <= Count;

    /// <summary>Left-arc: the buffer front becomes the head of the stack top, which is popped.</summary>
    public bool CanLeft => Next <= Count && Depth >= 2;

    /// <summary>Right-arc: the item below the top becomes the head of the top, which is popped; onto the root only at the very end.</summary>
    public bool CanRight => Depth >= 3 || Depth == 2 && Next > Count;

    /// <summary>Whether a right-arc now attaches to the root (and must be labelled root).</summary>
    public bool RightIsRoot => Depth == 2;

    public void ApplyShift() => stack[Depth++] = Next++;

    public void ApplyLeft(int label)
    {
        var d = stack[--Depth];
        var h = Next;
        Head[d] = h; Label[d] = label;
        Left2[h] = Left1[h]; Left1[h] = d; LeftCount[h]++; LeftLabels[h] |= 1UL << (label & 63);
    }

    public void ApplyRight(int label)
    {
        var d = stack[--Depth];
        var h = stack[Depth - 1];
        Head[d] = h; Label[d] = label;
        Right2[h] = Right1[h]; Right1[h] = d; RightCount[h]++; RightLabels[h] |= 1UL << (label & 63);
    }
}
