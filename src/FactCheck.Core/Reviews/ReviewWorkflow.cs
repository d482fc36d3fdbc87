using FactCheck.Core.Accounts;
using FactCheck.Core.Data;

namespace FactCheck.Core.Reviews;

/// <summary>The outcome of approving several verdicts at once.</summary>
public sealed record BulkOutcome(int Approved, IReadOnlyList<string> Skipped);

/// <summary>
/// Who may do what in the review, checked against the user as stored now (role and active flag), whatever a page
/// showed: reviewers work on claims; editors also approve, send back and publish.
/// </summary>
public sealed class ReviewWorkflow(ClaimStore claims, CommentStore comments)
{
    public const string EditorsOnly = "Only an editor can approve or send back verdicts.";

    public SaveResult<Claim> Approve(User? who, long claimId, int version) =>
        who?.Can(Role.Editor) == true ? claims.Approve(claimId, version, who.Username) : SaveResult<Claim>.Denied(EditorsOnly);

    public SaveResult<Claim> SendBack(User? who, long claimId, int version, string comment) =>
        who?.Can(Role.Editor) == true ? claims.SendBack(claimId, version, comment, who.Username) : SaveResult<Claim>.Denied(EditorsOnly);

    /// <summary>Approves each proposed verdict at the version the editor saw; any other is skipped with the reason.</summary>
    public BulkOutcome ApproveAll(User? who, IReadOnlyList<(long ClaimId, int Version)> items)
    {
        if (who?.Can(Role.Editor) != true) return new BulkOutcome(0, [EditorsOnly]);
        var approved = 0;
        var skipped = new List<string>();
        foreach (var (id, version) in items)
        {
            var result = claims.Approve(id, version, who.Username);
            if (result.Saved) approved++;
            else skipped.Add($"Claim {id}: {result.Error}");
        }
        return new BulkOutcome(approved, skipped);
    }

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
}
