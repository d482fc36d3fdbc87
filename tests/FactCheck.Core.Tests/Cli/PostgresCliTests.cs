using FactCheck.Core.Data;
using FactCheck.Testing;

namespace FactCheck.Core.Tests.Cli;

/// <summary>Tests that set the process's environment: they run alone.</summary>
[CollectionDefinition(nameof(EnvironmentCollection), DisableParallelization = true)]
public sealed class EnvironmentCollection;

/// <summary>The CLI finds PostgreSQL the way the app does: Database__Provider and ConnectionStrings__FactCheck.</summary>
[Collection(nameof(EnvironmentCollection))]
public sealed class PostgresCliTests
{
    [Fact]
    public async Task Users_add_and_tokens_create_work_against_postgresql_named_by_the_environment()
    {
        var (name, connectionString) = PostgresServer.CreateDatabase(migrated: false);
        Environment.SetEnvironmentVariable("Database__Provider", "postgres");
        Environment.SetEnvironmentVariable("ConnectionStrings__FactCheck", connectionString);
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var added = await FactCheck.Cli.CommandLine.RunAsync(["users", "add", "--username", "chief", "--role", "admin", "--password-stdin"],
                stdout, stderr, new StringReader("a long enough password\n"));
            var token = await FactCheck.Cli.CommandLine.RunAsync(["tokens", "create", "--username", "chief"], stdout, stderr);

            Assert.True(added == 0 && token == 0, stderr.ToString());
            using var db = Database.Postgres(connectionString);
            Assert.True(new UserStore(db, TimeProvider.System).SignIn("chief", "a long enough password").Ok);
            Assert.Contains("fct_", stdout.ToString());

            Environment.SetEnvironmentVariable("Database__Provider", "oracle");
            Assert.Equal(2, await FactCheck.Cli.CommandLine.RunAsync(["tokens", "create", "--username", "chief"], stdout, stderr));
            Assert.Contains("use 'sqlite' (the default) or 'postgres'", stderr.ToString());
        }
        finally
        {
            Environment.SetEnvironmentVariable("Database__Provider", null);
            Environment.SetEnvironmentVariable("ConnectionStrings__FactCheck", null);
            PostgresServer.Drop(name);
        }
    }
}
