using System.Globalization;
using System.Text;

namespace FactCheck.Core.Exports;

/// <summary>
/// Claims as RFC 4180 CSV for spreadsheets. Every text cell is quoted, so that a spreadsheet that splits on ';' or a
/// tab instead of ',' still keeps it whole, and a cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR,
/// LF, or their full-width forms, also after leading spaces) is prefixed with an apostrophe: an article's text can
/// never execute in the analyst's spreadsheet. Numbers are written plain.
/// </summary>
public static class ClaimCsv
{
    public static readonly string[] Header =
    [
        "claim_id", "article_id", "article_title", "kind", "statement", "quote", "start", "end", "speaker", "cue", "direct",
        "figures", "sourced", "check_worthiness", "status", "verdict", "explanation", "sources",
    ];

    public static string Write(IEnumerable<ClaimRecord> records)
    {
        var sb = new StringBuilder();
        Line(sb, Header);
        foreach (var r in records)
        {
            Line(sb,
            [
                Num(r.Id), Num(r.ArticleId), Cell(r.ArticleTitle), Cell(r.Kind), Cell(r.Statement), Cell(r.Quote), Num(r.Start), Num(r.End),
                Cell(r.Speaker), Cell(r.Cue), Bool(r.Direct), Cell(string.Join("; ", r.Figures.Select(f => f.Text))), Bool(r.Sourced),
                r.CheckWorthiness.ToString("0.###", CultureInfo.InvariantCulture), Cell(r.Status), Cell(r.Verdict), Cell(r.Explanation),
                Cell(string.Join(" ", r.Sources)),
            ]);
        }
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append(cells[i]);
        }
        sb.Append("\r\n");
    }

    /// <summary>A text cell: always quoted, with a formula neutralised.</summary>
    internal static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var first = value.AsSpan().TrimStart(' ');
        if (first.Length > 0 && first[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20')
            value = "'" + value;
        return "\"" + value.Replace("\"", "\"\"") + "\"";
    }

    private static string Num(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string? Bool(bool? b) => b switch { true => "true", false => "false", _ => null };
}
