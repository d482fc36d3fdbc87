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
    /// a counted noun is reported as <see cref="Figure.Unit"/> but left outside the span ("1,204" homes),
    /// except in a proportion ("four out of nine runs"). Ranges, lists and dimensions are one figure
    /// ("940–1060 K", "2, 5 and 10 µg", "3 × 3 mm") valued by their first number. A bound named before the
    /// figure ("an upper limit of 8000 K") sets <see cref="Figure.Qualifier"/> and its kind without joining
    /// the span. Dates of month or year precision carry the period's first day; a day or month without a
    /// year takes the nearest one, in the past for a past clause and ahead for a future one. Runs in time
    /// linear in the range and returns at most <see cref="MaxFigures"/> figures.
    /// </remarks>
    public static IReadOnlyList<Figure> Find(string text, TextSpan range, DateOnly? articleDate) => Find(text, range, articleDate, new Tokens(), []);

    /// <param name="tokens">Reloaded with the range's tokens: one instance serves every sentence of an article.</param>
    /// <param name="figures">Scratch list, cleared first; the figures are returned in an array of their own.</param>
    internal static IReadOnlyList<Figure> Find(string text, TextSpan range, DateOnly? articleDate, Tokens tokens, List<Figure> figures)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var start = Math.Clamp(range.Start, 0, text.Length);
        var end = Math.Clamp(range.End, start, text.Length);
        // The words just before the range come along as context, never as figures: a sentence split after an
        // abbreviation the splitter does not know ("Figs. 2 and 3", "(p. 301)", "Eq. (4)") must still see its label.
        var context = ContextStart(text, start);
        tokens.Load(text, context, end);
        figures.Clear();
        var i = 0;
        while (i < tokens.Count && tokens[i].Start < start) i++;
        var floor = i;
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

    private const int ContextChars = 24;

    /// <summary>Where the word before <paramref name="start"/> begins (at most a few characters back), or start itself.</summary>
    private static int ContextStart(string text, int start)
    {
        // Only across a space: a range that starts inside a token keeps its own first token.
        if (start == 0 || !char.IsWhiteSpace(text[start - 1])) return start;
        var k = start;
        var limit = Math.Max(0, start - ContextChars);
        while (k > limit && char.IsWhiteSpace(text[k - 1])) k--;
        while (k > limit && !char.IsWhiteSpace(text[k - 1])) k--;
        // A word cut by the limit would be a different word: leave it out.
        while (k < start && k > 0 && !char.IsWhiteSpace(text[k - 1])) k++;
        return k;
    }
}
