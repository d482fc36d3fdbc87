namespace FactCheck.Core.Language;

/// <summary>
/// Makes a tree projective by lifting each crossing arc to the head's head until none cross (the arc-hybrid
/// oracle needs projective trees; the few non-projective arcs in the treebank are learned as their lifts).
/// </summary>
internal static class Projectivizer
{
    /// <param name="heads">Head per word, indexed by word id − 1, 0 for the root.</param>
    /// <returns>A projective copy, and how many arcs were lifted.</returns>
    public static (int[] Heads, int Lifted) Lift(IReadOnlyList<int> heads)
    {
        var h = heads.ToArray();
        var lifted = 0;
        while (true)
        {
            var worst = -1;
            var worstLength = int.MaxValue;
            for (var d = 1; d <= h.Length; d++)
            {
                var head = h[d - 1];
                if (head == 0 || IsProjective(h, head, d)) continue;
                var length = Math.Abs(head - d);
                if (length < worstLength) { worstLength = length; worst = d; }
            }
            if (worst < 0) return (h, lifted);
            h[worst - 1] = h[h[worst - 1] - 1];
            lifted++;
        }
    }

    /// <summary>Whether every word between <paramref name="head"/> and <paramref name="dependent"/> descends from the head.</summary>
    private static bool IsProjective(int[] h, int head, int dependent)
    {
        var (from, to) = head < dependent ? (head + 1, dependent) : (dependent + 1, head);
        for (var k = from; k < to; k++)
        {
            var a = k;
            var steps = 0;
            while (a != 0 && a != head && steps++ <= h.Length) a = h[a - 1];
            if (a != head) return false;
        }
        return true;
    }
}
