namespace FactCheck.Core.Reviews;

/// <summary>Something changed in an article: a claim, its verdict, its evidence, or the article itself.</summary>
/// <param name="Origin">Who made the change (a page instance), so that it does not reload its own save.</param>
public sealed record ArticleChange(long ArticleId, long? ClaimId, string What, object? Origin);

/// <summary>
/// What one app instance tells the others (through <see cref="ChangeHub.Relay"/>): a change, the names on its pages
/// showing an article (<see cref="Viewers"/>), or hello from a new instance (the others then say who they show).
/// </summary>
public sealed record HubMessage(string Instance, string Kind, long ArticleId = 0, long? ClaimId = null, string? What = null,
    IReadOnlyList<string>? Viewers = null)
{
    public const string Change = "change", Presence = "presence", Hello = "hello";
}

/// <summary>
/// Tells every open page (each Blazor circuit) when an article changes, so that reviewers see each other's work
/// without reloading. A singleton; handlers run on the publisher's thread, so pages marshal to their own. With several
/// app instances on one database, a relay (PostgreSQL LISTEN/NOTIFY) carries changes and presence between them.
/// </summary>
public sealed class ChangeHub
{
    /// <summary>How long another instance's presence counts without being repeated (instances repeat it every few seconds).</summary>
    public static readonly TimeSpan RemotePresenceLifetime = TimeSpan.FromSeconds(30);

    /// <summary>At most this many names per article and instance travel in one message.</summary>
    public const int MaxRelayedViewers = 200;

    private readonly Lock gate = new();
    private readonly Dictionary<long, HashSet<Viewer>> viewers = [];
    private readonly Dictionary<(string Instance, long ArticleId), (IReadOnlyList<string> Names, long At)> remote = [];

    /// <summary>This instance's name in relayed messages.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("n");

    /// <summary>Set by a relay: sends a message to the other instances. Null with a single instance.</summary>
    public Action<HubMessage>? Relay { get; set; }

    public event Action<ArticleChange>? Changed;

    public event Action<long>? ViewersChanged;

    public void Publish(ArticleChange change)
    {
        Changed?.Invoke(change);
        Relay?.Invoke(new HubMessage(InstanceId, HubMessage.Change, change.ArticleId, change.ClaimId, change.What));
    }

    /// <summary>A message from another instance, delivered by the relay.</summary>
    public void Receive(HubMessage message)
    {
        if (message.Instance == InstanceId) return;
        switch (message.Kind)
        {
            case HubMessage.Change:
                // The origin is a page of another instance: every page here reloads.
                Changed?.Invoke(new ArticleChange(message.ArticleId, message.ClaimId, message.What ?? "claim", null));
                break;
            case HubMessage.Presence:
                lock (gate)
                {
                    if (message.Viewers is { Count: > 0 } names)
                        remote[(message.Instance, message.ArticleId)] = (names.Take(MaxRelayedViewers).ToList(), Environment.TickCount64);
                    else remote.Remove((message.Instance, message.ArticleId));
                }
                ViewersChanged?.Invoke(message.ArticleId);
                break;
            case HubMessage.Hello:
                AnnounceAll();
                break;
        }
    }

    /// <summary>Tells the other instances who has each article open here (a new instance asks; the relay repeats it).</summary>
    public void AnnounceAll()
    {
        if (Relay is null) return;
        List<long> open;
        lock (gate) open = viewers.Keys.ToList();
        foreach (var articleId in open) Announce(articleId);
    }

    /// <summary>Forgets presence that another instance stopped repeating (it stopped or crashed) and tells the pages.</summary>
    public void ForgetSilentInstances()
    {
        var cutoff = Environment.TickCount64 - (long)RemotePresenceLifetime.TotalMilliseconds;
        List<long> gone;
        lock (gate)
        {
            var stale = remote.Where(r => r.Value.At < cutoff).Select(r => r.Key).ToList();
            foreach (var key in stale) remote.Remove(key);
            gone = stale.Select(k => k.ArticleId).Distinct().ToList();
        }
        foreach (var articleId in gone) ViewersChanged?.Invoke(articleId);
    }

    private void Announce(long articleId)
    {
        if (Relay is not { } relay) return;
        relay(new HubMessage(InstanceId, HubMessage.Presence, articleId, Viewers: LocalViewers(articleId).Take(MaxRelayedViewers).ToList()));
    }

    private List<string> LocalViewers(long articleId)
    {
        lock (gate) return viewers.TryGetValue(articleId, out var set) ? set.Where(v => v.Connected).Select(v => v.Name).ToList() : [];
    }

    /// <summary>Registers a page showing an article; dispose the result when the page closes.</summary>
    public IPresence Watch(long articleId, string name)
    {
        var viewer = new Viewer(this, articleId, name);
        lock (gate)
        {
            if (!viewers.TryGetValue(articleId, out var set)) viewers[articleId] = set = [];
            set.Add(viewer);
        }
        ViewersChanged?.Invoke(articleId);
        Announce(articleId);
        return viewer;
    }

    /// <summary>The names of everyone with the article open on a connected page, one entry per page, on every instance.</summary>
    public IReadOnlyList<string> Viewers(long articleId)
    {
        var names = LocalViewers(articleId);
        var cutoff = Environment.TickCount64 - (long)RemotePresenceLifetime.TotalMilliseconds;
        lock (gate)
            foreach (var ((_, id), (others, at)) in remote)
                if (id == articleId && at >= cutoff) names.AddRange(others);
        return names;
    }

    /// <summary>
    /// The other people with the article open on a connected page, each once, in name order: the viewer's own other tabs
    /// and pages whose browser has gone away (a circuit kept for a while in case it reconnects) do not count.
    /// </summary>
    public IReadOnlyList<string> OtherPeople(long articleId, string name) =>
        Viewers(articleId).Where(n => !string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();

    private void Leave(Viewer viewer)
    {
        lock (gate)
        {
            if (viewers.TryGetValue(viewer.ArticleId, out var set) && set.Remove(viewer) && set.Count == 0) viewers.Remove(viewer.ArticleId);
        }
        ViewersChanged?.Invoke(viewer.ArticleId);
        Announce(viewer.ArticleId);
    }

    private void Reconnected(Viewer viewer)
    {
        ViewersChanged?.Invoke(viewer.ArticleId);
        Announce(viewer.ArticleId);
    }

    private sealed class Viewer(ChangeHub hub, long articleId, string name) : IPresence
    {
        private int disposed;
        private volatile bool connected = true;

        public long ArticleId => articleId;

        public string Name => name;

        public bool Connected => connected;

        public void SetConnected(bool value)
        {
            if (connected == value || Volatile.Read(ref disposed) == 1) return;
            connected = value;
            hub.Reconnected(this);
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0) hub.Leave(this);
        }
    }
}

/// <summary>A page's presence on an article: whether its browser is connected, and gone when disposed.</summary>
public interface IPresence : IDisposable
{
    /// <summary>The page's browser lost (false) or regained (true) its connection.</summary>
    void SetConnected(bool connected);
}
