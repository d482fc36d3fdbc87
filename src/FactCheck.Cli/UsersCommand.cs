using FactCheck.Core;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;

namespace FactCheck.Cli;

/// <summary>
/// <c>factcheck users add --username NAME --role admin|editor|reviewer --password-stdin [--db PATH]</c> and
/// <c>factcheck tokens create --username NAME [--db PATH]</c> (the token is printed once).
/// </summary>
public static class UsersCommand
{
    public static async Task<int> RunUsersAsync(string[] args, TextReader stdin, TextWriter stdout)
    {
        var options = new Options(args, "--password-stdin");
        if (options.Positional is not ["add"] || options.Get("--username") is not { } username || options.Get("--role") is not { } roleText)
            throw new CommandLineException("usage: factcheck users add --username NAME --role admin|editor|reviewer --password-stdin [--db PATH]");
        if (!Enum.TryParse<Role>(roleText, ignoreCase: true, out var role) || int.TryParse(roleText, out _))
            throw new CommandLineException($"--role is admin, editor or reviewer, not '{roleText}'");
        if (!options.Has("--password-stdin"))
            throw new CommandLineException("give the password on standard input with --password-stdin (never on the command line, where others can see it)");
        var password = (await stdin.ReadLineAsync())?.TrimEnd('\r') ?? "";
        var db = CliDatabase.Open(options.Get("--db"));
        try
        {
            var user = new UserStore(db, TimeProvider.System).Create(username, role, password, actor: "cli");
            await stdout.WriteLineAsync($"created {user.Role.ToString().ToLowerInvariant()} '{user.Username}' (id {user.Id})");
            return 0;
        }
        catch (ArgumentException e)
        {
            throw new CommandLineException(e.ForUser());
        }
    }

    public static async Task<int> RunTokensAsync(string[] args, TextWriter stdout)
    {
        var options = new Options(args);
        if (options.Positional is not ["create"] || options.Get("--username") is not { } username)
            throw new CommandLineException("usage: factcheck tokens create --username NAME [--db PATH]");
        var db = CliDatabase.Open(options.Get("--db"));
        var users = new UserStore(db, TimeProvider.System);
        var user = users.Find(username) ?? throw new CommandLineException($"there is no user '{username}'");
        try
        {
            await stdout.WriteLineAsync(new ApiTokenStore(db, users, TimeProvider.System).Create(user.Id, actor: "cli"));
            return 0;
        }
        catch (ArgumentException e)
        {
            throw new CommandLineException(e.ForUser());
        }
    }
}
