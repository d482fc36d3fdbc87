using System.Text;
using FactCheck.Core.Data;
using FactCheck.Core.Extraction;
using FactCheck.Core.Reviews;
using FactCheck.Core.Text;
using Microsoft.Data.Sqlite;

namespace FactCheck.Benchmarks;

/// <summary>Generated articles and databases of a given size, written by the project for measuring.</summary>
public static class BenchData
{
    private static readonly string[] Paragraphs =
    [
        "At least {0} homes were flooded in the river district on Thursday, the civil defense agency said, and another {1} were destroyed.",
        "\"We have never seen the water rise this fast,\" Mayor Ana Ruiz told reporters at a shelter. \"Our priority is to get people out.\"",
        "She said that {0} people had been rescued by boat overnight and that nearly {2}% of the city was without power.",
        "The governor declared a state of emergency on Friday, freeing about ${1} million for shelters, according to a statement.",
        "Dr. Rafael Lins, a hydrologist at the Federal University, said the river peaked at 14.{2} meters, breaking the 1965 record.",
        "The veteran hydrologist warned that a second flood wave could arrive on Saturday and urged residents to leave.",
    ];

    /// <summary>News-like text of about <paramref name="chars"/> characters, in paragraphs.</summary>
    public static string Article(int chars)
    {
        var sb = new StringBuilder(chars + 200);
        sb.Append("Floods swamp southern city as river hits record\n\nCAMPO SERENO, March 12 (Meridian News)--");
        var i = 0;
        while (sb.Length < chars)
        {
            sb.AppendFormat(System.Globalization.CultureInfo.InvariantCulture, Paragraphs[i % Paragraphs.Length], 100 + i % 900, 10 + i % 90, i % 10);
            sb.Append(i % 3 == 2 ? "\n\n" : " ");
            i++;
        }
        return sb.ToString();
    }

    /// <summary>
    /// A migrated database in a temp folder with one article holding exactly <paramref name="claimCount"/> claims, spread
    /// evenly over a text of <paramref name="textChars"/> characters (by default 130 a claim).
    /// </summary>
    public static (Database Db, long ArticleId, string Folder) DatabaseWithClaims(int claimCount, int? textChars = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "factcheck-bench", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        var db = new Database($"Data Source={Path.Combine(folder, "bench.db")}", folder);
        Migrator.Migrate(db);
        var text = Article(textChars ?? claimCount * 130);
        var step = Math.Max(130, text.Length / claimCount);
        var claims = new List<ExtractedClaim>();
        var blocks = new List<DocumentBlock>();
        var start = 0;
        for (var i = 0; i < claimCount; i++)
        {
            var end = Math.Min(text.Length, start + 120);
            claims.Add(new ExtractedClaim
            {
                Id = $"c{i}", Kind = (ClaimKind)(i % 3), Statement = text[start..end], Span = new TextSpan(start, end),
                Speaker = i % 3 == 0 ? new Speaker("Ana Ruiz", "she", new TextSpan(start, start + 3)) : null,
                Figures = [new Figure("1,204 homes", new TextSpan(start, start + 5), 1204, "homes", "at least", "homes flooded", null)],
                CheckWorthiness = 0.5,
            });
            if (i % 4 == 0) blocks.Add(new DocumentBlock(BlockKind.Paragraph, new TextSpan(start, Math.Min(text.Length, start + 4 * step - 10))));
            start += step;
        }
        var id = new ArticleStore(db, TimeProvider.System).Create(new ArticleDraft { Text = text, Outlet = "Meridian News" }, "Benchmark article",
            new ExtractionResult("Benchmark article", null, null, blocks, claims));
        return (db, id, folder);
    }

    public static void Delete(string folder)
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, true); } catch (IOException) { }
    }
}
