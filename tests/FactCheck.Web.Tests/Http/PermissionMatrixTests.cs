using System.Net;
using System.Net.Http.Json;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Reviews;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Http;

/// <summary>
/// Every API route that changes a claim, against a claim in each state, with a reviewer's and an editor's token:
/// approved and published verdicts change only through the correction path, decisions are editors' only, and a
/// refused change leaves the claim as it was.
/// </summary>
public class PermissionMatrixTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly ClaimStatus[] States = [ClaimStatus.Open, ClaimStatus.InReview, ClaimStatus.Proposed, ClaimStatus.SentBack, ClaimStatus.Approved, ClaimStatus.Published];

    private Claim ClaimIn(ClaimStatus state)
    {
        var workflow = app.Services.GetRequiredService<ReviewWorkflow>();
        var claims = app.Services.GetRequiredService<ClaimStore>();
        var editor = app.EnsureUser("matrix-editor", Role.Editor);
        var reviewer = app.EnsureUser("matrix-reviewer", Role.Reviewer);
        var articleId = app.Services.GetRequiredService<ArticleIntake>().Import(new ArticleDraft { Text = WorkbenchTestContext.Story });
        var claim = claims.ListByArticle(articleId)[0];
        if (state != ClaimStatus.Open) workflow.Assign(editor, [claim.Id], reviewer.Id);
        claim = claims.Get(claim.Id)!;
        if (state is ClaimStatus.Proposed or ClaimStatus.SentBack or ClaimStatus.Approved or ClaimStatus.Published)
        {
            // "Mostly true" needs a source to be approved: the reviewer cites one first.
            workflow.AddEvidence(reviewer, claim.Id, new EvidenceDraft { Url = "https://stats.example.gov/b11", Passage = "1,190 homes" });
            claim = workflow.SetVerdict(reviewer, claim.Id, claim.Version, "Mostly true", "Checked.").Value!;
        }
        if (state == ClaimStatus.SentBack) claim = workflow.SendBack(editor, claim.Id, claim.Version, "Cite the bulletin.").Value!;
        if (state is ClaimStatus.Approved or ClaimStatus.Published) claim = workflow.Approve(editor, claim.Id, claim.Version).Value!;
        if (state == ClaimStatus.Published) claims.MarkPublished(articleId, "matrix-editor");
        claim = claims.Get(claim.Id)!;
        Assert.Equal(state, claim.Status);
        return claim;
    }

    /// <summary>The answer each route must give on a claim in <paramref name="state"/>, for a reviewer's or an editor's token.</summary>
    private static HttpStatusCode Expected(string route, ClaimStatus state, bool editor)
    {
        var locked = state is ClaimStatus.Approved or ClaimStatus.Published;
        return route switch
        {
            "verdict" => locked ? HttpStatusCode.UnprocessableEntity : HttpStatusCode.OK,
            "evidence" => locked ? HttpStatusCode.UnprocessableEntity : HttpStatusCode.Created,
            "approve" => !editor ? HttpStatusCode.Forbidden : state == ClaimStatus.Proposed ? HttpStatusCode.OK : HttpStatusCode.UnprocessableEntity,
            "send-back" => !editor ? HttpStatusCode.Forbidden : state is ClaimStatus.Proposed or ClaimStatus.Approved ? HttpStatusCode.OK : HttpStatusCode.UnprocessableEntity,
            "reopen" => !editor ? HttpStatusCode.Forbidden : state == ClaimStatus.Published ? HttpStatusCode.OK : HttpStatusCode.UnprocessableEntity,
            _ => throw new ArgumentOutOfRangeException(nameof(route)),
        };
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string route, Claim claim) => route switch
    {
        "verdict" => client.PutAsJsonAsync($"/api/claims/{claim.Id}/verdict", new { rating = "False", explanation = "Changed.", version = claim.Version }),
        "evidence" => client.PostAsJsonAsync($"/api/claims/{claim.Id}/evidence",
            new { url = "https://stats.example.gov/b12", excerpt = "1,190 homes", stance = "contradicts", snapshotText = "1,190 homes flooded" }),
        _ => client.PostAsJsonAsync($"/api/claims/{claim.Id}/{route}", new { version = claim.Version, comment = "Please revise the count." }),
    };

    [Fact]
    public async Task Every_claim_route_in_every_state_for_reviewers_and_editors()
    {
        var tokens = new Dictionary<bool, HttpClient> { [false] = app.ApiClient("matrix-reviewer", Role.Reviewer), [true] = app.ApiClient("matrix-editor", Role.Editor) };
        var claims = app.Services.GetRequiredService<ClaimStore>();
        var evidence = app.Services.GetRequiredService<EvidenceStore>();
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var route in new[] { "verdict", "evidence", "approve", "send-back", "reopen" })
            foreach (var state in States)
                foreach (var editor in new[] { false, true })
                {
                    var claim = ClaimIn(state);
                    var evidenceBefore = evidence.ListByClaim(claim.Id).Count;
                    var response = await Send(tokens[editor], route, claim);
                    var expected = Expected(route, state, editor);
                    checkedCount++;
                    if (response.StatusCode != expected)
                        failures.Add($"{route} on {state} by {(editor ? "editor" : "reviewer")}: {(int)response.StatusCode}, expected {(int)expected} — {await response.Content.ReadAsStringAsync()}");
                    if ((int)response.StatusCode >= 400)
                    {
                        var after = claims.Get(claim.Id)!;
                        if (after.Version != claim.Version || after.Status != claim.Status || evidence.ListByClaim(claim.Id).Count != evidenceBefore)
                            failures.Add($"{route} on {state} by {(editor ? "editor" : "reviewer")} was refused but changed the claim");
                    }
                }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(60, checkedCount);
    }

    [Fact]
    public async Task A_published_verdict_keeps_its_ClaimReview_when_a_reviewer_tries_to_re_rate_it()
    {
        // Published the way an editor publishes: the cited source archived, the methodology written, a report version stored.
        var claim = ClaimIn(ClaimStatus.Approved);
        var cited = app.Services.GetRequiredService<EvidenceStore>().ListByClaim(claim.Id)[0];
        app.Services.GetRequiredService<SnapshotStore>().Add(cited.SourceId, FactCheck.Core.Sources.SnapshotDraft.FromPastedText("1,190 homes", DateTimeOffset.UtcNow));
        app.Services.GetRequiredService<ArticleStore>().UpdateMethodology(claim.ArticleId, "Checked against the bulletin.");
        Assert.True(app.Services.GetRequiredService<FactCheck.Core.Reports.ReportPublisher>().Publish(claim.ArticleId, "matrix-editor", null).Published);
        claim = app.Services.GetRequiredService<ClaimStore>().Get(claim.Id)!;
        Assert.Equal(ClaimStatus.Published, claim.Status);
        var reviewer = app.ApiClient("matrix-reviewer", Role.Reviewer);
        var response = await reviewer.PutAsJsonAsync($"/api/claims/{claim.Id}/verdict", new { rating = "False", explanation = "Re-rated.", version = claim.Version });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("locked", await response.Content.ReadAsStringAsync());
        var review = await reviewer.GetStringAsync($"/api/articles/{claim.ArticleId}/claimreview.json");
        Assert.Contains("Mostly true", review);
    }

    [Fact]
    public async Task Too_long_fields_get_400_or_413_and_nothing_is_saved()
    {
        var claim = ClaimIn(ClaimStatus.InReview);
        var client = app.ApiClient("matrix-reviewer", Role.Reviewer);
        var verdict = await client.PutAsJsonAsync($"/api/claims/{claim.Id}/verdict",
            new { rating = "False", explanation = new string('x', FieldLimits.Explanation + 1), version = claim.Version });
        Assert.Equal(HttpStatusCode.BadRequest, verdict.StatusCode);
        Assert.Contains("the limit is 20,000", await verdict.Content.ReadAsStringAsync());
        var excerpt = await client.PostAsJsonAsync($"/api/claims/{claim.Id}/evidence",
            new { url = "https://stats.example.gov/b", excerpt = new string('p', FieldLimits.Passage + 1), stance = "supports" });
        Assert.Equal(HttpStatusCode.BadRequest, excerpt.StatusCode);
        var snapshot = await client.PostAsJsonAsync($"/api/claims/{claim.Id}/evidence",
            new { url = "https://stats.example.gov/c", excerpt = "p", stance = "supports", snapshotText = new string('s', FieldLimits.SnapshotText + 1) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, snapshot.StatusCode);
        var after = app.Services.GetRequiredService<ClaimStore>().Get(claim.Id)!;
        Assert.Equal(claim.Version, after.Version);
        Assert.Empty(app.Services.GetRequiredService<EvidenceStore>().ListByClaim(claim.Id));
    }
}
