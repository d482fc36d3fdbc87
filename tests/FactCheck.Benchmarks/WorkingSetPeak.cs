namespace FactCheck.Benchmarks;

/// <summary>
/// The process's peak working set is a high-water mark for its whole life. On Linux writing "5" to
/// /proc/self/clear_refs resets it to the current working set, so a later peak belongs to what ran since.
/// </summary>
internal static class WorkingSetPeak
{
    /// <summary>Resets the high-water mark; false where the platform does not allow it.</summary>
    public static bool Reset()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
