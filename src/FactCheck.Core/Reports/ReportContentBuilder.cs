using System.Globalization;
using FactCheck.Core.Exports;
using FactCheck.Core.Extraction;
using FactCheck.Core.Reviews;

namespace FactCheck.Core.Reports;

/// <summary>Turns an article's claims, evidence and credits into <see cref="ReportContent"/>, in the editor's order.</summary>
public static class ReportContentBuilder
{
    public static ReportContent Build(ReportData data, bool includeUnchecked)
    {
        var article = data.Article;
        var checkedClaims = data.Claims.Where(c => c.Verdict is not null).ToList();
        var listed = Order(includeUnchecked ? data.Claims : checkedClaims, article.ClaimOrder);
        var evidenceByClaim = data.Evidence.ToLookup(e => e.ClaimId);
        var sources = new List<ReportSource>();
        var numberOf = new Dictionary<long, int>();
        var claims = new List<ReportClaim>();
        foreach (var claim in listed)
        {
            var citations = new List<ReportCitation>();
            foreach (var e in evidenceByClaim[claim.Id])
            {
                if (!numberOf.TryGetValue(e.SourceId, out var number))
                {
                    number = numberOf[e.SourceId] = sources.Count + 1;
                    sources.Add(Source(e.Source, number, data.Snapshots.GetValueOrDefault(e.SourceId)));
                }
                citations.Add(new ReportCitation(number, e.Passage, e.Stance.Label().ToLowerInvariant()));
            }
            claims.Add(new ReportClaim
            {
                ClaimId = claim.Id,
                Statement = claim.Statement,
                Quoted = claim.Span.End <= article.Text.Length ? Text.OneLine.Of(claim.Span.Slice(article.Text)) : "",
                Speaker = claim.SpeakerName,
                SpeakerIsOrganization = claim.SpeakerName is { } s && ClaimReviewWriter.IsOrganization(s),
                Occasion = Occasion(article),
                Presentation = Presentation(claim),
                Verdict = claim.Verdict,
                QuoteCheck = claim.Kind == ClaimKind.Attribution && claim.AttributionCheck != AttributionCheck.NotChecked ? claim.AttributionCheck : null,
                Explanation = string.IsNullOrWhiteSpace(claim.Explanation) ? null : claim.Explanation.Replace("\r\n", "\n").Trim(),
                Citations = citations,
            });
        }
        var approved = listed.Count > 0 && listed.All(c => c.Status is ClaimStatus.Approved or ClaimStatus.Published);
        return new ReportContent
        {
            Article = new ReportArticle
            {
                Id = article.Id, Title = article.Title, Outlet = article.Outlet, Author = article.Author, Url = article.Url, Published = article.Published,
            },
            Summary = string.IsNullOrWhiteSpace(article.Summary) ? null : article.Summary.Replace("\r\n", "\n").Trim(),
            Claims = claims,
            Sources = sources,
            Scale = data.Scale.Verdicts,
            ClaimCount = data.Claims.Count,
            UncheckedCount = data.Claims.Count - checkedClaims.Count,
            Methodology = Methodology(data, checkedClaims),
            MethodologyNote = string.IsNullOrWhiteSpace(article.Methodology) ? null : article.Methodology.Replace("\r\n", "\n").Trim(),
            CheckedBy = data.Credits.CheckedBy.Select(data.NameOf).Distinct().ToList(),
            ApprovedBy = approved ? data.Credits.ApprovedBy.Select(data.NameOf).Distinct().ToList() : [],
            ApprovedOn = approved && data.Credits.LastApproved is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null,
            Approved = approved,
        };
    }

    /// <summary>The editor's order first; the rest most check-worthy first, then as they appear in the article.</summary>
    public static IReadOnlyList<Claim> Order(IReadOnlyList<Claim> claims, IReadOnlyList<long> editorOrder)
    {
        var position = editorOrder.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        return claims
            .OrderBy(c => position.TryGetValue(c.Id, out var p) ? p : int.MaxValue)
            .ThenByDescending(c => Math.Round(c.CheckWorthiness, 3))
            .ThenBy(c => c.Span.Start).ThenBy(c => c.Ordinal)
            .ToList();
    }

    private static ReportSource Source(Source s, int number, Sources.Snapshot? snapshot) => new()
    {
        Number = number, Url = s.Url, Title = s.Title, Publisher = s.Publisher, PublishedOn = s.PublishedOn, AccessedOn = s.AccessedOn,
        Kind = s.Kind == SourceKind.Other ? "" : s.Kind.Label(),
        ArchiveUrl = snapshot?.ArchiveUrl is { } archive && UrlRules.IsSafeLink(archive) ? archive : null,
        ArchivedAt = snapshot?.RetrievedAt,
        PastedCopy = snapshot?.Manual ?? false,
    };

    /// <summary>Where the claim was made: the article it appears in, with its outlet and date.</summary>
    private static string? Occasion(Article article)
    {
        var outlet = string.IsNullOrWhiteSpace(article.Outlet) ? null : article.Outlet.Trim();
        var date = article.Published is { } d ? d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : null;
        return (outlet, date) switch
        {
            (null, null) => null,
            (null, _) => $"in the article of {date}",
            (_, null) => $"in {outlet}",
            _ => $"in {outlet} on {date}",
        };
    }

    private static string? Presentation(Claim claim) => claim.Kind switch
    {
        ClaimKind.Attribution when claim.Direct == true => "a direct quotation",
        ClaimKind.Attribution when claim.Direct == false => "reported speech, not a direct quotation",
        ClaimKind.Figure when claim.Sourced == false => "the article gives no source for this figure",
        _ => null,
    };

    private static string Methodology(ReportData data, List<Claim> checkedClaims)
    {
        var extracted = data.Claims.Count(c => c.Origin == ClaimOrigin.Extracted);
        var manual = data.Claims.Count(c => c.Origin == ClaimOrigin.Manual);
        var split = data.Claims.Count(c => c.Origin == ClaimOrigin.Split);
        var setAside = checkedClaims.Count(c => data.Scale.Find(c.Verdict) is { Rank: null, NeedsSource: false } v && v.Label == "Not checkable");
        var text = new System.Text.StringBuilder();
        text.Append("FactCheck broke the article into ").Append(Plural(extracted, "claim")).Append(" automatically");
        var byReviewers = new List<string>();
        if (split > 0) byReviewers.Add($"split {Plural(split, "claim")} in two");
        if (manual > 0) byReviewers.Add($"added {Plural(manual, "claim")} by hand");
        text.Append(byReviewers.Count > 0 ? "; reviewers " + string.Join(" and ", byReviewers) : "").Append(".\n");
        text.Append("Of ").Append(Plural(data.Claims.Count, "claim")).Append(", ").Append(checkedClaims.Count - setAside)
            .Append(" were checked and ").Append(setAside).Append(" set aside as not checkable (opinion or prediction).\n");
        text.Append("Each verdict rests on the sources listed under its claim, with the passage quoted from each source,\n");
        text.Append("so that a reader can repeat the check. Verdicts use the scale: ").Append(string.Join(", ", data.Scale.Verdicts.Select(v => v.Label))).Append('.');
        return text.ToString();
    }


    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
