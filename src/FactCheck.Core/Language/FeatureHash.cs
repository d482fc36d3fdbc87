using System.Runtime.CompilerServices;

namespace FactCheck.Core.Language;

/// <summary>
/// Stable hashes for words and feature keys. Never <see cref="string.GetHashCode()"/>: it changes per process,
/// and a saved model must mean the same features in every run.
/// </summary>
internal static class FeatureHash
{
    private const ulong Golden = 0x9E3779B97F4A7C15;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCD;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53;
        x ^= x >> 33;
        return x;
    }

    /// <summary>FNV-1a over the characters, finished with a mix; never 0 so 0 can mean "no word".</summary>
    public static ulong Text(ReadOnlySpan<char> s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s) h = (h ^ c) * 1099511628211UL;
        return Mix(h) | 1;
    }

    /// <summary>Like <see cref="Text"/> over the lower-case form, without making the lower-case string.</summary>
    public static ulong Lower(ReadOnlySpan<char> s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s) h = (h ^ char.ToLowerInvariant(c)) * 1099511628211UL;
        return Mix(h) | 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Key(int template, ulong a) => Finish(Mix(a + (ulong)(template + 1) * Golden));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Key(int template, ulong a, ulong b) => Finish(Mix(Mix(a + (ulong)(template + 1) * Golden) ^ b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Key(int template, ulong a, ulong b, ulong c) =>
        Finish(Mix(Mix(Mix(a + (ulong)(template + 1) * Golden) ^ b) + c * Golden));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Finish(ulong h)
    {
        var k = (uint)(h >> 32);
        return k == 0 ? 1u : k;
    }
}
