namespace FactCheck.Benchmarks;

/// <summary><c>load [--seconds 120] [--reviewers 50] [--browsers 3]</c></summary>
public sealed record LoadOptions(int Seconds, int Reviewers, int Browsers, string? Postgres = null, int Instances = 1)
{
    public static LoadOptions Parse(string[] args)
    {
        int Get(string name, int fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
        }
        var postgres = Array.IndexOf(args, "--postgres") is var p and >= 0 && p + 1 < args.Length ? args[p + 1] : null;
        // Several instances share one database: only PostgreSQL.
        return new LoadOptions(Get("--seconds", 120), Get("--reviewers", 50), Get("--browsers", 3), postgres, postgres is null ? 1 : Math.Clamp(Get("--instances", 1), 1, 8));
    }
}
