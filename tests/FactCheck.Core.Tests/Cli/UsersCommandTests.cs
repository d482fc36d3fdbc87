namespace FactCheck.Core.Tests.Cli;

public class UsersCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "factcheck-tests", Guid.NewGuid().ToString("n"));

    public UsersCommandTests() => Directory.CreateDirectory(folder);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, true);
    }

    private async Task<(int Code, string Out, string Err)> Run(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await FactCheck.Cli.CommandLine.RunAsync(args, stdout, stderr, new StringReader(stdin));
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task An_admin_is_added_with_the_password_from_stdin_and_a_token_is_printed_once()
    {
        var db = Path.Combine(folder, "users.db");
        var added = await Run("a long enough password\n", "users", "add", "--username", "chief", "--role", "admin", "--password-stdin", "--db", db);
        Assert.Equal(0, added.Code);
        Assert.Contains("created admin 'chief'", added.Out);

        var token = await Run("", "tokens", "create", "--username", "chief", "--db", db);
        Assert.Equal(0, token.Code);
        Assert.StartsWith("fct_", token.Out.Trim());

        var store = new FactCheck.Core.Data.UserStore(new FactCheck.Core.Data.Database($"Data Source={db}", folder), TimeProvider.System);
        Assert.True(store.SignIn("chief", "a long enough password").Ok);
    }

    [Theory]
    [InlineData("users add --username x1 --role god --password-stdin", "--role is admin, editor or reviewer")]
    [InlineData("users add --username chief --role admin", "--password-stdin")]
    [InlineData("users add --username chief --role admin --password-stdin", "at least 10")]
    [InlineData("tokens create --username ghost", "there is no user 'ghost'")]
    public async Task Mistakes_get_one_clear_line(string command, string message)
    {
        var result = await Run("short\n", [.. command.Split(' '), "--db", Path.Combine(folder, "u.db")]);
        Assert.Equal(2, result.Code);
        Assert.Contains(message, result.Err);
    }
}
