using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace FactCheck.Core.Language;

/// <summary>
/// The trained weights of a linear classifier, ready for prediction: feature key → a sparse row of
/// (class, 16-bit weight). One flat open-addressing table of slots and one flat array of rows, so scoring
/// allocates nothing and touches one cache line per feature in the common case.
/// </summary>
internal sealed class WeightTable
{
    // Slot: key in the high 32 bits, start of its row in the low 32 bits; 0 is an empty slot (keys are never 0).
    private readonly ulong[] slots;
    // Row: its length, then entries packed as (weight << 16) | class.
    private readonly int[] rows;
    private readonly int mask;
    // A key's home slot is its top bits, so keys in ascending order fill the slot array front to back.
    private readonly int shift;
    private readonly uint[] keys;
    private readonly ushort[] lengths;
    // Tables of at most four classes keep the weights in the slot itself: one memory access per feature.
    private readonly SmallSlot[]? small;
    private readonly byte[] classes;
    private readonly short[] weights;

    public WeightTable(int classCount, uint[] keys, ushort[] lengths, byte[] classes, short[] weights)
    {
        if (classCount is < 1 or > 256) throw new ArgumentOutOfRangeException(nameof(classCount));
        ClassCount = classCount;
        this.keys = keys;
        this.lengths = lengths;
        this.classes = classes;
        this.weights = weights;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        mask = capacity - 1;
        shift = 32 - BitOperations.Log2((uint)capacity);
        slots = classCount <= SmallSlot.Classes ? [] : new ulong[capacity];
        ScoreLength = (classCount + 15) & ~15;
        if (classCount <= SmallSlot.Classes)
        {
            small = new SmallSlot[capacity];
            rows = [];
            var next = 0;
            for (var f = 0; f < keys.Length; f++)
            {
                var i = (int)(keys[f] >> shift);
                while (small[i].Key != 0) i = (i + 1) & mask;
                small[i].Key = keys[f];
                for (var e = 0; e < lengths[f]; e++, next++) small[i][classes[next]] = weights[next];
            }
            return;
        }
        long size = 0;
        foreach (var l in lengths) size += 1 + (IsDense(l) ? ScoreLength / 2 : l);
        rows = new int[size];
        int at = 0, entry = 0;
        for (var f = 0; f < keys.Length; f++)
        {
            var i = (int)(keys[f] >> shift);
            while (slots[i] != 0) i = (i + 1) & mask;
            slots[i] = (ulong)keys[f] << 32 | (uint)at;
            var length = lengths[f];
            if (IsDense(length))
            {
                // A row with many classes is stored whole, as 16-bit weights added with vector instructions.
                rows[at++] = -1;
                var dense = MemoryMarshal.Cast<int, short>(rows.AsSpan(at, ScoreLength / 2));
                for (var e = 0; e < length; e++, entry++) dense[classes[entry]] = weights[entry];
                at += ScoreLength / 2;
            }
            else
            {
                rows[at++] = length;
                for (var e = 0; e < length; e++, entry++) rows[at++] = weights[entry] << 16 | classes[entry];
            }
        }
    }

    private bool IsDense(int length) => length >= DenseFrom && ScoreLength > 0;

    private const int DenseFrom = 12;

    /// <summary>The length of the score buffer callers pass: the class count rounded up for vector adds.</summary>
    public int ScoreLength { get; }

    public int ClassCount { get; }

    public int FeatureCount => keys.Length;

    public int EntryCount => weights.Length;

    /// <summary>Adds the rows of <paramref name="features"/> into <paramref name="scores"/> (not cleared first; <see cref="ScoreLength"/> long).</summary>
    /// <remarks>
    /// The tables are far larger than the CPU caches, so each lookup is a memory miss. Three passes let the
    /// misses overlap instead of queueing: prefetch every slot, resolve keys and prefetch their rows, then add.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public unsafe void AddScores(ReadOnlySpan<uint> features, Span<int> scores)
    {
        if (scores.Length < ScoreLength) throw new ArgumentException($"scores need {ScoreLength} places", nameof(scores));
        if (small is not null)
        {
            AddSmall(features, scores);
            return;
        }
        var m = (uint)mask;
        Span<int> found = features.Length <= 256 ? stackalloc int[features.Length] : new int[features.Length];
        var count = 0;
        fixed (ulong* slot0 = slots)
        fixed (int* row0 = rows)
        {
            if (Sse.IsSupported)
                foreach (var key in features) Sse.Prefetch0(slot0 + (key >> shift));
            foreach (var key in features)
            {
                var i = key >> shift;
                while (true)
                {
                    var s = slot0[i];
                    if (s == 0) break;
                    if ((uint)(s >> 32) == key)
                    {
                        var at = (int)(uint)s;
                        found[count++] = at;
                        if (Sse.IsSupported) Sse.Prefetch0(row0 + at);
                        break;
                    }
                    i = (i + 1) & m;
                }
            }
            fixed (int* score0 = scores)
            {
                for (var k = 0; k < count; k++)
                {
                    var row = row0 + found[k];
                    var n = row[0];
                    if (n < 0) AddDense((short*)(row + 1), score0);
                    else
                    {
                        for (var e = 1; e <= n; e++)
                        {
                            var packed = row[e];
                            score0[packed & 0xFFFF] += packed >> 16;
                        }
                    }
                }
            }
        }
    }

    private unsafe void AddSmall(ReadOnlySpan<uint> features, Span<int> scores)
    {
        var m = (uint)mask;
        int s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        fixed (SmallSlot* slot0 = small)
        {
            if (Sse.IsSupported)
                foreach (var key in features) Sse.Prefetch0(slot0 + (key >> shift));
            foreach (var key in features)
            {
                var i = key >> shift;
                while (true)
                {
                    var slot = slot0 + i;
                    if (slot->Key == key)
                    {
                        s0 += slot->W0; s1 += slot->W1; s2 += slot->W2; s3 += slot->W3;
                        break;
                    }
                    if (slot->Key == 0) break;
                    i = (i + 1) & m;
                }
            }
        }
        scores[0] += s0; scores[1] += s1; scores[2] += s2; scores[3] += s3;
    }

    [StructLayout(LayoutKind.Sequential, Size = 16)]
    private struct SmallSlot
    {
        public const int Classes = 4;
        public uint Key;
        public short W0, W1, W2, W3;

        public short this[int c]
        {
            readonly get => c switch { 0 => W0, 1 => W1, 2 => W2, _ => W3 };
            set
            {
                switch (c)
                {
                    case 0: W0 = value; break;
                    case 1: W1 = value; break;
                    case 2: W2 = value; break;
                    default: W3 = value; break;
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe void AddDense(short* weights, int* scores)
    {
        if (Avx512F.IsSupported)
        {
            for (var c = 0; c < ScoreLength; c += 16)
                Avx512F.Store(scores + c, Avx512F.Add(Avx512F.LoadVector512(scores + c), Avx512F.ConvertToVector512Int32(Avx.LoadVector256(weights + c))));
        }
        else if (Avx2.IsSupported)
        {
            for (var c = 0; c < ScoreLength; c += 8)
                Avx.Store(scores + c, Avx2.Add(Avx.LoadVector256(scores + c), Avx2.ConvertToVector256Int32(weights + c)));
        }
        else
        {
            for (var c = 0; c < ScoreLength; c++) scores[c] += weights[c];
        }
    }

    /// <summary>A copy without the weights smaller than <paramref name="minimum"/> (in stored 16-bit units), and features left empty.</summary>
    public WeightTable Pruned(int minimum)
    {
        var k = new List<uint>();
        var l = new List<ushort>();
        var c = new List<byte>();
        var w = new List<short>();
        var entry = 0;
        for (var f = 0; f < keys.Length; f++)
        {
            var kept = 0;
            for (var e = 0; e < lengths[f]; e++, entry++)
            {
                if (Math.Abs((int)weights[entry]) < minimum) continue;
                c.Add(classes[entry]);
                w.Add(weights[entry]);
                kept++;
            }
            if (kept == 0) continue;
            k.Add(keys[f]);
            l.Add((ushort)kept);
        }
        return Ordered(ClassCount, [.. k], [.. l], [.. c], [.. w]);
    }

    /// <summary>
    /// A table whose features are stored in key order, which is the order of their home slots: building the
    /// slot array at load time writes through memory in sequence instead of at random (several times faster
    /// on big tables), and the keys are stored as small differences that compress well.
    /// </summary>
    public static WeightTable Ordered(int classCount, uint[] keys, ushort[] lengths, byte[] classes, short[] weights)
    {
        var starts = new int[keys.Length];
        for (var f = 1; f < keys.Length; f++) starts[f] = starts[f - 1] + lengths[f - 1];
        var order = Enumerable.Range(0, keys.Length).ToArray();
        Array.Sort(order, (a, b) => keys[a].CompareTo(keys[b]));
        var k = new uint[keys.Length];
        var l = new ushort[keys.Length];
        var c = new byte[classes.Length];
        var w = new short[weights.Length];
        var at = 0;
        for (var i = 0; i < order.Length; i++)
        {
            var f = order[i];
            k[i] = keys[f];
            l[i] = lengths[f];
            Array.Copy(classes, starts[f], c, at, lengths[f]);
            Array.Copy(weights, starts[f], w, at, lengths[f]);
            at += lengths[f];
        }
        return new WeightTable(classCount, k, l, c, w);
    }

    public void Write(BinaryWriter w)
    {
        w.Write(ClassCount);
        w.Write(keys.Length);
        w.Write(weights.Length);
        var deltas = new uint[keys.Length];
        for (var f = 0; f < keys.Length; f++) deltas[f] = keys[f] - (f > 0 ? keys[f - 1] : 0);
        w.Write(MemoryMarshal.AsBytes(deltas.AsSpan()));
        w.Write(MemoryMarshal.AsBytes(lengths.AsSpan()));
        w.Write(classes);
        w.Write(MemoryMarshal.AsBytes(weights.AsSpan()));
    }

    public static WeightTable Read(BinaryReader r)
    {
        var classCount = r.ReadInt32();
        var featureCount = r.ReadInt32();
        var entryCount = r.ReadInt32();
        if (classCount is < 1 or > 256 || featureCount < 0 || entryCount < 0 || featureCount > 1 << 26 || entryCount > 1 << 28)
            throw new InvalidDataException("weight table header is out of range");
        var keys = new uint[featureCount];
        var lengths = new ushort[featureCount];
        var classes = new byte[entryCount];
        var weights = new short[entryCount];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        for (var f = 1; f < keys.Length; f++) keys[f] += keys[f - 1];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(lengths.AsSpan()));
        r.BaseStream.ReadExactly(classes);
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(weights.AsSpan()));
        long total = 0;
        foreach (var l in lengths) total += l;
        if (total != entryCount) throw new InvalidDataException("weight table rows do not add up");
        foreach (var c in classes)
            if (c >= classCount) throw new InvalidDataException("weight table names a class out of range");
        return new WeightTable(classCount, keys, lengths, classes, weights);
    }
}
