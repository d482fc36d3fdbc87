using FactCheck.Core.Text;

namespace FactCheck.Core.Extraction;

/// <summary>A quotation in the analysis text, marks included; <see cref="Open"/> when the paragraph ends before it closes.</summary>
public readonly record struct Quotation(int Start, int End, bool Open)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>Pairs double quotation marks (all styles are '"' in the analysis text) within one paragraph, in one pass.</summary>
public static class QuoteScanner
{
    public static List<Quotation> Scan(string text, TextSpan paragraph)
    {
        var result = new List<Quotation>();
        var open = -1;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            if (text[i] != '"') continue;
            var before = i > paragraph.Start ? text[i - 1] : ' ';
            var after = i + 1 < paragraph.End ? text[i + 1] : ' ';
            var looksOpening = (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or ':' or '/') && !char.IsWhiteSpace(after);
            if (open < 0)
            {
                // A stray closing mark with nothing open is ignored.
                if (looksOpening || i == paragraph.Start) open = i;
                continue;
            }
            if (looksOpening && !(char.IsLetterOrDigit(before) || char.IsPunctuation(before) && before is not '(' and not '[' and not '—' and not '–' and not '-' and not ':'))
            {
                // Two openings in a row: the first quotation was never closed; end it before this one.
                var end = i;
                while (end > open + 1 && char.IsWhiteSpace(text[end - 1])) end--;
                result.Add(new Quotation(open, end, true));
                open = i;
                continue;
            }
            result.Add(new Quotation(open, i + 1, false));
            open = -1;
        }
        if (open >= 0) result.Add(new Quotation(open, paragraph.End, true));
        return result;
    }
}
