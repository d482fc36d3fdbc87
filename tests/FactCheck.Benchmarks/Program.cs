namespace FactCheck.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["memory"])
        {
            MemoryProbe.Run();
            return;
        }
        BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
