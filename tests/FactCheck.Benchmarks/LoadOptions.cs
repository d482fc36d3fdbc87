namespace FactCheck.Benchmarks;

/// <summary><c>load [--seconds 120] [--reviewers 50] [--browsers 3]</c></summary>
public sealed record LoadOptions(int Seconds, int Reviewers, int Browsers)
{
    public static LoadOptions Parse(string[] args)
    {
        int Get(string name, int fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
        }
        return new LoadOptions(Get("--seconds", 120), Get("--reviewers", 50), Get("--browsers", 3));
    }
}
