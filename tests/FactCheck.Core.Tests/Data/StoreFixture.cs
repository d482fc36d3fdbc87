using FactCheck.Core.Data;
using FactCheck.Core.Extraction;
using FactCheck.Core.Reviews;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Data;

/// <summary>Stores on a temp database (SQLite, or PostgreSQL for the twin test classes), and a small article with hand-made claims (not the extractor's).</summary>
public sealed class StoreFixture : IDisposable
{
    public const string Text = "Mayor Ana Ruiz said 1,204 homes were flooded.\n\nThe river peaked on Thursday.";

    public StoreFixture(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        Temp = new TempDatabase(provider: provider);
        Articles = new ArticleStore(Temp.Db, Clock);
        Claims = new ClaimStore(Temp.Db, Clock);
        Evidence = new EvidenceStore(Temp.Db, Clock);
    }

    public TempDatabase Temp { get; }
    public FixedClock Clock { get; } = new(new DateTimeOffset(2026, 3, 13, 9, 30, 0, TimeSpan.Zero));
    public ArticleStore Articles { get; }
    public ClaimStore Claims { get; }
    public EvidenceStore Evidence { get; }

    public static ExtractionResult Extraction() => new(
        "Floods", new DateOnly(2026, 3, 12), null,
        [new DocumentBlock(BlockKind.Paragraph, new TextSpan(0, 45)), new DocumentBlock(BlockKind.Paragraph, new TextSpan(47, 77))],
        [
            new ExtractedClaim
            {
                Id = "c1", Kind = ClaimKind.Attribution, Statement = "Ana Ruiz said 1,204 homes were flooded.", Span = new TextSpan(0, 45),
                Speaker = new Speaker("Ana Ruiz", "Mayor Ana Ruiz", new TextSpan(0, 14)), Cue = new Cue("said", new TextSpan(15, 19)),
                Content = [new TextSpan(20, 44)], Direct = false,
                Figures = [new Figure("1,204 homes", new TextSpan(20, 31), 1204, "homes", null, "homes flooded", null)],
                Sourced = true, CheckWorthiness = 0.9,
            },
            new ExtractedClaim
            {
                Id = "c2", Kind = ClaimKind.Fact, Statement = "The river peaked on 12 March 2026.", Span = new TextSpan(47, 77),
                CheckWorthiness = 0.6,
            },
        ]);

    public long CreateArticle(string title = "Floods in Campo Sereno", string? outlet = "Meridian News") =>
        Articles.Create(new ArticleDraft { Text = Text, Outlet = outlet, Url = "https://example.org/floods" }, title, Extraction());

    public void Dispose() => Temp.Dispose();
}
