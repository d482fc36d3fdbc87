using FactCheck.Core.Data;
using FactCheck.Core.Extraction;
using FactCheck.Core.Import;
using FactCheck.Core.Reviews;
using FactCheck.Core.Sources;
using FactCheck.Core.Text;

namespace FactCheck.Web.Components.Pages.Workbench;

/// <summary>
/// What one open workbench shows, shared by its panels (one per circuit): the article (the text and its parts are the
/// shared cached copy), a summary row per claim, the filters, the opened claim with its evidence, and who else has the
/// article open. Panels read it, call its methods after their own writes, and re-render on <see cref="Changed"/>;
/// changes made by others arrive through the <see cref="ChangeHub"/> once the page starts <see cref="Watch"/>ing.
/// </summary>
/// <remarks>
/// Only the opened claim is held in full; the claim rows are the instances shared by every page on the article
/// (<see cref="ClaimSummaryPool"/>), so the arrays are replaced, never changed. Evidence checks keep the snapshot's metadata, not its text (up to 2 MB a
/// source): viewing a snapshot or suggesting passages reads it again.
/// </remarks>
public sealed class WorkbenchState(ClaimStore claimStore, EvidenceStore evidenceStore, SourceArchive archive, ArticleTextCache texts,
    ChangeHub hub, ImportLimits limits, VerdictScaleStore scales, ClaimSummaryPool rows, FactCheck.Web.Circuits.CircuitConnection connection) : IDisposable
{
    private ClaimSummary[] claims = [];
    private ClaimSummary[] visible = [];
    private IPresence? presence;
    private Func<Action, Task>? dispatch;
    private string viewer = "";

    /// <summary>Anything the panels show changed (on the circuit's dispatcher).</summary>
    public event Action? Changed;

    /// <summary>Another page changed this article; raised after the claims are reloaded, before <see cref="Changed"/>.</summary>
    public event Action<ArticleChange, Claim?>? ChangedElsewhere;

    public long ArticleId { get; private set; }

    /// <summary>Null before <see cref="Open"/> and when the article does not exist.</summary>
    public Article? Article { get; private set; }

    public IReadOnlyList<TextPart> Parts { get; private set; } = [];

    /// <summary>The verdict scale as it was when the article was opened.</summary>
    public VerdictScale Scale { get; private set; } = VerdictScale.Default;

    public IReadOnlyList<ClaimSummary> Claims => claims;

    /// <summary>The claims that pass the filters, in text order (the list and the keys walk these).</summary>
    public IReadOnlyList<ClaimSummary> Visible => visible;

    /// <summary>Where a claim is in <see cref="Visible"/>; -1 when it is filtered out.</summary>
    public int IndexOfVisible(long claimId) => Array.FindIndex(visible, c => c.Id == claimId);

    public ClaimKind? KindFilter { get; private set; }

    public ClaimStatus? StatusFilter { get; private set; }

    /// <summary>The opened claim, in full.</summary>
    public Claim? Selected { get; private set; }

    /// <summary>The opened claim's evidence, checked against the archived copies.</summary>
    public IReadOnlyList<EvidenceCheck> Checks { get; private set; } = [];

    /// <summary>What the archived sources say about the opened claim's figures and quotation.</summary>
    public IReadOnlyList<SourceHint> Hints { get; private set; } = [];

    /// <summary>Everyone else with the article open (the same person may have two tabs).</summary>
    public IReadOnlyList<string> OtherViewers { get; private set; } = [];

    /// <summary>Counts changes made elsewhere, so that panels that show more than the claims (comments) reload.</summary>
    public int Revision { get; private set; }

    /// <summary>Set when a claim is selected, so that the page scrolls it into view once rendered.</summary>
    public bool RevealPending { get; set; }

    /// <summary>
    /// The claim was chosen (not merely the first one shown with the article): where the panels are stacked (a phone),
    /// its editor is scrolled into view too.
    /// </summary>
    public bool RevealEditor { get; set; }

    public int MaxClaims => limits.MaxClaims;

    /// <summary>The article holds the most claims one article can have (<see cref="ClaimCap"/>).</summary>
    public bool Full => claims.Length >= limits.MaxClaims;

    /// <summary>Where the article's claims end.</summary>
    public int CoveredUpTo => claims.Length == 0 ? 0 : claims.Max(c => c.Span.End);

    /// <summary>"3 of 16", the opened claim's place among all claims.</summary>
    public string Position => Selected is null ? "" : $"{Array.FindIndex(claims, c => c.Id == Selected.Id) + 1} of {claims.Length}";

    /// <summary>Shows an article (the part of its text that holds the wanted claim, else the first visible one).</summary>
    public void Open(long articleId, long? claimToOpen = null)
    {
        if (articleId != ArticleId) Close();
        ArticleId = articleId;
        var text = texts.Get(articleId);
        Article = text?.Article;
        Parts = text?.Parts ?? [];
        if (text is null) return;
        Scale = scales.Current();
        ReloadClaims();
        if (Selected is null && claimToOpen is { } wanted && claims.Any(c => c.Id == wanted)) Select(wanted);
        if (Selected is null && visible.Length > 0)
        {
            Select(visible[0].Id);
            // Nobody chose it: on a phone the article stays in view, at the top.
            RevealEditor = false;
        }
    }

    /// <summary>
    /// Starts listening for changes from other pages and shows this page among the article's viewers. Only the
    /// interactive page calls it (the prerendered one is thrown away); <paramref name="invoke"/> runs on its dispatcher.
    /// </summary>
    public void Watch(string name, Func<Action, Task> invoke)
    {
        if (presence is not null || Article is null) return;
        viewer = name;
        dispatch = invoke;
        hub.Changed += OnHubChanged;
        hub.ViewersChanged += OnViewersChanged;
        presence = hub.Watch(ArticleId, name);
        presence.SetConnected(connection.Up);
        connection.Changed -= OnConnectionChanged;
        connection.Changed += OnConnectionChanged;
        OtherViewers = OthersViewing();
        Notify();
    }

    /// <summary>Stops watching and lets go of the article's claims (the page closed, or shows another article).</summary>
    public void Close()
    {
        hub.Changed -= OnHubChanged;
        hub.ViewersChanged -= OnViewersChanged;
        connection.Changed -= OnConnectionChanged;
        presence?.Dispose();
        presence = null;
        dispatch = null;
        claims = [];
        visible = [];
        Selected = null;
        Checks = [];
        Hints = [];
        OtherViewers = [];
        Article = null;
        Parts = [];
    }

    public void Dispose() => Close();

    /// <summary>Tells the other pages on this article what changed here.</summary>
    public void Announce(long? claimId, string what) => hub.Publish(new ArticleChange(ArticleId, claimId, what, this));

    public void Select(long claimId)
    {
        Selected = claimStore.Get(claimId);
        if (Selected is not null && Selected.ArticleId != ArticleId) Selected = null;
        LoadEvidence();
        RevealPending = true;
        RevealEditor = true;
        Notify();
    }

    /// <summary>Moves the selection <paramref name="step"/> claims along the visible list (keys j/k, arrows).</summary>
    public void Step(int step)
    {
        if (step == 0 || visible.Length == 0) return;
        var index = Selected is null ? -1 : IndexOfVisible(Selected.Id);
        Select(visible[Math.Clamp(index + step, 0, visible.Length - 1)].Id);
    }

    /// <summary>Selects the next visible claim after the selected one that has no verdict yet, from the top again at the end (key n).</summary>
    public bool NextWithoutVerdict()
    {
        if (visible.Length == 0) return false;
        var start = Selected is null ? -1 : IndexOfVisible(Selected.Id);
        for (var k = 1; k <= visible.Length; k++)
        {
            var row = visible[(start + k + visible.Length) % visible.Length];
            if (row.Verdict is null && row.Id != Selected?.Id)
            {
                Select(row.Id);
                return true;
            }
        }
        return false;
    }

    public void FilterKind(ClaimKind? kind)
    {
        KindFilter = kind;
        ApplyFilters();
        Notify();
    }

    public void FilterStatus(ClaimStatus? status)
    {
        StatusFilter = status;
        ApplyFilters();
        Notify();
    }

    public void ClearFilters()
    {
        KindFilter = null;
        StatusFilter = null;
        ApplyFilters();
    }

    /// <summary>A claim as just saved here: its row and, when it is the opened one, the editor show it.</summary>
    public void Apply(Claim updated)
    {
        var i = Array.FindIndex(claims, c => c.Id == updated.Id);
        if (i >= 0)
        {
            var changed = claims.ToArray();
            changed[i] = ClaimSummary.Of(updated);
            claims = rows.Share(ArticleId, changed);
        }
        ApplyFilters();
        if (Selected?.Id == updated.Id) Selected = updated;
        Notify();
    }

    /// <summary>Reads the claims again (after a change of several at once: a split, a deletion, an assignment).</summary>
    public void Reload()
    {
        ReloadClaims();
        Notify();
    }

    /// <summary>Reads the opened claim's evidence again (after adding or removing a source, archiving a copy).</summary>
    public void ReloadEvidence()
    {
        LoadEvidence();
        Notify();
    }

    /// <summary>Bumped on every change the panels are told of.</summary>
    public int Generation { get; private set; }

    public void Notify()
    {
        Generation++;
        Changed?.Invoke();
    }

    private void ReloadClaims()
    {
        // A save that lands after the page closed (typing stored on leaving) leaves a closed state empty.
        if (Article is null) return;
        claims = rows.Share(ArticleId, claimStore.ListSummaries(ArticleId));
        ApplyFilters();
        if (Selected is not null) Selected = claims.Any(c => c.Id == Selected.Id) ? claimStore.Get(Selected.Id) : null;
    }

    private void ApplyFilters() =>
        visible = KindFilter is null && StatusFilter is null
            ? claims
            : claims.Where(c => (KindFilter is null || c.Kind == KindFilter) && (StatusFilter is null || c.Status == StatusFilter)).ToArray();

    private void LoadEvidence()
    {
        if (Selected is null || Article is null)
        {
            Checks = [];
            Hints = [];
            return;
        }
        var evidence = evidenceStore.ListByClaim(Selected.Id);
        Hints = archive.Hints(Selected, Article.Text, evidence);
        Checks = archive.Check(evidence).Select(c => c.Snapshot is { } s ? c with { Snapshot = s with { Text = "" } } : c).ToList();
    }

    private void OnHubChanged(ArticleChange change)
    {
        if (change.ArticleId != ArticleId || ReferenceEquals(change.Origin, this) || dispatch is not { } invoke) return;
        _ = invoke(() =>
        {
            if (presence is null) return;
            Revision++;
            var before = Selected;
            ReloadClaims();
            if (change.What != "article deleted") LoadEvidence();
            ChangedElsewhere?.Invoke(change, before);
            Notify();
        });
    }

    private void OnViewersChanged(long articleId)
    {
        if (articleId != ArticleId || dispatch is not { } invoke) return;
        _ = invoke(() =>
        {
            if (presence is null) return;
            OtherViewers = OthersViewing();
            Notify();
        });
    }

    private IReadOnlyList<string> OthersViewing() => hub.OtherPeople(ArticleId, viewer);

    private void OnConnectionChanged(bool up) => presence?.SetConnected(up);

    /// <summary>The spans of the opened claim's figures, emphasised inside its highlight.</summary>
    public IReadOnlyList<TextSpan> Emphasis => Selected?.Figures.Select(f => f.Span).ToList() ?? [];
}
