namespace FactCheck.Core.Language;

/// <summary>A small seeded random generator (SplitMix64) whose sequence is fixed forever, unlike <see cref="Random"/>'s.</summary>
internal sealed class SplitMix(int seed)
{
    private ulong state = (ulong)seed * 0x9E3779B97F4A7C15 + 0x632BE59BD9B4E019;

    public ulong Next()
    {
        var z = state += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, 1).</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    public int Next(int bound) => (int)(Next() % (ulong)bound);

    public void Shuffle(int[] items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
