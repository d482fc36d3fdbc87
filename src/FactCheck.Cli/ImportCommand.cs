using FactCheck.Core;
using FactCheck.Core.Data;
using FactCheck.Core.Extraction;
using FactCheck.Core.Import;
using FactCheck.Core.Reviews;

namespace FactCheck.Cli;

/// <summary><c>factcheck import FILE [--title T] [--outlet O] [--url U] [--published YYYY-MM-DD] [--db PATH]</c>: prints the new article's id.</summary>
public static class ImportCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = new Options(args);
        if (options.Positional.Count != 1) throw new CommandLineException("usage: factcheck import FILE [--title T] [--outlet O] [--url U] [--published YYYY-MM-DD] [--db PATH]");
        var file = options.Positional[0];
        if (!File.Exists(file)) throw new CommandLineException($"no such file: {file}");
        ImportResult imported;
        await using (var stream = File.OpenRead(file))
            imported = await ArticleImporter.ImportFileAsync(Path.GetFileName(file), stream, ImportLimits.Default);
        if (!imported.Ok) throw new CommandLineException(imported.Error);

        var db = CliDatabase.Open(options.Get("--db"));
        var intake = new ArticleIntake(new ArticleStore(db, TimeProvider.System), new ClaimExtractor());
        try
        {
            var stored = intake.ImportArticle(new ArticleDraft
            {
                Text = imported.Text,
                Title = options.Get("--title") ?? imported.DetectedTitle,
                Outlet = options.Get("--outlet"),
                Url = options.Get("--url") ?? imported.DetectedUrl,
                Author = imported.DetectedAuthor,
                Published = options.Date("--published") ?? imported.DetectedPublished,
            });
            if (stored.Notice is { } notice) await stderr.WriteLineAsync("import: " + notice);
            await stdout.WriteLineAsync(stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return 0;
        }
        catch (ArgumentException e)
        {
            throw new CommandLineException(e.ForUser());
        }
    }
}
