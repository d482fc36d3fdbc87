namespace FactCheck.Core.Reviews;

/// <summary>Something changed in an article: a claim, its verdict, its evidence, or the article itself.</summary>
/// <param name="Origin">Who made the change (a page instance), so that it does not reload its own save.</param>
public sealed record ArticleChange(long ArticleId, long? ClaimId, string What, object? Origin);

/// <summary>
/// Tells every open page (each Blazor circuit) when an article changes, so that reviewers see each other's work
/// without reloading. A singleton; handlers run on the publisher's thread, so pages marshal to their own.
/// </summary>
public sealed class ChangeHub
{
    private readonly Lock gate = new();
    private readonly Dictionary<long, HashSet<Viewer>> viewers = [];

    public event Action<ArticleChange>? Changed;

    public event Action<long>? ViewersChanged;

    public void Publish(ArticleChange change) => Changed?.Invoke(change);

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
        return viewer;
    }

    /// <summary>The names of everyone with the article open on a connected page, one entry per page.</summary>
    public IReadOnlyList<string> Viewers(long articleId)
    {
        lock (gate) return viewers.TryGetValue(articleId, out var set) ? set.Where(v => v.Connected).Select(v => v.Name).ToList() : [];
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
    }

    private void Reconnected(Viewer viewer) => ViewersChanged?.Invoke(viewer.ArticleId);

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
