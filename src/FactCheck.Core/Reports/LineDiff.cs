namespace FactCheck.Core.Reports;

public enum LineChange { Same, Removed, Added }

/// <summary>A line of a comparison between two report versions.</summary>
public sealed record DiffLine(LineChange Change, string Text);

/// <summary>Line-by-line comparison of two texts (longest common subsequence), for reading what a correction changed.</summary>
public static class LineDiff
{
    /// <summary>Above this many lines on each side, the quadratic table would be too large: lines are then compared in place.</summary>
    public const int MaxLines = 5_000;

    public static IReadOnlyList<DiffLine> Compare(string before, string after)
    {
        var a = before.Replace("\r\n", "\n").Split('\n');
        var b = after.Replace("\r\n", "\n").Split('\n');
        if (a.Length > MaxLines || b.Length > MaxLines) return InPlace(a, b);
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var lines = new List<DiffLine>(a.Length + b.Length);
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y]) { lines.Add(new(LineChange.Same, a[x])); x++; y++; }
            else if (lcs[x + 1, y] >= lcs[x, y + 1]) lines.Add(new(LineChange.Removed, a[x++]));
            else lines.Add(new(LineChange.Added, b[y++]));
        }
        while (x < a.Length) lines.Add(new(LineChange.Removed, a[x++]));
        while (y < b.Length) lines.Add(new(LineChange.Added, b[y++]));
        return lines;
    }

    private static List<DiffLine> InPlace(string[] a, string[] b)
    {
        var lines = new List<DiffLine>();
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            if (i < a.Length && i < b.Length && a[i] == b[i]) { lines.Add(new(LineChange.Same, a[i])); continue; }
            if (i < a.Length) lines.Add(new(LineChange.Removed, a[i]));
            if (i < b.Length) lines.Add(new(LineChange.Added, b[i]));
        }
        return lines;
    }
}
