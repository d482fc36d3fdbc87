using System.Diagnostics;
using FactCheck.Core.Extraction;

namespace FactCheck.Benchmarks;

/// <summary>
/// Issue bar: the extractor's memory stays under 20x its input. BenchmarkDotNet reports bytes allocated, not
/// the peak held at once, so this probe measures the peak: the process's peak working set growth and the GC
/// heap's largest size during one extraction, against the input's size in memory (2 bytes a character).
/// </summary>
public static class MemoryProbe
{
    public static void Run()
    {
        Console.WriteLine("| input chars | input MB (UTF-16) | peak GC heap MB | x input | peak working set growth MB | x input | result held MB | claims |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var chars in new[] { 1_000_000, 10_000_000 })
        {
            var text = BenchData.Article(chars);
            var extractor = new ClaimExtractor();
            extractor.Extract(BenchData.Article(5_000)); // warm up the code paths
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            var process = Process.GetCurrentProcess();
            process.Refresh();
            var baseHeap = GC.GetGCMemoryInfo().HeapSizeBytes;
            var baseWorkingSet = process.WorkingSet64;
            long peakHeap = baseHeap;
            using var sampler = new Timer(_ => { var h = GC.GetTotalMemory(false); if (h > Interlocked.Read(ref peakHeap)) Interlocked.Exchange(ref peakHeap, h); }, null, 0, 5);
            var result = extractor.Extract(text, new DateOnly(2026, 3, 12));
            sampler.Change(Timeout.Infinite, Timeout.Infinite);
            process.Refresh();
            var inputBytes = text.Length * 2.0;
            var heapGrowth = Math.Max(peakHeap, GC.GetGCMemoryInfo().HeapSizeBytes) - baseHeap;
            var wsGrowth = process.PeakWorkingSet64 - baseWorkingSet;
            // What the result itself keeps alive, once the garbage of the work is collected.
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            var held = GC.GetTotalMemory(true) - baseHeap;
            Console.WriteLine($"| {chars:N0} | {inputBytes / 1e6:0.0} | {heapGrowth / 1e6:0.0} | {heapGrowth / inputBytes:0.0} | {wsGrowth / 1e6:0.0} | {wsGrowth / inputBytes:0.0} | {held / 1e6:0.0} | {result.Claims.Count:N0} |");
            GC.KeepAlive(result);
        }
    }
}
