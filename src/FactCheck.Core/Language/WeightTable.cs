using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace FactCheck.Core.Language;

/// <summary>
/// The trained weights of a linear classifier, ready for prediction: feature key → a row of (class, 16-bit
/// weight). One flat open-addressing table of slots, in unmanaged memory (huge pages where the system has
/// them), so scoring allocates nothing and touches one or two cache lines per feature. A key's home slot is
/// its top bits and keys are added in ascending order, so building the table writes memory front to back.
/// </summary>
internal sealed unsafe class WeightTable
{
    // A row with this many classes or more is stored whole, as 16-bit weights added with vector instructions.
    private const int DenseFrom = 12;
    private const int MaxFeatures = 1 << 26, MaxEntries = 1 << 28;

    private readonly NativeBlock memory;
    // Tables of more than four classes: key in the high 32 bits of a slot, start of its row (in ints) in the
    // low 32; 0 is an empty slot (keys are never 0). A row is its length then entries packed as
    // (weight << 16) | class, or −1 then ScoreLength 16-bit weights.
    private readonly ulong* slots;
    private readonly int* rows;
    // Tables of at most four classes keep the weights in the slot itself: one memory access per feature.
    private readonly SmallSlot* small;
    private readonly uint mask;
    private readonly int shift;
    private readonly int capacity;
    private readonly long rowInts;
    private long rowAt;
    private uint lastKey;
    private int added, entries;

    private WeightTable(int classCount, int featureCount, int entryCount, long rowInts)
    {
        if (classCount is < 1 or > 256 || featureCount is < 0 or > MaxFeatures || entryCount is < 0 or > MaxEntries || entryCount < featureCount
            || rowInts < 0 || rowInts > (long)featureCount * (1 + 256 / 2))
            throw new InvalidDataException("weight table header is out of range");
        ClassCount = classCount;
        FeatureCount = featureCount;
        EntryCount = entryCount;
        ScoreLength = (classCount + 15) & ~15;
        // At most three quarters full: probes stay short, and the table stays small.
        capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, featureCount + featureCount / 3 + 1));
        mask = (uint)(capacity - 1);
        shift = 32 - BitOperations.Log2((uint)capacity);
        if (classCount <= SmallSlot.Classes)
        {
            memory = new NativeBlock((nuint)capacity * (nuint)sizeof(SmallSlot));
            small = (SmallSlot*)memory.Pointer;
        }
        else
        {
            this.rowInts = rowInts;
            memory = new NativeBlock((nuint)capacity * sizeof(ulong) + (nuint)rowInts * sizeof(int));
            slots = (ulong*)memory.Pointer;
            rows = (int*)(memory.Pointer + (nuint)capacity * sizeof(ulong));
        }
    }

    /// <summary>A table of the given rows (any order): entries of feature f are the next <c>lengths[f]</c> of <paramref name="classes"/> and <paramref name="weights"/>.</summary>
    public WeightTable(int classCount, uint[] keys, ushort[] lengths, byte[] classes, short[] weights)
        : this(classCount, keys.Length, weights.Length, RowInts(classCount, lengths))
    {
        if (lengths.Length != keys.Length || classes.Length != weights.Length) throw new ArgumentException("keys and lengths, classes and weights must match");
        var starts = new int[keys.Length + 1];
        for (var f = 0; f < keys.Length; f++) starts[f + 1] = starts[f] + lengths[f];
        if (starts[^1] != weights.Length) throw new ArgumentException("the lengths do not add up to the entries");
        var order = new int[keys.Length];
        for (var f = 0; f < order.Length; f++) order[f] = f;
        Array.Sort(keys.ToArray(), order);
        foreach (var f in order) Add(keys[f], classes.AsSpan(starts[f], lengths[f]), weights.AsSpan(starts[f], lengths[f]));
        Finish();
    }

    /// <summary>The same as the constructor; kept for callers that already sort.</summary>
    public static WeightTable Ordered(int classCount, uint[] keys, ushort[] lengths, byte[] classes, short[] weights) =>
        new(classCount, keys, lengths, classes, weights);

    private static long RowInts(int classCount, ushort[] lengths)
    {
        if (classCount <= SmallSlot.Classes) return 0;
        var scoreLength = (classCount + 15) & ~15;
        long size = 0;
        foreach (var l in lengths) size += 1 + (l >= DenseFrom ? scoreLength / 2 : l);
        return size;
    }

    private bool IsSmall => small != null;

    /// <summary>The length of the score buffer callers pass: the class count rounded up for vector adds.</summary>
    public int ScoreLength { get; }

    public int ClassCount { get; }

    public int FeatureCount { get; }

    public int EntryCount { get; }

    /// <summary>Adds one feature's row; keys must come in strictly ascending order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Add(uint key, ReadOnlySpan<byte> classes, ReadOnlySpan<short> weights)
    {
        if (key <= lastKey || added == FeatureCount) throw new InvalidDataException("weight table keys are out of order");
        if (classes.Length == 0 || classes.Length > ClassCount || entries + classes.Length > EntryCount)
            throw new InvalidDataException("weight table rows do not add up");
        foreach (var w in weights)
            if (w == 0) throw new InvalidDataException("weight table holds a zero weight");
        lastKey = key;
        added++;
        entries += classes.Length;
        var i = key >> shift;
        if (IsSmall)
        {
            while (small[i].Key != 0) i = (i + 1) & mask;
            var slot = small + i;
            slot->Key = key;
            for (var e = 0; e < classes.Length; e++)
            {
                if (classes[e] >= ClassCount) throw new InvalidDataException("weight table names a class out of range");
                slot->Set(classes[e], weights[e]);
            }
            return;
        }
        while (slots[i] != 0) i = (i + 1) & mask;
        var dense = classes.Length >= DenseFrom;
        var need = 1 + (dense ? ScoreLength / 2 : classes.Length);
        if (rowAt + need > rowInts) throw new InvalidDataException("weight table rows do not add up");
        slots[i] = (ulong)key << 32 | (uint)rowAt;
        var row = rows + rowAt;
        rowAt += need;
        row[0] = dense ? -1 : classes.Length;
        var d = (short*)(row + 1);
        for (var e = 0; e < classes.Length; e++)
        {
            var c = classes[e];
            if (c >= ClassCount) throw new InvalidDataException("weight table names a class out of range");
            if (dense) d[c] = weights[e];
            else row[1 + e] = weights[e] << 16 | c;
        }
    }

    private void Finish()
    {
        if (added != FeatureCount || entries != EntryCount || rowAt != rowInts) throw new InvalidDataException("weight table rows do not add up");
    }

    /// <summary>Adds the rows of <paramref name="features"/> into <paramref name="scores"/> (not cleared first; <see cref="ScoreLength"/> long).</summary>
    /// <remarks>
    /// The tables are far larger than the CPU caches, so each lookup is a memory miss. Three passes let the
    /// misses overlap instead of queueing: prefetch every slot, resolve keys and prefetch their rows, then add.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddScores(ReadOnlySpan<uint> features, Span<int> scores)
    {
        if (scores.Length < ScoreLength) throw new ArgumentException($"scores need {ScoreLength} places", nameof(scores));
        if (IsSmall)
        {
            AddSmall(features, scores);
            return;
        }
        var m = mask;
        Span<int> found = features.Length <= 256 ? stackalloc int[features.Length] : new int[features.Length];
        var count = 0;
        var slot0 = slots;
        var row0 = rows;
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
        GC.KeepAlive(memory);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddSmall(ReadOnlySpan<uint> features, Span<int> scores)
    {
        var m = mask;
        int s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        var slot0 = small;
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
        GC.KeepAlive(memory);
        scores[0] += s0; scores[1] += s1; scores[2] += s2; scores[3] += s3;
    }

    [StructLayout(LayoutKind.Sequential, Size = 16)]
    private struct SmallSlot
    {
        public const int Classes = 4;
        public uint Key;
        public short W0, W1, W2, W3;

        public readonly short Get(int c) => c switch { 0 => W0, 1 => W1, 2 => W2, _ => W3 };

        public void Set(int c, short value)
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddDense(short* weights, int* scores)
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

    /// <summary>Every row, in key order: the inverse of the constructor.</summary>
    private (uint[] Keys, ushort[] Lengths, byte[] Classes, short[] Weights) Rows()
    {
        var keys = new uint[FeatureCount];
        var at = new long[FeatureCount];
        var f = 0;
        for (var i = 0; i < capacity; i++)
        {
            var key = IsSmall ? small[i].Key : (uint)(slots[i] >> 32);
            if (key == 0) continue;
            keys[f] = key;
            at[f++] = IsSmall ? i : (uint)slots[i];
        }
        Array.Sort(keys, at);
        var lengths = new ushort[FeatureCount];
        var classes = new List<byte>(EntryCount);
        var weights = new List<short>(EntryCount);
        for (f = 0; f < keys.Length; f++)
        {
            var before = classes.Count;
            if (IsSmall)
            {
                for (var c = 0; c < ClassCount; c++)
                {
                    var w = small[at[f]].Get(c);
                    if (w == 0) continue;
                    classes.Add((byte)c);
                    weights.Add(w);
                }
            }
            else
            {
                var row = rows + at[f];
                if (row[0] < 0)
                {
                    var d = (short*)(row + 1);
                    for (var c = 0; c < ClassCount; c++)
                    {
                        if (d[c] == 0) continue;
                        classes.Add((byte)c);
                        weights.Add(d[c]);
                    }
                }
                else
                {
                    for (var e = 1; e <= row[0]; e++)
                    {
                        classes.Add((byte)(row[e] & 0xFFFF));
                        weights.Add((short)(row[e] >> 16));
                    }
                }
            }
            lengths[f] = (ushort)(classes.Count - before);
        }
        GC.KeepAlive(memory);
        return (keys, lengths, [.. classes], [.. weights]);
    }

    /// <summary>A copy without the weights smaller than <paramref name="minimum"/> (in stored 16-bit units), and features left empty.</summary>
    public WeightTable Pruned(int minimum)
    {
        var (keys, lengths, classes, weights) = Rows();
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
        return new WeightTable(ClassCount, [.. k], [.. l], [.. c], [.. w]);
    }

    /// <summary>
    /// The rows one after the other in key order: the key as its difference from the previous one (LEB128), then
    /// for four classes or fewer a byte with a bit per class present and their weights, otherwise the row length
    /// less one, its classes and its weights. Nothing is compressed, so loading is one pass over mapped bytes.
    /// </summary>
    public void Write(BinaryWriter w)
    {
        var (keys, lengths, classes, weights) = Rows();
        w.Write(ClassCount);
        w.Write(FeatureCount);
        w.Write(EntryCount);
        w.Write(rowInts);
        var entry = 0;
        uint previous = 0;
        for (var f = 0; f < keys.Length; f++)
        {
            ModelReader.WriteVarUInt(w, keys[f] - previous);
            previous = keys[f];
            int n = lengths[f];
            if (IsSmall)
            {
                var bits = 0;
                for (var e = 0; e < n; e++) bits |= 1 << classes[entry + e];
                w.Write((byte)bits);
            }
            else
            {
                w.Write((byte)(n - 1));
                w.Write(classes, entry, n);
            }
            for (var e = 0; e < n; e++) w.Write(weights[entry + e]);
            entry += n;
        }
    }

    /// <summary>The rows of a table of at most four classes, written straight into their slots (most of a load's work).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadSmall(ref ModelReader r)
    {
        uint key = 0;
        var m = mask;
        for (var f = 0; f < FeatureCount; f++)
        {
            var delta = r.VarUInt();
            if (delta == 0 || key + delta < key) throw new InvalidDataException("weight table keys are out of order");
            key += delta;
            int bits = r.Byte();
            if (bits == 0 || bits >> ClassCount != 0) throw new InvalidDataException("weight table names a class out of range");
            var n = BitOperations.PopCount((uint)bits);
            if (entries + n > EntryCount) throw new InvalidDataException("weight table rows do not add up");
            entries += n;
            var w = r.Bytes(2 * n);
            var i = key >> shift;
            while (small[i].Key != 0) i = (i + 1) & m;
            var slot = small + i;
            slot->Key = key;
            var into = &slot->W0;
            for (int c = 0, e = 0; c < ClassCount; c++)
            {
                if ((bits & 1 << c) == 0) continue;
                var value = BinaryPrimitives.ReadInt16LittleEndian(w[(2 * e++)..]);
                if (value == 0) throw new InvalidDataException("weight table holds a zero weight");
                into[c] = value;
            }
        }
        added = FeatureCount;
        GC.KeepAlive(memory);
        Finish();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WeightTable Read(ref ModelReader r)
    {
        var classCount = r.Int32();
        var featureCount = r.Int32();
        var entryCount = r.Int32();
        var rowInts = BinaryPrimitives.ReadInt64LittleEndian(r.Bytes(8));
        if (featureCount < 0 || entryCount < 0) throw new InvalidDataException("weight table header is out of range");
        // Every feature takes at least four bytes and every entry two: a damaged header cannot ask for gigabytes.
        if (featureCount > r.Remaining / 4 || entryCount > r.Remaining / 2) throw new EndOfStreamException();
        var table = new WeightTable(classCount, featureCount, entryCount, rowInts);
        if (table.IsSmall)
        {
            table.ReadSmall(ref r);
            return table;
        }
        Span<byte> classes = stackalloc byte[256];
        uint key = 0;
        for (var f = 0; f < featureCount; f++)
        {
            var delta = r.VarUInt();
            if (delta == 0 || key + delta < key) throw new InvalidDataException("weight table keys are out of order");
            key += delta;
            int n;
            if (classCount <= SmallSlot.Classes)
            {
                int bits = r.Byte();
                if (bits == 0 || bits >> classCount != 0) throw new InvalidDataException("weight table names a class out of range");
                n = 0;
                for (var c = 0; c < classCount; c++)
                    if ((bits & 1 << c) != 0) classes[n++] = (byte)c;
            }
            else
            {
                n = r.Byte() + 1;
                r.Bytes(n).CopyTo(classes);
            }
            table.Add(key, classes[..n], MemoryMarshal.Cast<byte, short>(r.Bytes(2 * n)));
        }
        table.Finish();
        return table;
    }
}
