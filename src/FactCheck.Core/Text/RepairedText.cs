namespace FactCheck.Core.Text;

/// <summary>
/// Analysis text derived from the original article: quote styles unified, NBSP and odd spaces
/// made plain, hard-wrapped lines joined, line-end hyphenation undone. Every analysis character
/// remembers which original characters it came from, so spans found here map back exactly.
/// </summary>
public sealed class RepairedText
{
    private readonly int[] _start;
    private readonly int[] _end;

    internal RepairedText(string original, string analysis, int[] start, int[] end)
    {
        Original = original;
        Analysis = analysis;
        _start = start;
        _end = end;
    }

    public string Original { get; }

    public string Analysis { get; }

    public int Length => Analysis.Length;

    /// <summary>Maps an analysis range <c>[start, end)</c> to the original text.</summary>
    public TextSpan ToOriginal(int start, int end)
    {
        if (Analysis.Length == 0) return new TextSpan(0, 0);
        start = Math.Clamp(start, 0, Analysis.Length);
        end = Math.Clamp(end, start, Analysis.Length);
        if (end == start)
        {
            var at = start < Analysis.Length ? _start[start] : Original.Length;
            return new TextSpan(at, at);
        }
        return new TextSpan(_start[start], _end[end - 1]);
    }

    public TextSpan ToOriginal(TextSpan analysisSpan) => ToOriginal(analysisSpan.Start, analysisSpan.End);

    /// <summary>The first analysis index whose original character starts at or after <paramref name="originalIndex"/> (binary search).</summary>
    public int ToAnalysis(int originalIndex)
    {
        var lo = 0;
        var hi = _start.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_start[mid] < originalIndex) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    public string Slice(int start, int end) => Analysis[start..end];
}
