using System.Globalization;
using System.Text;
using FactCheck.Core.Reviews;
using static FactCheck.Core.Reports.MarkdownText;

namespace FactCheck.Core.Reports;

/// <summary>
/// Writes an article's fact-check as CommonMark with pipe tables, readable as plain text and laid out the way fact-checkers
/// publish: each claim with who made it and our verdict up front, then the explanation and its sources; the numbered
/// source list, methodology and corrections at the end.
/// </summary>
public static class ReportWriter
{
    public static string Write(ReportData data, ReportOptions? options = null)
    {
        options ??= new ReportOptions();
        return Write(ReportContentBuilder.Build(data, options.IncludeUnchecked), options, data.Versions);
    }

    /// <param name="versions">The versions published before this report, oldest first, for the corrections log.</param>
    public static string Write(ReportContent content, ReportOptions options, IReadOnlyList<ReportVersion> versions)
    {
        var article = content.Article;
        var md = new StringBuilder();

        md.Append("# Fact-check: ").AppendLine(Inline(article.Title)).AppendLine();
        if (!content.Approved)
            md.AppendLine("> **Draft — not approved.** An editor has not yet approved these verdicts.").AppendLine();

        if (content.Summary is { } summary)
            md.AppendLine("## Summary").AppendLine().AppendLine(summary).AppendLine();

        md.AppendLine("| Article | |").AppendLine("|---|---|");
        Row(md, "Title", Inline(article.Title));
        Row(md, "Outlet", Inline(article.Outlet));
        Row(md, "Author", Inline(article.Author));
        Row(md, "Published", Date(article.Published));
        Row(md, "URL", article.Url is null ? "" : Link(article.Url, article.Url));
        if (content.CheckedBy.Count > 0) Row(md, "Checked by", Inline(string.Join(", ", content.CheckedBy)));
        if (content.ApprovedBy.Count > 0)
            Row(md, "Approved by", Inline(string.Join(", ", content.ApprovedBy)) + (content.ApprovedOn is { } on ? ", " + Date(on) : ""));
        Row(md, "Report generated", options.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
        if (options.Publishing is { } stamp)
            Row(md, "Fact-check published", $"version {stamp.Version}, {Date(DateOnly.FromDateTime(stamp.At.UtcDateTime))}, by {Inline(stamp.By)}");
        else if (versions.Count > 0)
            Row(md, "Last published", $"version {versions[^1].Version}, {Date(DateOnly.FromDateTime(versions[^1].PublishedAt.UtcDateTime))} (this draft may differ)");
        md.AppendLine();

        WriteTally(md, content);

        md.AppendLine("## Claims").AppendLine();
        if (content.Claims.Count == 0) md.AppendLine("No claims to report.").AppendLine();
        var number = 0;
        foreach (var claim in content.Claims)
            WriteClaim(md, ++number, claim, content);

        if (content.Sources.Count > 0)
        {
            md.AppendLine("## Sources").AppendLine();
            foreach (var source in content.Sources) WriteSource(md, source);
            md.AppendLine();
        }

        md.AppendLine("## Methodology").AppendLine();
        foreach (var line in content.Methodology.Split('\n')) md.AppendLine(Inline(line));
        md.AppendLine();
        if (content.MethodologyNote is { } note) md.AppendLine(note).AppendLine();

        md.AppendLine("## Corrections").AppendLine();
        var corrections = versions.Where(v => !string.IsNullOrWhiteSpace(v.Correction))
            .Select(v => (v.Version, v.PublishedAt, Note: v.Correction!)).ToList();
        if (options.Publishing is { Correction: { Length: > 0 } correctionNote } publishing)
            corrections.Add((publishing.Version, publishing.At, correctionNote));
        if (corrections.Count == 0) md.AppendLine("No corrections.");
        foreach (var (version, at, correction) in corrections)
            md.Append("- ").Append(Date(DateOnly.FromDateTime(at.UtcDateTime))).Append(" (version ").Append(version).Append("): ")
              .AppendLine(Inline(correction));
        return md.ToString();
    }

    private static void WriteTally(StringBuilder md, ReportContent content)
    {
        md.AppendLine("## Verdict summary").AppendLine();
        md.AppendLine("| Verdict | Claims |").AppendLine("|---|---:|");
        var rated = content.Claims.Where(c => c.Verdict is not null).ToList();
        foreach (var verdict in content.Scale)
        {
            var count = rated.Count(c => string.Equals(c.Verdict, verdict.Label, StringComparison.OrdinalIgnoreCase));
            if (count > 0) md.Append("| ").Append(Inline(verdict.Label)).Append(" | ").Append(count).AppendLine(" |");
        }
        var offScale = rated.Count(c => content.VerdictOf(c) is null);
        if (offScale > 0) md.Append("| Other | ").Append(offScale).AppendLine(" |");
        md.Append("| Not yet checked | ").Append(content.UncheckedCount).AppendLine(" |");
        md.Append("| **All claims** | **").Append(content.ClaimCount).AppendLine("** |").AppendLine();
    }

    private static void WriteClaim(StringBuilder md, int number, ReportClaim claim, ReportContent content)
    {
        md.Append("### ").Append(number).Append(". ").AppendLine(Inline(claim.Statement)).AppendLine();
        md.Append("> **Claim:** ").AppendLine(Inline(claim.Statement)).AppendLine(">");
        if (WhoAndWhere(claim, content) is { } who) md.AppendLine("> " + who).AppendLine(">");
        var verdict = content.VerdictOf(claim);
        if (claim.QuoteCheck is { } quote) md.Append("> **Quote:** ").AppendLine(Inline(quote.Finding())).AppendLine(">");
        md.Append(claim.VerdictRates is { } rates ? $"> **Our verdict ({rates}):** " : "> **Our verdict:** ").AppendLine(claim.Verdict is null ? "not yet checked"
            : $"**{Inline(claim.Verdict)}**" + (verdict is { Description.Length: > 0 } ? " — " + Inline(verdict.Description) : ""));
        md.AppendLine();
        if (claim.Quoted.Length > 0)
            md.Append("In the article: “").Append(Inline(claim.Quoted)).Append('”')
              .AppendLine(claim.Presentation is { } p ? $" ({Inline(p)})." : "").AppendLine();
        else if (claim.Presentation is { } presentation)
            md.Append("In the article: ").Append(Inline(presentation)).AppendLine(".").AppendLine();
        if (claim.Explanation is { } explanation) md.AppendLine(explanation).AppendLine();
        if (claim.Citations.Count == 0)
        {
            if (claim.Verdict is not null) md.AppendLine("Sources: none cited.").AppendLine();
            return;
        }
        md.AppendLine("**Sources for this claim**").AppendLine();
        foreach (var citation in claim.Citations)
        {
            var source = content.Sources[citation.Source - 1];
            md.Append("- [").Append(citation.Source).Append("] ").Append(Inline(SourceName(source))).Append(", ").Append(Inline(citation.Stance)).Append(" the claim");
            md.AppendLine(string.IsNullOrWhiteSpace(citation.Passage) ? "." : $": “{Inline(citation.Passage)}”");
        }
        md.AppendLine();
    }

    /// <summary>"**Said by:** Ana Ruiz, in Meridian News on 12 March 2026"; for the article's own claims, where it appeared.</summary>
    private static string? WhoAndWhere(ReportClaim claim, ReportContent content) =>
        claim.Speaker is { } speaker
            ? $"**Said by:** {Inline(speaker)}" + (claim.Occasion is { } occasion ? $", {Inline(occasion)}" : "")
            : claim.Occasion is { } where ? $"**Stated:** {Inline(where)}" + (content.Article.Author is { Length: > 0 } a ? $", by {Inline(a)}" : "")
            : null;

    private static void WriteSource(StringBuilder md, ReportSource s)
    {
        md.Append(s.Number).Append(". ").Append(Link(s.Title, s.Url));
        var details = new[] { Inline(s.Publisher), s.PublishedOn is { } p ? "published " + Date(p) : "" }.Where(x => x.Length > 0).ToList();
        if (details.Count > 0) md.Append(" — ").Append(string.Join(", ", details));
        md.Append('.');
        if (s.Kind.Length > 0) md.Append(' ').Append(Inline(s.Kind)).Append('.');
        if (s.AccessedOn is { } accessed) md.Append(" Accessed ").Append(Date(accessed)).Append('.');
        md.Append(' ').Append(Archive(s)).AppendLine();
    }

    /// <summary>Where a reader finds the copy the check relied on; a pasted copy says so.</summary>
    public static string Archive(ReportSource s) =>
        s.PastedCopy ? $"Archived copy: text pasted by a reviewer on {Date(s.ArchivedAt)} (the page could not be fetched), kept by the newsroom."
        : s.ArchiveUrl is { } url ? $"Archived copy: {Link("web archive", url)}" + (s.ArchivedAt is { } at ? $", saved {Date(at)}." : ".")
        : s.ArchivedAt is { } fetched ? $"Copy of the page kept by the newsroom, retrieved {Date(fetched)}."
        : "No archived copy.";

    public static string SourceName(ReportSource s) => string.IsNullOrWhiteSpace(s.Title) ? s.Publisher ?? s.Url : s.Title;

    private static void Row(StringBuilder md, string name, string value)
    {
        if (value.Length > 0) md.Append("| ").Append(name).Append(" | ").Append(value).AppendLine(" |");
    }

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Date(DateTimeOffset? d) => d is { } x ? Date(DateOnly.FromDateTime(x.UtcDateTime)) : "";
}
