namespace FactCheck.Browser.Tests.Infrastructure;

/// <summary>
/// The Chromium the browser tests drive: the one named by $FACTCHECK_CHROMIUM when that is set (and only that one),
/// otherwise Debian's. Without it every browser test skips, saying how to get one.
/// </summary>
public static class Chromium
{
    public const string Variable = "FACTCHECK_CHROMIUM";
    public const string DebianPath = "/usr/bin/chromium";

    public static string Path { get; } = Locate(Environment.GetEnvironmentVariable(Variable));

    public static bool Found => File.Exists(Path);

    public static string Missing => MissingReason(Path);

    public static string Locate(string? variable) => string.IsNullOrEmpty(variable) ? DebianPath : variable;

    public static string MissingReason(string path) =>
        $"No Chromium at {path}: install one with `apt-get install -y chromium`, or set {Variable} to a Chromium executable.";
}
