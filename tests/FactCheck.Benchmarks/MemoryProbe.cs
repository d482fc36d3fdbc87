using System.Diagnostics;
using System.Runtime;
using FactCheck.Core.Extraction;

namespace FactCheck.Benchmarks;

/// <summary>
/// Issue bar: the extractor's memory stays under 20x its input. BenchmarkDotNet reports bytes allocated, not
/// the peak held at once, so this probe measures the peak: the GC heap's largest size and the process's peak
/// working set growth during one extraction, against the input's size in memory (2 bytes a character).
/// </summary>
/// <remarks>
/// The input is built and the code warmed up before the baseline. The heap is sampled by a dedicated thread
/// every millisecond, and each collection's own record of the heap just before it ran is counted too, so the
/// peak between two samples is not missed. Heap figures are bytes in use (live and not yet collected), the same
/// measure for the baseline and the peak. The kernel's working set high-water mark is reset at the baseline,
/// so building the input and earlier rows do not hide the extraction's own peak.
/// </remarks>
public static class MemoryProbe
{
    public static void Run()
    {
        Console.WriteLine($"GC: {(GCSettings.IsServerGC ? "server" : "workstation")}, {GCSettings.LatencyMode}");
        Console.WriteLine("| input chars | input MB (UTF-16) | peak GC heap MB | x input | peak working set growth MB | x input | allocated MB | x input | result held MB | claims |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var chars in new[] { 1_000_000, 10_000_000 })
        {
            var text = BenchData.Article(chars);
            var extractor = new ClaimExtractor();
            extractor.Extract(BenchData.Article(5_000)); // warm up the code paths
            FullCollect();
            var baseHeap = GC.GetTotalMemory(true);
            Console.Error.WriteLine($"base inuse {baseHeap/1e6:0.0} heapsize {GC.GetGCMemoryInfo().HeapSizeBytes/1e6:0.0} committed {GC.GetGCMemoryInfo().TotalCommittedBytes/1e6:0.0}");
            var process = Process.GetCurrentProcess();
            var resetPeak = WorkingSetPeak.Reset();
            process.Refresh();
            var baseWorkingSet = process.WorkingSet64;
            var sampler = new HeapSampler();
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var result = extractor.Extract(text, new DateOnly(2026, 3, 12));
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            var peakHeap = sampler.Stop();
            process.Refresh();
            var inputBytes = text.Length * 2.0;
            var heapGrowth = peakHeap - baseHeap;
            var wsGrowth = process.PeakWorkingSet64 - baseWorkingSet;
            // What the result itself keeps alive, once the garbage of the work is collected.
            FullCollect();
            var held = GC.GetTotalMemory(true) - baseHeap;
            var ws = resetPeak ? $"{wsGrowth / 1e6:0.0} | {wsGrowth / inputBytes:0.0}" : "n/a | n/a";
            Console.WriteLine($"| {chars:N0} | {inputBytes / 1e6:0.0} | {heapGrowth / 1e6:0.0} | {heapGrowth / inputBytes:0.0} | {ws} | {allocated / 1e6:0.0} | {allocated / inputBytes:0.0} | {held / 1e6:0.0} | {result.Claims.Count:N0} |");
            GC.KeepAlive(result);
            GC.KeepAlive(text);
        }
    }

    // One blocking compacting collection, as before any extraction a service would run. (A second collection or
    // compacting the large object heap here leaves the GC with smaller budgets and lowers the peak: not measured so.)
    private static void FullCollect()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }
}
