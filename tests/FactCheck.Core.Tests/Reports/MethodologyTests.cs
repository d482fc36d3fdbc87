using FactCheck.Core.Reports;
using FactCheck.Core.Reviews;

namespace FactCheck.Core.Tests.Reports;

/// <summary>The generated methodology says how the claims came about.</summary>
public class MethodologyTests
{
    [Fact]
    public void A_split_claim_is_counted_as_a_split_not_as_added_by_hand()
    {
        var data = ReportSample.Data();
        var claims = data.Claims.Select(c => c.Id == 4 ? c with { Origin = ClaimOrigin.Split } : c).ToList();
        var md = ReportWriter.Write(data with { Claims = claims }, ReportSample.Options);
        Assert.Contains("FactCheck broke the article into 3 claims automatically; reviewers split 1 claim in two.", md, StringComparison.Ordinal);
        Assert.DoesNotContain("by hand", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Splits_and_claims_added_by_hand_are_both_told()
    {
        var data = ReportSample.Data();
        var split = data.Claims[0] with { Id = 99, Origin = ClaimOrigin.Split };
        var md = ReportWriter.Write(data with { Claims = [.. data.Claims, split] }, ReportSample.Options);
        Assert.Contains("; reviewers split 1 claim in two and added 1 claim by hand.", md, StringComparison.Ordinal);
    }
}
