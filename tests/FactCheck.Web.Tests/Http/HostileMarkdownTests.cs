using System.Net;
using System.Text;
using System.Text.Json;
using FactCheck.Core.Data;
using FactCheck.Core.Reviews;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Http;

/// <summary>
/// One reviewer's explanation of 200 nested block quotes made the article's workbench, report page and report.html
/// answer 500 for everyone, and an uploaded .md article nested that deep answered 500 instead of saying what is wrong.
/// </summary>
public class HostileMarkdownTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string DeepQuote = new string('>', 200) + " deep";

    private long ArticleWithExplanation(string explanation)
    {
        var id = app.Services.GetRequiredService<ArticleIntake>().Import(new ArticleDraft { Text = WorkbenchTestContext.Story, Title = "Harbor bridge" });
        var claims = app.Services.GetRequiredService<ClaimStore>();
        var claim = claims.ListByArticle(id)[0];
        Assert.True(claims.SetVerdict(claim.Id, claim.Version, "False", explanation).Saved);
        return id;
    }

    [Theory]
    [InlineData("/articles/{0}")]
    [InlineData("/articles/{0}/report")]
    [InlineData("/articles/{0}/report.html")]
    [InlineData("/articles/{0}/review")]
    public async Task Pages_showing_a_200_deep_explanation_answer_200(string path)
    {
        var id = ArticleWithExplanation(DeepQuote);
        var client = await app.SignedInClientAsync("hostile-editor", FactCheck.Core.Accounts.Role.Editor);

        var response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("deep", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_uploaded_md_article_nested_200_deep_is_refused_with_a_clear_problem()
    {
        var before = app.Services.GetRequiredService<ArticleStore>().List().Count;
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("# Title\n\n" + DeepQuote + "\n")), "file", "deep.md" } };

        var response = await app.ApiClient().PostAsync("/api/articles/upload", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var detail = problem.RootElement.GetProperty("detail").GetString()!;
        Assert.Contains("deep.md", detail);
        Assert.Contains("nests", detail);
        Assert.Contains(".txt", detail);
        Assert.Equal(before, app.Services.GetRequiredService<ArticleStore>().List().Count);
    }

    [Fact]
    public async Task An_uploaded_md_article_with_deep_emphasis_is_imported_with_its_words()
    {
        var markdown = "# Title\n\nThe council said " + new string('*', 300) + "1,204 homes" + new string('*', 300) + " were flooded.\n";
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(markdown)), "file", "stars.md" } };

        var response = await app.ApiClient().PostAsync("/api/articles/upload", form);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
