using FactCheck.Core.Extraction;
using FactCheck.Core.Reports;
using FactCheck.Core.Reviews;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Reports;

/// <summary>A fixed article with a checked attribution, an unsourced figure, a set-aside claim and an unchecked one.</summary>
public static class ReportSample
{
    public const string Text = "Mayor Ana Ruiz said 1,204 homes were flooded.\n\nAbout 40% of the city lost power. The new dikes will fail, she said.\n\nThe river peaked on Thursday.";

    public static ReportData Data(bool approved = false)
    {
        var article = new Article
        {
            Id = 7, Title = "Floods in Campo Sereno | a *test*", Outlet = "Meridian News", Author = "Helena Prado",
            Published = new DateOnly(2026, 3, 12), Url = "https://news.example.com/floods?id=7", Text = Text,
            Summary = "The mayor's flood count is close to the official one; the power cut was far smaller than reported.",
        };
        var status = approved ? ClaimStatus.Approved : ClaimStatus.Proposed;
        var claims = new List<Claim>
        {
            new()
            {
                Id = 1, ArticleId = 7, Kind = ClaimKind.Attribution, Statement = "Ana Ruiz said 1,204 homes were flooded in Campo Sereno on 12 March 2026.",
                Span = new TextSpan(0, 45), SpeakerName = "Ana Ruiz", Cue = "said", Direct = false,
                Figures = [new Figure("1,204 homes", new TextSpan(20, 31), 1204, "homes", null, "homes flooded", null)],
                Status = status, Verdict = "Mostly true",
                Explanation = "The civil defense bulletin counts **1,190** flooded homes.\n\n- close to the cited figure\n- [bulletin](https://civil-defense.example.gov/b/12)",
            },
            new()
            {
                Id = 2, ArticleId = 7, Kind = ClaimKind.Figure, Statement = "About 40% of Campo Sereno lost power.",
                Span = new TextSpan(47, 80), Sourced = false, Status = status, Verdict = "False",
                Explanation = "The utility reported 12%.",
            },
            new()
            {
                Id = 3, ArticleId = 7, Kind = ClaimKind.Attribution, Statement = "Ana Ruiz said the new dikes will fail.",
                Span = new TextSpan(81, 115), SpeakerName = "Ana Ruiz", Cue = "said", Direct = false,
                Status = status, Verdict = "Not checkable", Explanation = "A prediction.",
            },
            new()
            {
                Id = 4, ArticleId = 7, Kind = ClaimKind.Fact, Statement = "The river peaked on 12 March 2026.", Origin = ClaimOrigin.Manual,
                Span = new TextSpan(117, 146), Status = approved ? ClaimStatus.Approved : ClaimStatus.Open,
            },
        };
        var bulletin = new Source
        {
            Id = 1, Url = "https://civil-defense.example.gov/b/12", Title = "Flood bulletin 12", Publisher = "State Civil Defense",
            PublishedOn = new DateOnly(2026, 3, 12), AccessedOn = new DateOnly(2026, 3, 13), Kind = SourceKind.OfficialStatistic,
        };
        var utility = new Source
        {
            Id = 2, Url = "https://energia.example.com/outages", Title = null, Publisher = "Energia Sul",
            AccessedOn = new DateOnly(2026, 3, 13), Kind = SourceKind.PrimaryDocument,
        };
        var evidence = new List<Evidence>
        {
            new() { Id = 1, ClaimId = 1, SourceId = 1, Source = bulletin, Stance = Stance.Supports, Passage = "1,190 residences were flooded" },
            new() { Id = 2, ClaimId = 2, SourceId = 2, Source = utility, Stance = Stance.Contradicts, Passage = "12% of customers lost power" },
        };
        var snapshots = new Dictionary<long, FactCheck.Core.Sources.Snapshot>
        {
            [1] = new() { Id = 1, SourceId = 1, Text = "1,190 residences were flooded", Sha256 = new string('a', 64),
                RetrievedAt = new DateTimeOffset(2026, 3, 13, 9, 0, 0, TimeSpan.Zero), ArchiveUrl = "https://web.archive.org/web/20260313/https://civil-defense.example.gov/b/12" },
            [2] = new() { Id = 2, SourceId = 2, Text = "12% of customers lost power", Sha256 = new string('b', 64),
                RetrievedAt = new DateTimeOffset(2026, 3, 13, 9, 30, 0, TimeSpan.Zero), Manual = true },
        };
        return new ReportData(article, claims, evidence, VerdictScale.Default) { Snapshots = snapshots };
    }

    public static readonly ReportOptions Options = new() { GeneratedAt = new DateTimeOffset(2026, 3, 14, 10, 0, 0, TimeSpan.Zero) };
}
