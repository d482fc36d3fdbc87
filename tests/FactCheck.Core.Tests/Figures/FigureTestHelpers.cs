using FactCheck.Core.Extraction;
using FactCheck.Core.Extraction.Figures;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Figures;

internal static class FigureTestHelpers
{
    /// <summary>Thursday, the article date used for relative dates.</summary>
    public static readonly DateOnly Article = new(2026, 3, 12);

    public static IReadOnlyList<Figure> Find(string text, DateOnly? article = null) =>
        FigureFinder.Find(text, new TextSpan(0, text.Length), article);

    public static Figure Single(string text, DateOnly? article = null)
    {
        var figures = Find(text, article);
        Assert.True(figures.Count == 1, $"expected one figure in \"{text}\", got: {string.Join(" | ", figures.Select(f => f.Text))}");
        return figures[0];
    }

    public static Figure One(string text, string figureText, DateOnly? article = null)
    {
        var figures = Find(text, article);
        var match = figures.FirstOrDefault(f => f.Text == figureText);
        Assert.True(match is not null, $"no figure \"{figureText}\" in \"{text}\"; got: {string.Join(" | ", figures.Select(f => f.Text))}");
        return match;
    }
}
