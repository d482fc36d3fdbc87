using System.Text.Json.Nodes;
using FactCheck.Core.Exports;
using FactCheck.Core.Reports;
using FactCheck.Core.Reviews;
using FactCheck.Core.Tests.Reports;

namespace FactCheck.Core.Tests.Exports;

public class ClaimReviewTests
{
    private static readonly PublisherSettings Publisher = new() { Organization = "Desk Check", OrganizationUrl = "https://deskcheck.example", BaseUrl = "https://deskcheck.example/" };

    private const string Page = "https://deskcheck.example/fact-checks/floods-in-campo-sereno";

    private static IReadOnlyList<ClaimReviewRecord> Write(ReportData? data = null) =>
        ClaimReviewWriter.Write(ReportContentBuilder.Build(data ?? ReportSample.Data(), includeUnchecked: false), Page, Publisher, new DateOnly(2026, 3, 14));

    [Fact]
    public void One_record_per_claim_with_a_verdict_with_the_required_and_recommended_fields()
    {
        var records = Write();
        Assert.Equal([1L, 2L, 3L], records.Select(r => r.ClaimId));
        var json = records[0].Json;
        Assert.Equal("https://schema.org", (string?)json["@context"]);
        Assert.Equal("ClaimReview", (string?)json["@type"]);
        Assert.Equal("https://deskcheck.example/fact-checks/floods-in-campo-sereno#claim-1", (string?)json["url"]); // the claim's anchor on the public page
        Assert.Equal("Ana Ruiz said 1,204 homes were flooded in Campo Sereno on 12 March 2026.", (string?)json["claimReviewed"]);
        Assert.Equal("2026-03-14", (string?)json["datePublished"]);
        Assert.Equal("Organization", (string?)json["author"]!["@type"]);
        Assert.Equal("Desk Check", (string?)json["author"]!["name"]);
        Assert.Equal("https://deskcheck.example", (string?)json["author"]!["url"]);
        var rating = json["reviewRating"]!;
        Assert.Equal("Rating", (string?)rating["@type"]);
        Assert.Equal("Mostly true", (string?)rating["alternateName"]);
        Assert.Equal(6, (int?)rating["ratingValue"]);
        Assert.Equal(7, (int?)rating["bestRating"]);
        Assert.Equal(2, (int?)rating["worstRating"]);
        var item = json["itemReviewed"]!;
        Assert.Equal("Claim", (string?)item["@type"]);
        Assert.Equal("Person", (string?)item["author"]!["@type"]);
        Assert.Equal("Ana Ruiz", (string?)item["author"]!["name"]);
        Assert.Equal("2026-03-12", (string?)item["datePublished"]);
        Assert.Equal("https://news.example.com/floods?id=7", (string?)item["appearance"]!["url"]);
    }

    [Fact]
    public void Long_claims_are_flagged_and_off_scale_verdicts_carry_only_their_label()
    {
        var records = Write();
        Assert.Empty(records[0].Warnings);
        var data = ReportSample.Data();
        var longer = data.Claims.Select((c, i) => i == 0 ? c with { Statement = c.Statement + " Officials said more were at risk." } : c).ToList();
        var flagged = Write(data with { Claims = longer });
        Assert.Contains(flagged[0].Warnings, w => w.Contains("at most 75"));
        var notCheckable = records[2].Json["reviewRating"]!;
        Assert.Equal("Not checkable", (string?)notCheckable["alternateName"]);
        Assert.Null(notCheckable["ratingValue"]);
        Assert.Null(notCheckable["bestRating"]);
    }

    [Theory]
    [InlineData("the health ministry", true)]
    [InlineData("State Civil Defense Agency", true)]
    [InlineData("Ana Ruiz", false)]
    public void Speakers_are_people_or_organisations(string name, bool organisation) =>
        Assert.Equal(organisation, ClaimReviewWriter.IsOrganization(name));

    [Fact]
    public void The_file_is_a_json_ld_array_of_all_records()
    {
        var file = JsonNode.Parse(ClaimReviewWriter.WriteFile(Write()))!.AsArray();
        Assert.Equal(3, file.Count);
        Assert.All(file, n => Assert.Equal("ClaimReview", (string?)n!["@type"]));
    }

    [Fact]
    public void Claims_of_the_articles_own_voice_name_the_outlet_and_anchors_follow_claim_ids_not_positions()
    {
        var data = ReportSample.Data();
        var reordered = data with { Article = data.Article with { ClaimOrder = [3, 2, 1] } };
        var records = Write(reordered);
        Assert.Equal([3L, 2L, 1L], records.Select(r => r.ClaimId));
        Assert.Equal(Page + "#claim-2", (string?)records[1].Json["url"]);
        Assert.Equal("Organization", (string?)records[1].Json["itemReviewed"]!["author"]!["@type"]);
        Assert.Equal("Meridian News", (string?)records[1].Json["itemReviewed"]!["author"]!["name"]);
    }

    [Fact]
    public void Json_for_a_script_element_escapes_markup_so_user_text_cannot_end_the_element()
    {
        var data = ReportSample.Data();
        var hostile = data with { Claims = [data.Claims[0] with { Statement = "</script><script>alert(1)</script> & 'x'" }] };
        var script = ClaimReviewWriter.WriteScript(Write(hostile).Select(r => (JsonNode)r.Json).ToList());
        Assert.DoesNotContain("<", script);
        Assert.DoesNotContain(">", script);
        Assert.Equal("</script><script>alert(1)</script> & 'x'", (string?)JsonNode.Parse(script)!["claimReviewed"]);
    }
}
