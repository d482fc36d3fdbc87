namespace FactCheck.Cli;

public static class ReportCommand
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        throw new CommandLineException("report: not implemented yet");
}
