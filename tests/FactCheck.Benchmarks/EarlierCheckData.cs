using System.Text;
using FactCheck.Core.ClaimReviews;
using FactCheck.Core.Data;
using FactCheck.Core.Extraction;
using FactCheck.Core.Import;
using FactCheck.Core.Matching;

namespace FactCheck.Benchmarks;

/// <summary>Synthetic earlier checks at scale: claim-like sentences over a Zipf-distributed vocabulary, with unit vectors.</summary>
public static class EarlierCheckData
{
    private static readonly string[] Vocabulary = BuildVocabulary();

    private static string[] BuildVocabulary()
    {
        // The sample article's words first (the most frequent), then made-up words for a long tail, as in real claims.
        var words = MatchTokens.Of(SampleArticles.Flood.Text).Distinct().ToList();
        var random = new Random(7);
        while (words.Count < 20_000)
            words.Add(new string(Enumerable.Range(0, random.Next(4, 10)).Select(_ => (char)('a' + random.Next(26))).ToArray()));
        return words.ToArray();
    }

    public static string Sentence(Random random)
    {
        var n = random.Next(8, 20);
        var words = new string[n];
        // Zipf: rank r with weight 1/r, drawn by inverting the harmonic sum approximately.
        for (var i = 0; i < n; i++) words[i] = Vocabulary[Math.Min(Vocabulary.Length - 1, (int)Math.Exp(random.NextDouble() * Math.Log(Vocabulary.Length)) - 1)];
        return char.ToUpperInvariant(words[0][0]) + string.Join(' ', words)[1..] + ".";
    }

    public static float[] UnitVector(Random random)
    {
        var v = new float[SentenceEmbedder.Dimensions];
        for (var i = 0; i < v.Length; i++) v[i] = (float)(random.NextDouble() * 2 - 1);
        return Vectors.Normalize(v);
    }

    public static ClaimReviewRecord Record(int i, Random random) => new()
    {
        Url = $"https://checkers.example/{i}", ClaimReviewed = Sentence(random), Rating = i % 3 == 0 ? "False" : "Misleading",
        Organisation = $"Checker {i % 40}", Claimant = i % 2 == 0 ? "A politician" : null, ReviewedOn = new DateOnly(2024, 1, 1).AddDays(i % 700),
    };

    /// <summary>A ClaimReview DataFeed of <paramref name="count"/> records, as another newsroom would publish it.</summary>
    public static string Feed(int count)
    {
        var random = new Random(11);
        var json = new StringBuilder("""{"@context":"https://schema.org","@type":"DataFeed","dataFeedElement":[""");
        for (var i = 0; i < count; i++)
        {
            var r = Record(i, random);
            if (i > 0) json.Append(',');
            json.Append($$$"""{"@type":"ClaimReview","url":"{{{r.Url}}}","claimReviewed":"{{{r.ClaimReviewed}}}","datePublished":"{{{r.ReviewedOn:yyyy-MM-dd}}}","author":{"@type":"Organization","name":"{{{r.Organisation}}}"},"reviewRating":{"@type":"Rating","alternateName":"{{{r.Rating}}}"}}""");
        }
        return json.Append("]}").ToString();
    }

    /// <summary>A fresh migrated SQLite file.</summary>
    public static (Database Db, string Folder) EmptyDatabase()
    {
        var folder = Path.Combine(Path.GetTempPath(), "factcheck-bench", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        var db = new Database($"Data Source={Path.Combine(folder, "bench.db")}", folder);
        Migrator.Migrate(db);
        return (db, folder);
    }

    /// <summary>A database holding <paramref name="count"/> imported reviews, each with a (random) stored embedding.</summary>
    public static (Database Db, string Folder) DatabaseWithReviews(int count)
    {
        var (db, folder) = EmptyDatabase();
        var store = new ClaimReviewStore(db, TimeProvider.System);
        var random = new Random(3);
        for (var start = 0; start < count; start += 10_000)
            store.Upsert(Enumerable.Range(start, Math.Min(10_000, count - start)).Select(i => (Record(i, random), (float[]?)UnitVector(random))).ToList(), "bench");
        return (db, folder);
    }

    /// <summary>The standalone statements of a real article's claims, repeated to <paramref name="count"/>.</summary>
    public static IReadOnlyList<string> ArticleClaims(int count)
    {
        var statements = new ClaimExtractor().Extract(SampleArticles.Flood.Text).Claims.Select(c => c.Statement).ToList();
        return Enumerable.Range(0, count).Select(i => statements[i % statements.Count]).ToList();
    }
}
