using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction.Figures;

/// <summary>Finds the numbers a stretch of text cites: counts, amounts, percentages, durations, ranges and dates.</summary>
public static class FigureFinder
{
    /// <summary>More figures than this in one stretch is not prose; stop rather than report them all.</summary>
    public const int MaxFigures = 10_000;

    /// <param name="text">The whole article text as given.</param>
    /// <param name="range">The stretch to search (a sentence); spans returned are into <paramref name="text"/>.</param>
    /// <param name="articleDate">Resolves relative dates ("on Thursday", "last October").</param>
    /// <remarks>
    /// A figure's span holds the number, an adjacent qualifier and a measurement unit ("more than 20 m");
    /// a counted noun is reported as <see cref="Figure.Unit"/> but left outside the span ("1,204" homes).
    /// Dates of month or year precision carry the period's first day. Runs in time linear in the range
    /// and returns at most <see cref="MaxFigures"/> figures.
    /// </remarks>
    public static IReadOnlyList<Figure> Find(string text, TextSpan range, DateOnly? articleDate) => Find(text, range, articleDate, new Tokens(), []);

    /// <param name="tokens">Reloaded with the range's tokens: one instance serves every sentence of an article.</param>
    /// <param name="figures">Scratch list, cleared first; the figures are returned in an array of their own.</param>
    internal static IReadOnlyList<Figure> Find(string text, TextSpan range, DateOnly? articleDate, Tokens tokens, List<Figure> figures)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var start = Math.Clamp(range.Start, 0, text.Length);
        var end = Math.Clamp(range.End, start, text.Length);
        tokens.Load(text, start, end);
        figures.Clear();
        var i = 0;
        var floor = 0;
        while (i < tokens.Count && figures.Count < MaxFigures)
        {
            var next = i + 1;
            try
            {
                if (FigureReader.TryRead(tokens, i, floor, articleDate, out var figure, out var after))
                {
                    figures.Add(figure);
                    floor = after;
                }
                next = Math.Max(after, i + 1);
            }
            catch (Exception e) when (e is ArgumentException or OverflowException or IndexOutOfRangeException or InvalidOperationException)
            {
                // A reader bug at one spot must not cost the caller every other figure of the article.
            }
            i = next;
        }
        return figures.Count == 0 ? [] : figures.ToArray();
    }
}
