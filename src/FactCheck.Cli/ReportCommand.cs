using System.Globalization;
using FactCheck.Core.Data;
using FactCheck.Core.Reports;
using FactCheck.Core.Reviews;

namespace FactCheck.Cli;

/// <summary><c>factcheck report ARTICLE_ID [--db PATH] [--checked-only]</c>: prints the article's Markdown report.</summary>
public static class ReportCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = new Options(args, "--checked-only");
        if (options.Positional.Count != 1 || !long.TryParse(options.Positional[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            throw new CommandLineException("usage: factcheck report ARTICLE_ID [--db PATH] [--checked-only]");
        var db = CliDatabase.Open(options.Get("--db"));
        var clock = TimeProvider.System;
        // The working draft, with archived copies and people by their display names, as the report page shows it.
        var data = ReportData.Load(id, new ArticleStore(db, clock), new ClaimStore(db, clock), new EvidenceStore(db, clock), VerdictScale.Default,
                new ReportVersionStore(db), new SnapshotStore(db, clock), new UserStore(db, clock))
            ?? throw new CommandLineException($"no article with id {id}");
        await stdout.WriteAsync(ReportWriter.Write(data, new ReportOptions { IncludeUnchecked = !options.Has("--checked-only") }));
        return 0;
    }
}
