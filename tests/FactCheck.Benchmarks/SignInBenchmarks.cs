using BenchmarkDotNet.Attributes;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;

namespace FactCheck.Benchmarks;

/// <summary>
/// Issue bar: a sign-in with a name that has no account costs about what a wrong password for a real account costs
/// (a dummy hash is checked), so the time does not tell which names exist. Compare the two means: the ratio should be near 1.
/// </summary>
public class SignInBenchmarks
{
    private Database db = null!;
    private UserStore users = null!;
    private string folder = "";
    private int attempt;

    [GlobalSetup]
    public void Setup()
    {
        (db, _, folder) = BenchData.DatabaseWithClaims(1);
        users = new UserStore(db, TimeProvider.System);
        users.Create("existing-user", Role.Reviewer, "the right password 123");
    }

    [GlobalCleanup]
    public void Cleanup() => BenchData.Delete(folder);

    // Failures are reset after each call (the same work for both), so that no call hits the lockout's short cut.
    [Benchmark(Baseline = true)]
    public bool ExistingUserWrongPassword() => ResetFailures(users.SignIn("existing-user", "wrong " + attempt++).Ok);

    [Benchmark]
    public bool UnknownUser() => ResetFailures(users.SignIn("nobody-here", "wrong " + attempt++).Ok);

    [Benchmark]
    public bool ExistingUserRightPassword() => users.SignIn("existing-user", "the right password 123").Ok;

    private bool ResetFailures(bool ok)
    {
        using var c = db.Open();
        Dapper.SqlMapper.Execute(c, "UPDATE users SET failed_sign_ins = 0, locked_until = NULL; DELETE FROM sign_in_failures");
        return ok;
    }
}
