using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Matching;

namespace FactCheck.Core.Reviews;

/// <summary>
/// One click from an earlier fact-check to this claim's sources: the check itself as a source of kind
/// <see cref="SourceKind.EarlierFactCheck"/>, or (for one of our own published verdicts) the sources that verdict rested on.
/// </summary>
public sealed class EarlierCheckCitations(ReviewWorkflow workflow, EvidenceStore evidence)
{
    /// <param name="siteRoot">This site's public address (e.g. https://factcheck.example.org), for our own verdicts' pages.</param>
    /// <param name="ourName">Who published our own verdicts, as a source's publisher.</param>
    /// <exception cref="ActionDeniedException">The account is not active.</exception>
    /// <exception cref="ClaimLockedException">The claim's verdict is approved or published.</exception>
    /// <exception cref="ArgumentException">The check has no address that can be cited.</exception>
    public Evidence Cite(User? who, long claimId, EarlierCheck check, string siteRoot, string ourName) =>
        workflow.AddEvidence(who, claimId, Draft(check, siteRoot, ourName));

    /// <summary>What citing <paramref name="check"/> adds: its address, who checked it and when, and the claim it rated.</summary>
    /// <exception cref="ArgumentException">The check has no address that can be cited.</exception>
    public static EvidenceDraft Draft(EarlierCheck check, string siteRoot, string ourName)
    {
        var url = AbsoluteUrl(check, siteRoot) ?? throw new ArgumentException("This earlier check has no web address to cite.", nameof(check));
        var title = check.Rating is null ? $"Fact-check: “{check.Claim}”" : $"Fact-check: “{check.Claim}” — rated {check.Rating}";
        return new EvidenceDraft
        {
            Url = url,
            Title = Cut(title, FieldLimits.SourceTitle),
            Publisher = Cut(check.Origin == EarlierCheckOrigin.OwnVerdict ? ourName : check.CheckedBy, FieldLimits.SourcePublisher),
            PublishedOn = check.CheckedOn,
            Kind = SourceKind.EarlierFactCheck,
            Passage = Cut(check.Claim, FieldLimits.Passage)!,
            // Whether an earlier check supports or contradicts this claim is the reviewer's call; context until they say.
            Stance = Stance.Context,
        };
    }

    /// <summary>
    /// Copies the sources of one of our own published verdicts to this claim (each with its passage and stance), leaving out
    /// any this claim already cites with the same passage. Returns how many were added.
    /// </summary>
    /// <exception cref="ActionDeniedException">The account is not active.</exception>
    /// <exception cref="ClaimLockedException">The claim's verdict is approved or published.</exception>
    public int CopySources(User? who, long claimId, long fromClaimId)
    {
        var have = evidence.ListByClaim(claimId).Select(e => (e.Source.Url, e.Passage)).ToHashSet();
        var added = 0;
        foreach (var e in evidence.ListByClaim(fromClaimId))
        {
            if (!have.Add((e.Source.Url, e.Passage))) continue;
            workflow.AddEvidence(who, claimId, new EvidenceDraft
            {
                Url = e.Source.Url, Title = e.Source.Title, Publisher = e.Source.Publisher, PublishedOn = e.Source.PublishedOn,
                Kind = e.Source.Kind, Passage = e.Passage, Stance = e.Stance,
            });
            added++;
        }
        return added;
    }

    /// <summary>The check's address as a full http(s) URL: our own pages are paths on this site.</summary>
    public static string? AbsoluteUrl(EarlierCheck check, string siteRoot)
    {
        if (check.Url is null) return null;
        if (check.Url.StartsWith('/') && Uri.TryCreate(siteRoot.TrimEnd('/') + check.Url, UriKind.Absolute, out var own)) return own.AbsoluteUri;
        return UrlRules.Validate(check.Url) is null ? check.Url : null;
    }

    private static string? Cut(string? s, int max) => s is null ? null : s.Length <= max ? s : s[..(max - 1)] + "…";
}
