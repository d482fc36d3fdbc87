using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Extraction;
using FactCheck.Core.Text;

namespace FactCheck.Core.Reviews;

/// <summary>The outcome of approving several verdicts at once.</summary>
public sealed record BulkOutcome(int Approved, IReadOnlyList<string> Skipped);

/// <summary>A change was refused because of who asked (not signed in any more, deactivated, or without the role).</summary>
public sealed class ActionDeniedException(string message) : InvalidOperationException(message);

/// <summary>
/// Who may do what in the review, checked against the user as stored at the moment of the change (role and active
/// flag), whatever a page showed when it opened: every write of a page goes through here with the user read just
/// before it. Reviewers work on claims; editors also approve, send back, reopen published verdicts for correction,
/// publish and delete articles. Approved and published verdicts are locked by the stores for everyone. A verdict whose
/// rating needs a source is approved only once the claim cites one (<see cref="SourceRule"/>, as publishing demands).
/// </summary>
public sealed class ReviewWorkflow(ClaimStore claims, CommentStore comments, EvidenceStore evidence, ArticleStore articles, VerdictScaleStore scales)
{
    public const string EditorsOnly = "Only an editor can approve or send back verdicts.";
    public const string EditorsDelete = "Only an editor can delete an article.";
    public const string EditorsReopen = "Only an editor can reopen a published verdict for correction.";
    public const string NotActive = "Your account is no longer active (deactivated, or signed out everywhere): sign in again. Nothing was saved.";

    public SaveResult<Claim> Approve(User? who, long claimId, int version) =>
        who?.Can(Role.Editor) == true ? claims.Approve(claimId, version, who.Username, Unsourced) : SaveResult<Claim>.Denied(Denial(who, EditorsOnly));

    public SaveResult<Claim> SendBack(User? who, long claimId, int version, string comment) =>
        who?.Can(Role.Editor) == true ? claims.SendBack(claimId, version, comment, who.Username) : SaveResult<Claim>.Denied(Denial(who, EditorsOnly));

    public SaveResult<Claim> ReopenForCorrection(User? who, long claimId, int version, string reason) =>
        who?.Can(Role.Editor) == true ? claims.ReopenForCorrection(claimId, version, reason, who.Username) : SaveResult<Claim>.Denied(Denial(who, EditorsReopen));

    /// <summary>Approves each proposed verdict at the version the editor saw; any other is skipped with the reason.</summary>
    public BulkOutcome ApproveAll(User? who, IReadOnlyList<(long ClaimId, int Version)> items)
    {
        if (who?.Can(Role.Editor) != true) return new BulkOutcome(0, [Denial(who, EditorsOnly)]);
        var approved = 0;
        var skipped = new List<string>();
        foreach (var (id, version) in items)
        {
            var result = claims.Approve(id, version, who.Username, Unsourced);
            if (result.Saved) approved++;
            else skipped.Add($"Claim {id}: {result.Error}");
        }
        return new BulkOutcome(approved, skipped);
    }

    /// <param name="attributionCheck">For an attribution, the finding on the quote, saved with the verdict; null keeps it.</param>
    public SaveResult<Claim> SetVerdict(User? who, long claimId, int version, string? verdict, string? explanation, AttributionCheck? attributionCheck = null) =>
        who is { Active: true } ? claims.SetVerdict(claimId, version, verdict, explanation, who.Username, attributionCheck) : SaveResult<Claim>.Denied(NotActive);

    public SaveResult<Claim> SetAttributionCheck(User? who, long claimId, int version, AttributionCheck check) =>
        who is { Active: true } ? claims.SetAttributionCheck(claimId, version, check, who.Username) : SaveResult<Claim>.Denied(NotActive);

    public SaveResult<Claim> Edit(User? who, long claimId, int version, ClaimEdit edit) =>
        who is { Active: true } ? claims.Edit(claimId, version, edit, who.Username) : SaveResult<Claim>.Denied(NotActive);

    /// <param name="maxClaims">The most claims the article may hold (<see cref="ClaimCap"/>); the second part is refused beyond it.</param>
    public SaveResult<Claim> Split(User? who, long claimId, int version, int at, string articleText, int maxClaims = int.MaxValue) =>
        who is { Active: true } ? claims.Split(claimId, version, at, articleText, who.Username, maxClaims) : SaveResult<Claim>.Denied(NotActive);

    /// <returns>Null when deleted, otherwise why not.</returns>
    public string? DeleteClaim(User? who, long claimId) =>
        who is { Active: true } ? claims.Delete(claimId, who.Username) : NotActive;

    /// <exception cref="ActionDeniedException">The account is not active.</exception>
    /// <exception cref="ArgumentException">The statement is too long, or the article already holds <paramref name="maxClaims"/> claims.</exception>
    public Claim AddManual(User? who, long articleId, TextSpan span, ClaimKind kind, string statement, int maxClaims = int.MaxValue) =>
        claims.AddManual(articleId, span, kind, statement, actor: Require(who).Username, maxClaims: maxClaims);

    /// <exception cref="ActionDeniedException">The account is not active.</exception>
    /// <exception cref="ClaimLockedException">The claim's verdict is approved or published.</exception>
    /// <exception cref="ArgumentException">The URL or a field is not acceptable.</exception>
    public Evidence AddEvidence(User? who, long claimId, EvidenceDraft draft) => evidence.Add(claimId, draft, Require(who).Username);

    /// <exception cref="ActionDeniedException">The account is not active.</exception>
    /// <exception cref="ClaimLockedException">The claim's verdict is approved or published.</exception>
    public bool UpdatePassage(User? who, long evidenceId, string passage, Stance stance) =>
        evidence.UpdatePassage(evidenceId, passage, stance, Require(who).Username);

    /// <exception cref="ActionDeniedException">The account is not active.</exception>
    /// <exception cref="ClaimLockedException">The claim's verdict is approved or published.</exception>
    public bool DeleteEvidence(User? who, long evidenceId) => evidence.Delete(evidenceId, Require(who).Username);

    /// <summary>Deleting an article is an editor's decision (a published one stays whoever asks).</summary>
    /// <returns>Null when deleted, otherwise why not.</returns>
    public string? DeleteArticle(User? who, long articleId) =>
        who?.Can(Role.Editor) == true ? articles.Delete(articleId, who.Username) : Denial(who, EditorsDelete);

    /// <exception cref="ActionDeniedException">The account is not active.</exception>
    /// <exception cref="ArgumentException">The note is too long.</exception>
    public bool UpdateMethodology(User? who, long articleId, string? methodology) =>
        articles.UpdateMethodology(articleId, methodology, Require(who).Username);

    /// <summary>The editor's preparation of the published fact-check: summary, methodology note, order of the claims.</summary>
    /// <returns>False when the article does not exist.</returns>
    /// <exception cref="ActionDeniedException">Not an active editor.</exception>
    /// <exception cref="ArgumentException">A text is too long, or the order names a claim twice (<see cref="UnknownClaimsException"/>: or one the article lacks).</exception>
    public bool UpdateReport(User? who, long articleId, ReportEdit edit) =>
        who?.Can(Role.Editor) == true
            ? articles.UpdateReport(articleId, edit, who.Username)
            : throw new ActionDeniedException(Denial(who, "Only an editor prepares the published fact-check (summary and order of claims)."));

    /// <exception cref="ArgumentException">The comment cannot be posted; the message says why.</exception>
    public Comment Comment(User? who, long claimId, string body) =>
        who is { Active: true }
            ? comments.Add(claimId, who.Username, body)
            : throw new ArgumentException("Sign in again to comment: this account is not active.", nameof(who));

    /// <exception cref="ArgumentException">The reviewer does not exist or is deactivated.</exception>
    public int AssignArticle(User? who, long articleId, long? assigneeId) =>
        who is { Active: true }
            ? claims.AssignArticle(articleId, assigneeId, who.Username)
            : throw new ArgumentException("Sign in again to assign claims: this account is not active.", nameof(who));

    /// <exception cref="ArgumentException">The reviewer does not exist or is deactivated.</exception>
    public int Assign(User? who, IReadOnlyCollection<long> claimIds, long? assigneeId) =>
        who is { Active: true }
            ? claims.Assign(claimIds, assigneeId, who.Username)
            : throw new ArgumentException("Sign in again to assign claims: this account is not active.", nameof(who));

    /// <summary>Why a verdict cannot be approved yet for want of a source, in the words publishing uses; null when it can.</summary>
    private string? Unsourced(Claim claim) => SourceRule.Unmet(claim, scales.Current(), evidence.ListByClaim(claim.Id), "This claim");

    private static User Require(User? who) => who is { Active: true } ? who : throw new ActionDeniedException(NotActive);

    private static string Denial(User? who, string roleMessage) => who is { Active: true } ? roleMessage : NotActive;
}
