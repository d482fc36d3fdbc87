using System.Globalization;
using System.Text;
using FactCheck.Core.Extraction;
using FactCheck.Core.Reviews;
using static FactCheck.Core.Reports.MarkdownText;

namespace FactCheck.Core.Reports;

/// <summary>Writes an article's verdict report as CommonMark with pipe tables, readable as plain text.</summary>
public static class ReportWriter
{
    public static string Write(ReportData data, ReportOptions? options = null)
    {
        options ??= new ReportOptions();
        var article = data.Article;
        var checkedClaims = data.Claims.Where(c => c.Verdict is not null).ToList();
        var listed = options.IncludeUnchecked ? data.Claims.ToList() : checkedClaims;
        var approved = listed.Count > 0 && listed.All(c => c.Status is ClaimStatus.Approved or ClaimStatus.Published);
        var evidenceByClaim = data.Evidence.ToLookup(e => e.ClaimId);
        var md = new StringBuilder();

        md.Append("# Fact-check: ").AppendLine(Inline(article.Title)).AppendLine();
        if (!approved)
            md.AppendLine("> **Draft — not approved.** An editor has not yet approved these verdicts.").AppendLine();

        md.AppendLine("| Article | |").AppendLine("|---|---|");
        Row(md, "Title", Inline(article.Title));
        Row(md, "Outlet", Inline(article.Outlet));
        Row(md, "Author", Inline(article.Author));
        Row(md, "Published", Date(article.Published));
        Row(md, "URL", article.Url is null ? "" : Link(article.Url, article.Url));
        if (data.Credits.CheckedBy.Count > 0) Row(md, "Checked by", Inline(string.Join(", ", data.Credits.CheckedBy)));
        if (approved && data.Credits.ApprovedBy.Count > 0)
            Row(md, "Approved by", $"{Inline(string.Join(", ", data.Credits.ApprovedBy))}, {Date(DateOnly.FromDateTime(data.Credits.LastApproved!.Value.UtcDateTime))}");
        Row(md, "Report generated", options.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
        if (options.Publishing is { } stamp)
            Row(md, "Published", $"version {stamp.Version}, {Date(DateOnly.FromDateTime(stamp.At.UtcDateTime))}, by {Inline(stamp.By)}");
        else if (data.Versions.Count > 0)
            Row(md, "Last published", $"version {data.Versions[^1].Version}, {Date(DateOnly.FromDateTime(data.Versions[^1].PublishedAt.UtcDateTime))} (this draft may differ)");
        md.AppendLine();

        md.AppendLine("## Verdict summary").AppendLine();
        md.AppendLine("| Verdict | Claims |").AppendLine("|---|---:|");
        foreach (var verdict in data.Scale.Verdicts)
        {
            var count = checkedClaims.Count(c => string.Equals(c.Verdict, verdict.Label, StringComparison.OrdinalIgnoreCase));
            if (count > 0) md.Append("| ").Append(Inline(verdict.Label)).Append(" | ").Append(count).AppendLine(" |");
        }
        var offScale = checkedClaims.Count(c => data.Scale.Find(c.Verdict) is null);
        if (offScale > 0) md.Append("| Other | ").Append(offScale).AppendLine(" |");
        md.Append("| Not yet checked | ").Append(data.Claims.Count - checkedClaims.Count).AppendLine(" |");
        md.Append("| **All claims** | **").Append(data.Claims.Count).AppendLine("** |").AppendLine();

        md.AppendLine("## Claims").AppendLine();
        if (listed.Count == 0) md.AppendLine("No claims to report.").AppendLine();
        var number = 0;
        foreach (var claim in listed)
            WriteClaim(md, ++number, claim, article.Text, evidenceByClaim[claim.Id].ToList());

        md.AppendLine("## Methodology").AppendLine();
        var extracted = data.Claims.Count(c => c.Origin == ClaimOrigin.Extracted);
        var manual = data.Claims.Count(c => c.Origin == ClaimOrigin.Manual);
        var split = data.Claims.Count(c => c.Origin == ClaimOrigin.Split);
        var setAside = checkedClaims.Count(c => data.Scale.Find(c.Verdict) is { Rank: null, NeedsSource: false } v && v.Label == "Not checkable");
        md.Append("FactCheck broke the article into ").Append(Plural(extracted, "claim")).Append(" automatically");
        var byReviewers = new List<string>();
        if (split > 0) byReviewers.Add($"split {Plural(split, "claim")} in two");
        if (manual > 0) byReviewers.Add($"added {Plural(manual, "claim")} by hand");
        md.Append(byReviewers.Count > 0 ? "; reviewers " + string.Join(" and ", byReviewers) : "").AppendLine(".");
        md.Append("Of ").Append(Plural(data.Claims.Count, "claim")).Append(", ").Append(checkedClaims.Count - setAside)
          .Append(" were checked and ").Append(setAside).AppendLine(" set aside as not checkable (opinion or prediction).");
        md.AppendLine("Each verdict rests on the sources listed under its claim, with the passage quoted from each source,");
        md.AppendLine("so that a reader can repeat the check. Verdicts use the scale: "
            + string.Join(", ", data.Scale.Verdicts.Select(v => Inline(v.Label))) + ".").AppendLine();
        if (!string.IsNullOrWhiteSpace(article.Methodology))
            md.AppendLine(article.Methodology.Replace("\r\n", "\n").Trim()).AppendLine();

        md.AppendLine("## Corrections").AppendLine();
        var corrections = data.Versions.Where(v => !string.IsNullOrWhiteSpace(v.Correction))
            .Select(v => (v.Version, v.PublishedAt, Note: v.Correction!)).ToList();
        if (options.Publishing is { Correction: { Length: > 0 } note } publishing)
            corrections.Add((publishing.Version, publishing.At, note));
        if (corrections.Count == 0) md.AppendLine("No corrections.");
        foreach (var (version, at, correction) in corrections)
            md.Append("- ").Append(Date(DateOnly.FromDateTime(at.UtcDateTime))).Append(" (version ").Append(version).Append("): ")
              .AppendLine(Inline(correction));
        return md.ToString();
    }

    private static void WriteClaim(StringBuilder md, int number, Claim claim, string articleText, List<Evidence> evidence)
    {
        md.Append("### ").Append(number).Append(". ").AppendLine(Inline(claim.Statement)).AppendLine();
        md.Append("- **Kind:** ").AppendLine(KindLabel(claim));
        var quoted = claim.Span.End <= articleText.Length ? claim.Span.Slice(articleText) : "";
        if (quoted.Length > 0) md.Append("- **In the article:** “").Append(Inline(quoted)).AppendLine("”");
        if (claim.SpeakerName is not null) md.Append("- **Speaker:** ").AppendLine(Inline(claim.SpeakerName));
        if (claim.Figures.Count > 0)
            md.Append("- **Figures:** ").AppendLine(string.Join("; ", claim.Figures.Select(f => Inline(f.Text))));
        md.Append("- **Verdict:** ").AppendLine(claim.Verdict is null ? "not yet checked" : $"**{Inline(claim.Verdict)}**");
        md.AppendLine();
        if (!string.IsNullOrWhiteSpace(claim.Explanation))
            md.AppendLine(claim.Explanation.Replace("\r\n", "\n").Trim()).AppendLine();
        if (evidence.Count == 0)
        {
            if (claim.Verdict is not null) md.AppendLine("Sources: none cited.").AppendLine();
            return;
        }
        md.AppendLine("**Sources**").AppendLine();
        var n = 0;
        foreach (var e in evidence)
        {
            var s = e.Source;
            md.Append(++n).Append(". ").Append(Link(s.Title, s.Url));
            var details = new[] { Inline(s.Publisher), Date(s.PublishedOn) }.Where(x => x.Length > 0).ToList();
            if (details.Count > 0) md.Append(" — ").Append(string.Join(", ", details));
            md.Append(". ").Append(s.Kind.Label()).Append("; ").Append(e.Stance.Label().ToLowerInvariant()).Append(" the claim");
            if (s.AccessedOn is { } accessed) md.Append("; accessed ").Append(Date(accessed));
            md.AppendLine(".");
            if (!string.IsNullOrWhiteSpace(e.Passage))
                md.Append("   > ").AppendLine(Inline(e.Passage));
        }
        md.AppendLine();
    }

    private static string KindLabel(Claim claim) => claim.Kind switch
    {
        ClaimKind.Attribution => claim.Direct switch
        {
            true => "Attribution (direct quotation)",
            false => "Attribution (reported speech)",
            _ => "Attribution",
        },
        ClaimKind.Figure => claim.Sourced == false ? "Figure (no source given in the article)" : "Figure",
        _ => "Fact",
    };

    private static void Row(StringBuilder md, string name, string value)
    {
        if (value.Length > 0) md.Append("| ").Append(name).Append(" | ").Append(value).AppendLine(" |");
    }

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
