namespace FactCheck.Cli;

/// <summary>Dispatches <c>factcheck COMMAND ...</c> to the command that handles it.</summary>
public static class CommandLine
{
    public const string Usage = """
        usage: factcheck COMMAND [options]
          extract FILE [--published YYYY-MM-DD]     print the claims of an article as JSON
          extract --jsonl FILE                      one JSON line per input line {"id","text","published"?}
          eval polnear DIR | eval measeval DIR      score the extractor on annotated data
          eval ud FILE.conllu [--model PATH] [--beam N]  score the tagger, lemmatizer and parser on a gold treebank
          eval match DIR [--split dev]              score claim matching (MAP@5, MRR, P@1) on DIR's verified_claims.tsv, SPLIT.queries.tsv, SPLIT.qrels
          match --claims VERIFIED.tsv --queries QUERIES.tsv [--top 20]  rank earlier fact-checked claims for each query; TREC run lines
          parse FILE.conllu [--model PATH] [--beam N]    tag, lemmatise and parse CoNLL-U words; CoNLL-U to standard output
          train --corpus DIR [--out DIR]            train the language model on UD English EWT (DIR holds en_ewt-ud-*.conllu)
                [--relabel-epochs N] [--base FILE]  also train the relabeller; with --base, only the relabeller on top of FILE
          import FILE [--title T] [--outlet O] [--url U] [--published YYYY-MM-DD] [--db PATH]
          report ARTICLE_ID [--db PATH] [--checked-only]  print an article's Markdown report
          users add --username NAME --role admin|editor|reviewer --password-stdin [--db PATH]
          tokens create --username NAME [--db PATH]  issue an API token (printed once)
          db copy --from sqlite:PATH --to postgres:CONNECTION  move a whole installation into an empty database and verify it
          db digest --db sqlite:PATH|postgres:CONNECTION  row count and content hash of every table
          index rebuild|check [--db PATH]           rebuild the search indexes from the tables, or check that they agree
        The database is --db PATH (SQLite), else Database__Provider and ConnectionStrings__FactCheck from the environment,
        else Database:Provider and ConnectionStrings:FactCheck in appsettings.json.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TextReader? stdin = null)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await stdout.WriteLineAsync(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        try
        {
            return args[0] switch
            {
                "extract" => await ExtractCommand.RunAsync(args[1..], stdout, stderr),
                "eval" => await EvalCommand.RunAsync(args[1..], stdout, stderr),
                "match" => await MatchCommand.RunAsync(args[1..], stdout, stderr),
                "parse" => await ParseCommand.RunAsync(args[1..], stdout),
                "train" => await TrainCommand.RunAsync(args[1..], stdout),
                "import" => await ImportCommand.RunAsync(args[1..], stdout, stderr),
                "report" => await ReportCommand.RunAsync(args[1..], stdout, stderr),
                "users" => await UsersCommand.RunUsersAsync(args[1..], stdin ?? Console.In, stdout),
                "tokens" => await UsersCommand.RunTokensAsync(args[1..], stdout),
                "db" => await DbCommand.RunAsync(args[1..], stdout, stderr),
                "index" => await IndexCommand.RunAsync(args[1..], stdout, stderr),
                _ => await Fail(stderr, $"unknown command '{args[0]}'\n{Usage}"),
            };
        }
        catch (CommandLineException e)
        {
            return await Fail(stderr, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await stderr.WriteLineAsync($"factcheck: internal error, please report it with the input: {e}");
            return 1;
        }
    }

    private static async Task<int> Fail(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync($"factcheck: {message}");
        return 2;
    }
}

/// <summary>A usage or input error reported to the user as one line, exit code 2.</summary>
public sealed class CommandLineException(string message) : Exception(message);
