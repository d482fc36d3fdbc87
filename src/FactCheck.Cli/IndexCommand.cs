using FactCheck.Core.Data;

namespace FactCheck.Cli;

/// <summary>
/// <c>factcheck index rebuild [--db PATH]</c> fills the search indexes again from their tables (for a database whose
/// index was damaged or restored without it); <c>factcheck index check [--db PATH]</c> says, index by index, whether it
/// holds exactly its table's rows with their current words, and exits 1 when one does not.
/// </summary>
public static class IndexCommand
{
    public const string Usage = "usage: factcheck index rebuild|check [--db PATH]";

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = new Options(args);
        if (options.Positional is not [("rebuild" or "check") and var verb]) throw new CommandLineException(Usage);
        using var db = CliDatabase.Open(options.Get("--db"));
        var store = new SearchStore(db);
        if (verb == "rebuild")
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            store.Rebuild();
            await stdout.WriteLineAsync($"rebuilt the search indexes in {started.Elapsed.TotalSeconds:0.0} s");
        }
        var states = store.Check();
        await stdout.WriteLineAsync("index\ttable\trows\tindexed\tstate");
        foreach (var s in states)
            await stdout.WriteLineAsync($"{s.Index}\t{s.Table}\t{s.Rows}\t{s.Indexed}\t{(s.Agrees ? "ok" : "DIFFERS: " + s.Problem)}");
        if (states.All(s => s.Agrees))
        {
            await stdout.WriteLineAsync($"ok: {states.Count} indexes agree with their tables");
            return 0;
        }
        await stderr.WriteLineAsync("factcheck: index: the search index differs from the tables; run `factcheck index rebuild`.");
        return 1;
    }
}
