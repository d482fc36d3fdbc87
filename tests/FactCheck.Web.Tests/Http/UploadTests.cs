using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FactCheck.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Http;

public class UploadTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<HttpResponseMessage> Upload(string fileName, byte[] bytes, string field = "file")
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), field, fileName } };
        return await app.ApiClient().PostAsync("/api/articles/upload", form);
    }

    private static async Task<string> Detail(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("detail").GetString()!;
    }

    private int ArticleCount() => app.Services.GetRequiredService<ArticleStore>().List().Count;

    [Fact]
    public async Task A_text_file_is_imported_and_extracted()
    {
        var response = await Upload("bridge.txt", Encoding.UTF8.GetBytes(WorkbenchTestContext.Story));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        Assert.NotEmpty(app.Services.GetRequiredService<ClaimStore>().ListByArticle(id));
    }

    [Fact]
    public async Task A_binary_file_renamed_txt_gets_a_clear_error_and_saves_nothing()
    {
        var before = ArticleCount();
        var response = await Upload("story.txt", [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0, 0, 0, 0]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("story.txt", await Detail(response));
        Assert.Equal(before, ArticleCount());
    }

    [Fact]
    public async Task Invalid_utf8_is_explained()
    {
        var response = await Upload("story.txt", [.. Encoding.UTF8.GetBytes("Caf"), 0xC3, 0x28, 0xA0, 0xA1, .. Encoding.UTF8.GetBytes(" ok \u00e9")]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UTF-8", await Detail(response));
    }

    [Theory]
    [InlineData("empty.txt", "")]
    [InlineData("blank.txt", "   \n\n\t  ")]
    public async Task Empty_files_are_refused(string name, string content)
    {
        var response = await Upload(name, Encoding.UTF8.GetBytes(content));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches("(?i)empty|no text", await Detail(response));
    }

    [Fact]
    public async Task An_unsupported_type_lists_the_accepted_ones()
    {
        var response = await Upload("story.exe", [1, 2, 3]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(".docx", await Detail(response));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_its_size()
    {
        var response = await Upload("huge.txt", Encoding.ASCII.GetBytes(new string('a', 11 * 1024 * 1024)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("limit", await Detail(response));
    }

    [Fact]
    public async Task A_request_without_a_file_says_what_to_send()
    {
        var response = await Upload("story.txt", [65], field: "document");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'file'", await Detail(response));
    }
}
