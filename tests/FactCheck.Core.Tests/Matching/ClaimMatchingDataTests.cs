using FactCheck.Core.Evaluation;

namespace FactCheck.Core.Tests.Matching;

public class ClaimMatchingDataTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "factcheck-tests", Guid.NewGuid().ToString("n"));

    public ClaimMatchingDataTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Verified_claims_are_read_after_the_header_with_quoted_fields_over_several_lines()
    {
        var path = Write("claims.tsv", "\tvclaim\ttitle\n" +
            "7\tThe moon is made of cheese.\tIs the Moon Cheese?\n" +
            "8\t\"A \"\"viral\"\" post says\nbridges melt.\"\tDo Bridges Melt?\n");

        var claims = ClaimMatchingData.ReadVerifiedClaims(path);

        Assert.Equal(2, claims.Count);
        Assert.Equal(new VerifiedClaim("7", "The moon is made of cheese.", "Is the Moon Cheese?"), claims[0]);
        Assert.Equal("A \"viral\" post says\nbridges melt.", claims[1].Claim);
        Assert.Equal("Do Bridges Melt?", claims[1].Title);
    }

    [Theory]
    [InlineData("\tvclaim\ttitle\n1\tonly two fields\n", "claims.tsv, line 2: expected 3 tab-separated fields, found 2")]
    [InlineData("\tvclaim\ttitle\n1\ta\tb\n1\tc\td\n", "claims.tsv, line 3: the id '1' appears twice")]
    [InlineData("\tvclaim\ttitle\n1\t\"never closed\tb\n", "claims.tsv, line 2: a quoted field is never closed")]
    [InlineData("\tvclaim\ttitle\n \ta\tb\n", "claims.tsv, line 2: the id is empty")]
    [InlineData("", "claims.tsv: the file is empty (expected a header line)")]
    public void Bad_claim_files_are_refused_with_the_line_and_the_reason(string text, string message)
    {
        var path = Write("claims.tsv", text);
        var e = Assert.Throws<MatchingDataException>(() => ClaimMatchingData.ReadVerifiedClaims(path));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var e = Assert.Throws<MatchingDataException>(() => ClaimMatchingData.ReadQueries(Path.Combine(folder, "nope.tsv")));
        Assert.StartsWith("nope.tsv: file not found", e.Message);
    }

    [Fact]
    public void Qrels_group_relevant_claims_by_query_and_skip_zero_relevance()
    {
        var path = Write("dev.qrels", "q1 0 7 1\nq1\t0\t8\t1\nq2 0 9 0\n\n");

        var qrels = ClaimMatchingData.ReadQrels(path);

        Assert.Equal(["7", "8"], qrels["q1"].Order());
        Assert.False(qrels.ContainsKey("q2"));
    }

    [Theory]
    [InlineData("q1 0 7\n", "dev.qrels, line 1: expected 'query_id 0 vclaim_id relevance', found 3 fields")]
    [InlineData("q1 0 7 yes\n", "dev.qrels, line 1: the relevance 'yes' is not a number")]
    public void Bad_qrels_are_refused_with_the_line_and_the_reason(string text, string message)
    {
        var path = Write("dev.qrels", text);
        Assert.Equal(message, Assert.Throws<MatchingDataException>(() => ClaimMatchingData.ReadQrels(path)).Message);
    }
}
