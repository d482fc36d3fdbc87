using Dapper;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Tests.Data;

namespace FactCheck.Core.Tests.Accounts;

public class UserStoreTests : IDisposable
{
    private readonly StoreFixture f;

    public UserStoreTests() : this(DatabaseProvider.Sqlite) { }

    private readonly UserStore users;
    private readonly ApiTokenStore tokens;

    /// <summary>For <see cref="UserStoreTestsOnPostgres"/>: the same tests on PostgreSQL.</summary>
    protected UserStoreTests(DatabaseProvider provider)
    {
        f = new(provider);
        users = new UserStore(f.Temp.Db, f.Clock);
        tokens = new ApiTokenStore(f.Temp.Db, users, f.Clock);
    }

    public void Dispose() => f.Dispose();

    [Fact]
    public void Passwords_are_stored_hashed_and_sign_in_checks_them()
    {
        var ana = users.Create("ana", Role.Editor, "correct horse battery");
        using (var c = f.Temp.Db.Open())
        {
            var hash = c.ExecuteScalar<string>("SELECT password_hash FROM users WHERE id = @id", new { id = ana.Id });
            Assert.DoesNotContain("correct horse", hash);
            Assert.StartsWith("AQAAAA", hash); // ASP.NET Core Identity v3 format
        }
        Assert.True(users.SignIn("ANA", "correct horse battery").Ok);
        Assert.Equal("The username or password is not right.", users.SignIn("ana", "wrong password!").Error);
        Assert.Equal("The username or password is not right.", users.SignIn("nobody", "correct horse battery").Error);
        Assert.Equal(1, users.Count());
    }

    [Fact]
    public void Changing_a_password_needs_the_current_one_and_is_audited_without_the_passwords()
    {
        var cy = users.Create("cyd", Role.Reviewer, "first password here");
        Assert.Equal("The current password is not right.", users.ChangePassword(cy.Id, "not the password", "second password here"));
        Assert.Equal($"A password needs at least {UserStore.MinPasswordLength} characters.", users.ChangePassword(cy.Id, "first password here", "short"));
        Assert.Null(users.ChangePassword(cy.Id, "first password here", "second password here"));
        Assert.False(users.SignIn("cyd", "first password here").Ok);
        Assert.True(users.SignIn("cyd", "second password here").Ok);
        using var c = f.Temp.Db.Open();
        var rows = c.Query<(string Action, string? Old, string? New)>("SELECT action, old_value, new_value FROM audit_log WHERE entity = 'user' AND entity_id = @id", new { id = cy.Id }).ToList();
        Assert.Contains(rows, r => r.Action == "password changed");
        Assert.DoesNotContain(rows, r => (r.Old + r.New).Contains("password here"));
    }

    [Fact]
    public void The_first_administrator_can_be_made_only_while_there_is_no_user()
    {
        var first = users.CreateFirstAdmin("founder", "a long enough password");
        Assert.Equal(Role.Admin, first!.Role);
        Assert.Null(users.CreateFirstAdmin("latecomer", "a long enough password"));
        Assert.Null(users.Find("latecomer"));
        Assert.Throws<ArgumentException>(() => users.CreateFirstAdmin("x", "a long enough password")); // a bad name is refused before anything else
    }

    [Fact]
    public void The_last_active_administrator_cannot_be_demoted_or_deactivated()
    {
        var solo = users.Create("solo", Role.Admin, "a long enough password");
        Assert.Equal("'solo' is the only active administrator: make someone else an administrator first.", users.SetRole(solo.Id, Role.Editor, "solo"));
        Assert.Equal("'solo' is the only active administrator: make someone else an administrator first.", users.SetActive(solo.Id, false, "solo"));
        var second = users.Create("second", Role.Reviewer, "a long enough password");
        Assert.Null(users.SetRole(second.Id, Role.Admin, "solo"));
        Assert.Null(users.SetRole(solo.Id, Role.Editor, "second"));
        Assert.Equal(Role.Editor, users.Get(solo.Id)!.Role);
    }

    [Fact]
    public void Five_failures_lock_the_account_for_fifteen_minutes()
    {
        users.Create("ben", Role.Reviewer, "a long enough password");
        for (var i = 0; i < UserStore.MaxFailures; i++) users.SignIn("ben", "guess " + i);
        var locked = users.SignIn("ben", "a long enough password");
        Assert.False(locked.Ok);
        Assert.Contains("locked until", locked.Error);
        f.Clock.Now += UserStore.Lockout + TimeSpan.FromSeconds(1);
        Assert.True(users.SignIn("ben", "a long enough password").Ok);
    }

    [Theory]
    [InlineData("a", "a long enough password", "3 to 64")]
    [InlineData("has space", "a long enough password", "3 to 64")]
    [InlineData("cy", "short", "3 to 64")]
    [InlineData("cyril", "short", "at least 10")]
    public void Bad_names_and_weak_passwords_are_refused(string name, string password, string message) =>
        Assert.Contains(message, Assert.Throws<ArgumentException>(() => users.Create(name, Role.Reviewer, password)).Message);

    [Fact]
    public void Names_are_unique_regardless_of_case_and_roles_and_deactivation_are_audited()
    {
        var eva = users.Create("eva", Role.Reviewer, "a long enough password", "admin");
        Assert.Contains("already", Assert.Throws<ArgumentException>(() => users.Create("EVA", Role.Admin, "a long enough password")).Message);
        Assert.Null(users.SetRole(eva.Id, Role.Editor, "admin"));
        Assert.True(users.Get(eva.Id)!.Can(Role.Editor));
        Assert.False(users.Get(eva.Id)!.Can(Role.Admin));
        Assert.Null(users.SetActive(eva.Id, false, "admin"));
        Assert.Contains("deactivated", users.SignIn("eva", "a long enough password").Error);
        using var c = f.Temp.Db.Open();
        var actions = c.Query<string>("SELECT action FROM audit_log WHERE entity = 'user' AND entity_id = @id ORDER BY id", new { id = eva.Id }).ToList();
        Assert.Equal(["created", "role", "deactivated"], actions);
    }

    [Fact]
    public void Tokens_are_shown_once_stored_hashed_and_stop_working_when_revoked_or_deactivated()
    {
        var bot = users.Create("newsroom-bot", Role.Reviewer, "a long enough password");
        var token = tokens.Create(bot.Id);
        Assert.StartsWith(ApiTokenStore.Prefix, token);
        using (var c = f.Temp.Db.Open())
            Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM api_tokens WHERE token_hash = @token", new { token }));
        Assert.Equal("newsroom-bot", tokens.Authenticate(token)!.Username);
        Assert.Null(tokens.Authenticate(token + "x"));
        Assert.Null(tokens.Authenticate("Bearer " + token));
        users.SetActive(bot.Id, false, "admin");
        Assert.Null(tokens.Authenticate(token));
        users.SetActive(bot.Id, true, "admin");
        Assert.Equal(1, tokens.RevokeAll(bot.Id, "admin"));
        Assert.Null(tokens.Authenticate(token));
    }

    [Fact]
    public void A_tokens_last_use_is_kept_to_the_minute_without_a_write_for_every_request()
    {
        var bot = users.Create("busy-bot", Role.Reviewer, "a long enough password");
        var token = tokens.Create(bot.Id);
        DateTimeOffset? LastUsed()
        {
            using var c = f.Temp.Db.Open();
            return c.Query<DateTimeOffset>("SELECT last_used_at FROM api_tokens WHERE user_id = @id AND last_used_at IS NOT NULL", new { id = bot.Id })
                .Select(t => (DateTimeOffset?)t).SingleOrDefault();
        }
        Assert.Null(LastUsed());
        var first = f.Clock.Now;

        Assert.NotNull(tokens.Authenticate(token));
        f.Clock.Now += TimeSpan.FromSeconds(59);
        Assert.NotNull(tokens.Authenticate(token));
        Assert.Equal(first, LastUsed());

        f.Clock.Now += TimeSpan.FromSeconds(2);
        Assert.NotNull(tokens.Authenticate(token));
        Assert.Equal(f.Clock.Now, LastUsed());
    }
}

/// <summary>Every test of <see cref="UserStoreTests"/>, on PostgreSQL.</summary>
public sealed class UserStoreTestsOnPostgres() : UserStoreTests(DatabaseProvider.Postgres);
