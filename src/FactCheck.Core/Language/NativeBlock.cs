using System.Runtime.InteropServices;

namespace FactCheck.Core.Language;

/// <summary>
/// A zeroed block of unmanaged memory for the weight tables, freed when the block is collected. Blocks of 2 MB
/// and more are aligned to 2 MB and, on Linux, asked to live in transparent huge pages: the tables are read at
/// random, and with 4 KB pages nearly every lookup would also miss the TLB (and filling the block would take a
/// page fault per 4 KB, which is most of a cold model load).
/// </summary>
internal sealed unsafe class NativeBlock
{
    private const nuint HugePage = 2 << 20;
    private const int MadvHugePage = 14;

    public NativeBlock(nuint bytes)
    {
        var huge = bytes >= HugePage;
        Length = huge ? (bytes + HugePage - 1) & ~(HugePage - 1) : Math.Max(bytes, 64);
        Pointer = (byte*)NativeMemory.AlignedAlloc(Length, huge ? HugePage : 64);
        if (huge && OperatingSystem.IsLinux()) AdviseHugePages(Pointer, Length);
        NativeMemory.Clear(Pointer, Length);
        GC.AddMemoryPressure((long)Length);
    }

    public byte* Pointer { get; }

    public nuint Length { get; }

    ~NativeBlock()
    {
        NativeMemory.AlignedFree(Pointer);
        GC.RemoveMemoryPressure((long)Length);
    }

    private static bool adviseFailed;

    private static void AdviseHugePages(byte* pointer, nuint length)
    {
        if (adviseFailed) return;
        // Only a hint: where the kernel has no huge pages (or no madvise), the block works the same, more slowly.
        try { _ = madvise(pointer, length, MadvHugePage); }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { adviseFailed = true; }
    }

    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int madvise(void* address, nuint length, int advice);
}
