using System.Globalization;

namespace FactCheck.Cli;

/// <summary>Minimal "--name value" option parsing: positional arguments, then named values.</summary>
public sealed class Options
{
    private readonly Dictionary<string, string> named = new(StringComparer.Ordinal);

    public Options(string[] args, params string[] flags)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                if (flags.Contains(a)) { named[a] = "true"; continue; }
                if (i + 1 >= args.Length) throw new CommandLineException($"{a} needs a value");
                named[a] = args[++i];
            }
            else Positional.Add(a);
        }
    }

    public List<string> Positional { get; } = [];

    public string? Get(string name) => named.GetValueOrDefault(name);

    public bool Has(string name) => named.ContainsKey(name);

    public DateOnly? Date(string name) =>
        Get(name) is not { } v ? null
        : DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new CommandLineException($"{name} takes a date as YYYY-MM-DD, not '{v}'");
}
