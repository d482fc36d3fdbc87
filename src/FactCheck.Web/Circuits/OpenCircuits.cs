using System.Collections.Concurrent;

namespace FactCheck.Web.Circuits;

/// <summary>
/// How many interactive pages (Blazor circuits) each signed-in person has open on this server. Each one holds server
/// memory until it is closed, so one person's forgotten tabs (or a script opening pages in a loop) are capped at
/// <see cref="MaxPerUser"/> (setting <c>Circuits:MaxPerUser</c>).
/// </summary>
public sealed class OpenCircuits(int maxPerUser)
{
    private readonly ConcurrentDictionary<long, int> open = new();

    public int MaxPerUser { get; } = maxPerUser;

    /// <summary>Counts one more page for the person, unless they are at the limit.</summary>
    public bool TryOpen(long userId)
    {
        while (true)
        {
            var now = open.GetValueOrDefault(userId);
            if (now >= MaxPerUser) return false;
            if (now == 0 ? open.TryAdd(userId, 1) : open.TryUpdate(userId, now + 1, now)) return true;
        }
    }

    public void Close(long userId)
    {
        while (open.TryGetValue(userId, out var now))
        {
            if (now <= 1 ? open.TryRemove(new KeyValuePair<long, int>(userId, now)) : open.TryUpdate(userId, now - 1, now)) return;
        }
    }

    public int OpenFor(long userId) => open.GetValueOrDefault(userId);
}
