namespace FactCheck.Cli;

public static class EvalCommand
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        throw new CommandLineException("eval: not implemented yet");
}
