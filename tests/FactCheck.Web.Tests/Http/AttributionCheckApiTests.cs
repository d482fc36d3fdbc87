using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FactCheck.Core.Data;
using FactCheck.Core.Extraction;
using FactCheck.Core.Text;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Http;

/// <summary>PUT /api/claims/{id}/verdict takes an attribution's quote check with the verdict, and the claim gives it back.</summary>
public class AttributionCheckApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private readonly HttpClient client = app.ApiClient();

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    /// <summary>The story's claims (its extracted ones are attributions) and a figure claim added by hand.</summary>
    private async Task<JsonElement[]> Claims()
    {
        var response = await client.PostAsJsonAsync("/api/articles", new { title = "Harbor bridge", text = WorkbenchTestContext.Story, outlet = "Coastline Wire" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await Json(response)).GetProperty("id").GetInt64();
        var at = WorkbenchTestContext.Story.IndexOf("at least 14 weeks", StringComparison.Ordinal);
        app.Services.GetRequiredService<ClaimStore>().AddManual(id, new TextSpan(at, at + 17), ClaimKind.Figure, "The Harbor Bridge will close for at least 14 weeks.");
        return (await Json(await client.GetAsync($"/api/articles/{id}"))).GetProperty("claims").EnumerateArray().ToArray();
    }

    [Fact]
    public async Task The_quote_check_is_saved_with_the_verdict_returned_and_kept_when_left_out()
    {
        var claim = (await Claims()).First(c => c.GetProperty("kind").GetString() == "attribution");
        var id = claim.GetProperty("id").GetInt64();
        Assert.Equal("NotChecked", claim.GetProperty("attributionCheck").GetString());

        var saved = await client.PutAsJsonAsync($"/api/claims/{id}/verdict",
            new { rating = "False", explanation = "Repairs cost far less.", attributionCheck = "accurate", version = claim.GetProperty("version").GetInt32() });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var body = await Json(saved);
        Assert.Equal("Accurate", body.GetProperty("attributionCheck").GetString());
        Assert.Equal("False", body.GetProperty("verdict").GetString());
        var again = await Json(await client.PutAsJsonAsync($"/api/claims/{id}/verdict",
            new { rating = "Mostly false", explanation = "Repairs cost less.", version = body.GetProperty("version").GetInt32() }));
        Assert.Equal("Accurate", again.GetProperty("attributionCheck").GetString());
        Assert.Equal("Accurate", (await Json(await client.GetAsync($"/api/claims/{id}"))).GetProperty("attributionCheck").GetString());
    }

    [Fact]
    public async Task An_unknown_finding_or_one_on_a_claim_that_is_not_an_attribution_is_a_400_saying_why()
    {
        var claims = await Claims();
        var attribution = claims.First(c => c.GetProperty("kind").GetString() == "attribution");
        var other = claims.First(c => c.GetProperty("kind").GetString() != "attribution");
        Assert.Equal(JsonValueKind.Null, other.GetProperty("attributionCheck").ValueKind);

        var unknown = await client.PutAsJsonAsync($"/api/claims/{attribution.GetProperty("id").GetInt64()}/verdict",
            new { rating = "True", attributionCheck = "sort of", version = attribution.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("WronglyAttributed", (await Json(unknown)).GetProperty("detail").GetString());

        var notAQuote = await client.PutAsJsonAsync($"/api/claims/{other.GetProperty("id").GetInt64()}/verdict",
            new { rating = "True", attributionCheck = "Misquoted", version = other.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.BadRequest, notAQuote.StatusCode);
        Assert.Contains("Only an attribution", (await Json(notAQuote)).GetProperty("detail").GetString());
    }
}
