namespace FactCheck.Core.Language;

/// <summary>
/// A multi-class averaged perceptron for training. Weights are integers (every update is ±1), and the average
/// uses Daumé's trick (w − u/c, where u sums c·Δ), so training is exact and repeatable to the bit.
/// </summary>
internal sealed class AveragedPerceptron(int classCount)
{
    private struct Entry
    {
        public int Class;
        public int Weight;
        public long Sum;
    }

    private readonly Dictionary<uint, int> rowOf = [];
    private readonly List<Entry[]> rows = [];
    private readonly List<int> counts = [];
    private long clock = 1;

    public int ClassCount => classCount;

    /// <summary>Adds the current (not averaged) weights of <paramref name="features"/> into <paramref name="scores"/>.</summary>
    public void AddScores(ReadOnlySpan<uint> features, Span<int> scores)
    {
        foreach (var f in features)
        {
            if (!rowOf.TryGetValue(f, out var r)) continue;
            var row = rows[r];
            var n = counts[r];
            for (var e = 0; e < n; e++) scores[row[e].Class] += row[e].Weight;
        }
    }

    /// <summary>Moves the weights towards <paramref name="truth"/> and away from <paramref name="guess"/>.</summary>
    public void Update(ReadOnlySpan<uint> features, int truth, int guess)
    {
        if (truth == guess) return;
        foreach (var f in features)
        {
            Add(f, truth, 1);
            Add(f, guess, -1);
        }
    }

    /// <summary>Adds <paramref name="delta"/> to the weights of <paramref name="cls"/> for each feature (a sequence update).</summary>
    public void Add(ReadOnlySpan<uint> features, int cls, int delta)
    {
        foreach (var f in features) Add(f, cls, delta);
    }

    /// <summary>One training example has been seen (the averaging clock).</summary>
    public void Tick() => clock++;

    private void Add(uint feature, int cls, int delta)
    {
        if (!rowOf.TryGetValue(feature, out var r))
        {
            r = rows.Count;
            rowOf.Add(feature, r);
            rows.Add(new Entry[2]);
            counts.Add(0);
        }
        var row = rows[r];
        var n = counts[r];
        for (var e = 0; e < n; e++)
        {
            if (row[e].Class != cls) continue;
            row[e].Weight += delta;
            row[e].Sum += clock * delta;
            return;
        }
        if (n == row.Length)
        {
            Array.Resize(ref row, n * 2);
            rows[r] = row;
        }
        row[n] = new Entry { Class = cls, Weight = delta, Sum = clock * delta };
        counts[r] = n + 1;
    }

    /// <summary>
    /// The averaged weights as a compact table: weights whose magnitude is below <paramref name="pruneBelow"/>
    /// (in units of one update) are dropped, the rest quantised to 16 bits. Rows come out in key order.
    /// </summary>
    public WeightTable ToTable(double pruneBelow) => Combine([this], pruneBelow);

    /// <summary>
    /// The mean of several perceptrons' averaged weights as one table (pruned and quantised as in
    /// <see cref="ToTable"/>): scoring with it is scoring with all of them and adding up, so models trained on
    /// different orders of the same examples vote at the cost of one.
    /// </summary>
    public static WeightTable Combine(IReadOnlyList<AveragedPerceptron> models, double pruneBelow)
    {
        var width = models[0].ClassCount;
        var order = models.SelectMany(m => m.rowOf.Keys).Distinct().ToArray();
        Array.Sort(order);
        var averaged = new List<(uint Key, int Class, double Weight)>();
        var max = 0.0;
        var sum = new double[width];
        var seen = new bool[width];
        foreach (var key in order)
        {
            Array.Clear(sum);
            Array.Clear(seen);
            foreach (var m in models)
            {
                if (!m.rowOf.TryGetValue(key, out var r)) continue;
                var row = m.rows[r];
                for (var e = 0; e < m.counts[r]; e++)
                {
                    sum[row[e].Class] += row[e].Weight - row[e].Sum / (double)m.clock;
                    seen[row[e].Class] = true;
                }
            }
            for (var c = 0; c < width; c++)
            {
                if (!seen[c]) continue;
                var avg = sum[c] / models.Count;
                if (Math.Abs(avg) < pruneBelow) continue;
                averaged.Add((key, c, avg));
                max = Math.Max(max, Math.Abs(avg));
            }
        }
        var scale = max > 0 ? 32000.0 / max : 1.0;
        var keys = new List<uint>();
        var lengths = new List<ushort>();
        var classes = new List<byte>();
        var weights = new List<short>();
        for (var i = 0; i < averaged.Count;)
        {
            var key = averaged[i].Key;
            var n = 0;
            for (; i < averaged.Count && averaged[i].Key == key; i++)
            {
                var q = (short)Math.Round(averaged[i].Weight * scale);
                if (q == 0) continue;
                classes.Add((byte)averaged[i].Class);
                weights.Add(q);
                n++;
            }
            if (n == 0) continue;
            keys.Add(key);
            lengths.Add((ushort)n);
        }
        return WeightTable.Ordered(width, [.. keys], [.. lengths], [.. classes], [.. weights]);
    }
}
