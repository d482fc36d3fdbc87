using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
    private readonly uint[] keys;
    private readonly ushort[] lengths;
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
        slots = new ulong[capacity];
        rows = new int[keys.Length + weights.Length];
        int at = 0, entry = 0;
        for (var f = 0; f < keys.Length; f++)
        {
            var i = (int)(keys[f] & (uint)mask);
            while (slots[i] != 0) i = (i + 1) & mask;
            slots[i] = (ulong)keys[f] << 32 | (uint)at;
            rows[at++] = lengths[f];
            for (var e = 0; e < lengths[f]; e++, entry++) rows[at++] = weights[entry] << 16 | classes[entry];
        }
    }

    public int ClassCount { get; }

    public int FeatureCount => keys.Length;

    public int EntryCount => weights.Length;

    /// <summary>Adds the rows of <paramref name="features"/> into <paramref name="scores"/> (not cleared first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddScores(ReadOnlySpan<uint> features, Span<int> scores)
    {
        ref var slot0 = ref MemoryMarshal.GetArrayDataReference(slots);
        ref var row0 = ref MemoryMarshal.GetArrayDataReference(rows);
        var m = (uint)mask;
        foreach (var key in features)
        {
            var i = key & m;
            while (true)
            {
                var s = Unsafe.Add(ref slot0, i);
                if (s == 0) break;
                if ((uint)(s >> 32) == key)
                {
                    var at = (int)(uint)s;
                    var n = Unsafe.Add(ref row0, at);
                    for (var e = 1; e <= n; e++)
                    {
                        var packed = Unsafe.Add(ref row0, at + e);
                        scores[packed & 0xFFFF] += packed >> 16;
                    }
                    break;
                }
                i = (i + 1) & m;
            }
        }
    }

    public void Write(BinaryWriter w)
    {
        w.Write(ClassCount);
        w.Write(keys.Length);
        w.Write(weights.Length);
        w.Write(MemoryMarshal.AsBytes(keys.AsSpan()));
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
