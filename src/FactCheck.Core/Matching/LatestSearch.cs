namespace FactCheck.Core.Matching;

/// <summary>
/// The one search a view wants now, for views that search off their render thread (the earlier checks of the opened
/// claim): asking for a new key cancels the search under way, and a search that finishes after the view moved on is
/// refused, so results for a claim left behind can never replace those of the claim shown. Not thread-safe: call it
/// from the view's own thread (a Blazor component's dispatcher); only the search itself runs elsewhere.
/// </summary>
public sealed class LatestSearch<TKey> : IDisposable where TKey : IEquatable<TKey>
{
    private CancellationTokenSource? running;
    private long version;
    private bool hasKey;

    /// <summary>One search started by <see cref="Begin"/>.</summary>
    public sealed record Ticket(TKey Key, long Version, CancellationToken Token);

    /// <summary>What the view asks for now (default before the first <see cref="Begin"/>).</summary>
    public TKey? Current { get; private set; }

    /// <summary>True once the search for <see cref="Current"/> has finished (its results are the ones to show).</summary>
    public bool Done { get; private set; }

    /// <summary>
    /// Starts a search for <paramref name="key"/>, cancelling the one under way; null when that key is already the
    /// current one (searching, or searched).
    /// </summary>
    public Ticket? Begin(TKey key)
    {
        if (hasKey && key.Equals(Current)) return null;
        Cancel();
        running = new CancellationTokenSource();
        hasKey = true;
        Current = key;
        Done = false;
        return new Ticket(key, ++version, running.Token);
    }

    /// <summary>
    /// The search of <paramref name="ticket"/> finished: true when its results are still wanted (then <see cref="Done"/>),
    /// false when a newer search replaced it or it was cancelled (then drop them).
    /// </summary>
    public bool Complete(Ticket ticket)
    {
        if (ticket.Version != version || ticket.Token.IsCancellationRequested) return false;
        Done = true;
        return true;
    }

    /// <summary>Cancels the search under way (the view closes or moves on).</summary>
    public void Cancel()
    {
        // Not disposed: the search may still hold its token (a source without timers holds nothing to free).
        running?.Cancel();
        running = null;
    }

    public void Dispose() => Cancel();
}
