using System.Text.Json;
using FactCheck.Core.Exports;
using FactCheck.Core.Tests.Reports;

namespace FactCheck.Core.Tests.Exports;

public class ClaimExportTests
{
    private static IReadOnlyList<ClaimRecord> Records()
    {
        var data = ReportSample.Data();
        return ClaimRecord.From(data.Article, data.Claims, data.Evidence);
    }

    /// <summary>A strict RFC 4180 reader, to prove the CSV reads back as written.</summary>
    private static List<List<string>> ParseCsv(string csv, char delimiter = ',')
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var ch = csv[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { cell.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else cell.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == delimiter) { row.Add(cell.ToString()); cell.Clear(); }
            else if (ch == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add(row); row = []; i++; }
            else cell.Append(ch);
        }
        return rows;
    }

    [Fact]
    public void Csv_round_trips_every_claim_with_quotes_commas_and_newlines_intact()
    {
        var records = Records();
        var rows = ParseCsv(ClaimCsv.Write(records));

        Assert.Equal(ClaimCsv.Header, rows[0]);
        Assert.Equal(records.Count + 1, rows.Count);
        var first = rows[1];
        Assert.Equal("1", first[0]);
        Assert.Equal("Floods in Campo Sereno | a *test*", first[2]);
        Assert.Equal("attribution", first[3]);
        Assert.Equal("Mayor Ana Ruiz said 1,204 homes were flooded.", first[5]);
        Assert.Equal("0", first[6]);
        Assert.Equal("45", first[7]);
        Assert.Equal("Ana Ruiz", first[8]);
        Assert.Equal("1,204 homes", first[11]);
        Assert.Equal("Mostly true", first[15]);
        Assert.Equal(records[0].Explanation, first[16]);
        Assert.Equal("https://civil-defense.example.gov/b/12", first[17]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"\"http://evil\"\")")]
    [InlineData("+1 555", "'+1 555")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("plain", "plain")]
    public void Cells_that_a_spreadsheet_would_run_are_neutralised(string value, string expectedInner)
    {
        var cell = ClaimCsv.Cell(value);
        Assert.Equal(expectedInner, cell.StartsWith('"') ? cell[1..^1] : cell);
    }

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    [InlineData(',')]
    public void A_spreadsheet_that_splits_on_another_delimiter_never_sees_a_cell_that_starts_a_formula(char delimiter)
    {
        // An unquoted "x;=cmd|' /C calc'!A0" would become two cells, the second a formula, where ';' separates cells.
        var hostile = Records().Select(r => r with
        {
            Statement = "Harmless words;=cmd|' /C calc'!A0",
            Explanation = "tab\t=1+1 and ; @SUM(A1) ; -2+3",
            Speaker = " =HYPERLINK(\"http://evil.example\")",
            Cue = "\uFF1D1+1",
        }).ToList();
        var csv = ClaimCsv.Write(hostile);

        foreach (var row in ParseCsv(csv, delimiter).Skip(1))
            foreach (var cell in row)
                Assert.False(cell.TrimStart(' ', '"').Length > 0 && cell.TrimStart(' ', '"')[0] is '=' or '+' or '@' or '\uFF1D',
                    $"cell '{cell}' would run as a formula when cells are split on '{delimiter}'");
        var fields = ParseCsv(csv)[1];
        Assert.Equal("Harmless words;=cmd|' /C calc'!A0", fields[4]);
        Assert.Equal("' =HYPERLINK(\"http://evil.example\")", fields[8]);
        Assert.Equal("'\uFF1D1+1", fields[9]);
    }

    [Fact]
    public void Json_round_trips_and_carries_w3c_selectors_that_find_the_words_again()
    {
        var data = ReportSample.Data();
        var json = ClaimJson.Write(Records());
        using var doc = JsonDocument.Parse(json);
        var claims = doc.RootElement.GetProperty("claims");
        Assert.Equal(data.Claims.Count, claims.GetArrayLength());
        var second = claims[1];
        Assert.Equal("figure", second.GetProperty("kind").GetString());
        Assert.False(second.GetProperty("sourced").GetBoolean());
        var selectors = second.GetProperty("selectors");
        var quote = selectors[0];
        Assert.Equal("TextQuoteSelector", quote.GetProperty("type").GetString());
        var exact = quote.GetProperty("exact").GetString()!;
        var prefix = quote.GetProperty("prefix").GetString()!;
        var suffix = quote.GetProperty("suffix").GetString()!;
        Assert.Equal("About 40% of the city lost power.", exact);
        Assert.Contains(prefix + exact + suffix, data.Article.Text);
        var position = selectors[1];
        Assert.Equal("TextPositionSelector", position.GetProperty("type").GetString());
        Assert.Equal(exact, data.Article.Text[position.GetProperty("start").GetInt32()..position.GetProperty("end").GetInt32()]);
    }
}
