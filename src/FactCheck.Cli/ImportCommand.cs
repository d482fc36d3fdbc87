namespace FactCheck.Cli;

public static class ImportCommand
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        throw new CommandLineException("import: not implemented yet");
}
