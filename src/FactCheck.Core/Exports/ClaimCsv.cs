using System.Globalization;
using System.Text;

namespace FactCheck.Core.Exports;

/// <summary>
/// Claims as RFC 4180 CSV for spreadsheets. Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR)
/// are prefixed with an apostrophe, so an article's text can never execute in the analyst's spreadsheet.
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
                Num(r.Id), Num(r.ArticleId), r.ArticleTitle, r.Kind, r.Statement, r.Quote, Num(r.Start), Num(r.End),
                r.Speaker, r.Cue, Bool(r.Direct), string.Join("; ", r.Figures.Select(f => f.Text)), Bool(r.Sourced),
                r.CheckWorthiness.ToString("0.###", CultureInfo.InvariantCulture), r.Status, r.Verdict, r.Explanation,
                string.Join(" ", r.Sources),
            ]);
        }
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append(Cell(cells[i]));
        }
        sb.Append("\r\n");
    }

    internal static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    private static string Num(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string? Bool(bool? b) => b switch { true => "true", false => "false", _ => null };
}
