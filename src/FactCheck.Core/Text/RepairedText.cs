namespace FactCheck.Core.Text;

/// <summary>
/// Analysis text derived from the original article: quote styles unified, NBSP and odd spaces
/// made plain, hard-wrapped lines joined, line-end hyphenation undone. Every analysis character
/// remembers which original characters it came from, so spans found here map back exactly.
/// </summary>
/// <remarks>
/// The map is stored as segments: within a segment analysis and original advance together one character
/// at a time, so a 10 MB article needs a few thousand segments instead of a 40 MB offset table.
/// </remarks>
public sealed class RepairedText
{
    private readonly int[] _segmentAnalysis;
    private readonly int[] _segmentOriginal;
    // For a one-character segment standing for other than one original character ('' as one quote mark,
    // a paragraph separator standing for nothing): its original end. -1 for ordinary segments.
    private readonly int[] _segmentEnd;

    internal RepairedText(string original, string analysis, int[] segmentAnalysis, int[] segmentOriginal, int[] segmentEnd)
    {
        Original = original;
        Analysis = analysis;
        _segmentAnalysis = segmentAnalysis;
        _segmentOriginal = segmentOriginal;
        _segmentEnd = segmentEnd;
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
            var at = start < Analysis.Length ? StartOf(start) : Original.Length;
            return new TextSpan(at, at);
        }
        var s = StartOf(start);
        return new TextSpan(s, Math.Max(s, EndOf(end - 1)));
    }

    public TextSpan ToOriginal(TextSpan analysisSpan) => ToOriginal(analysisSpan.Start, analysisSpan.End);

    /// <summary>The first analysis index whose original character starts at or after <paramref name="originalIndex"/>.</summary>
    public int ToAnalysis(int originalIndex)
    {
        int lo = 0, hi = Analysis.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (StartOf(mid) < originalIndex) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    public string Slice(int start, int end) => Analysis[start..end];

    private int Segment(int analysisIndex)
    {
        var k = Array.BinarySearch(_segmentAnalysis, analysisIndex);
        return k >= 0 ? k : ~k - 1;
    }

    private int StartOf(int analysisIndex)
    {
        var k = Segment(analysisIndex);
        return _segmentOriginal[k] + (analysisIndex - _segmentAnalysis[k]);
    }

    private int EndOf(int analysisIndex)
    {
        var k = Segment(analysisIndex);
        return _segmentEnd[k] >= 0 ? _segmentEnd[k] : _segmentOriginal[k] + (analysisIndex - _segmentAnalysis[k]) + 1;
    }
}
