namespace FactCheck.Benchmarks;

/// <summary>
/// Samples the GC heap's bytes in use on a dedicated thread from construction until <see cref="Stop"/>, and
/// reads each collection's size just before it ran, so a peak reached between two samples is still seen.
/// </summary>
internal sealed class HeapSampler
{
    private readonly Thread _thread;
    private volatile bool _stop;
    private long _peak;
    private long _lastGcIndex;

    public HeapSampler()
    {
        _lastGcIndex = GC.GetGCMemoryInfo(GCKind.Any).Index;
        _peak = GC.GetTotalMemory(false);
        _thread = new Thread(Loop) { IsBackground = true, Priority = ThreadPriority.Highest, Name = "heap sampler" };
        _thread.Start();
    }

    /// <summary>Stops sampling and returns the largest heap size seen, in bytes in use.</summary>
    public long Stop()
    {
        Sample();
        _stop = true;
        _thread.Join();
        Sample();
        return Interlocked.Read(ref _peak);
    }

    private void Loop()
    {
        while (!_stop)
        {
            Sample();
            Thread.Sleep(1);
        }
    }

    private void Sample()
    {
        Raise(GC.GetTotalMemory(false));
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        if (info.Index == Interlocked.Read(ref _lastGcIndex)) return;
        Interlocked.Exchange(ref _lastGcIndex, info.Index);
        long before = 0;
        foreach (var generation in info.GenerationInfo) before += generation.SizeBeforeBytes - generation.FragmentationBeforeBytes;
        Raise(before);
    }

    private void Raise(long bytes)
    {
        var seen = Interlocked.Read(ref _peak);
        while (bytes > seen)
        {
            var was = Interlocked.CompareExchange(ref _peak, bytes, seen);
            if (was == seen) return;
            seen = was;
        }
    }
}
