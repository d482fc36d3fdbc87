namespace FactCheck.Cli;

public static class ExtractCommand
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        throw new CommandLineException("extract: not implemented yet");
}
