using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction.Figures;

/// <summary>Finds the numbers a stretch of text cites. (Placeholder until the real finder lands.)</summary>
public static class FigureFinder
{
    /// <param name="text">The whole article text as given.</param>
    /// <param name="range">The stretch to search (a sentence); spans returned are into <paramref name="text"/>.</param>
    /// <param name="articleDate">Resolves relative dates ("on Thursday", "last October").</param>
    public static IReadOnlyList<Figure> Find(string text, TextSpan range, DateOnly? articleDate) => [];
}
