namespace FactCheck.Benchmarks;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["memory"])
        {
            MemoryProbe.Run();
            return 0;
        }
        if (args is ["circuits", ..])
            return CircuitMemory.RunAsync(args[1..]).GetAwaiter().GetResult();
        if (args is ["hostile", ..])
            return HostileInputProbe.RunAsync(args.Length > 1 ? args[1] : null).GetAwaiter().GetResult();
        if (args is ["crash", ..])
            return CrashTest.RunAsync(args[1..]).GetAwaiter().GetResult();
        if (args is ["earlier-import", ..])
            return EarlierImportProbe.Run(args[1..]);
        if (args is ["load", ..])
            return LoadTest.RunAsync(LoadOptions.Parse(args[1..])).GetAwaiter().GetResult();
        BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
