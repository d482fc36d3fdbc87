using System.Text.Json;
using FactCheck.Cli;
using FactCheck.Core.Tests.Cli;

namespace FactCheck.Core.Tests.Extraction;

public sealed class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("factcheck-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);


    [Fact]
    public async Task Extract_prints_one_json_object_with_the_documented_shape()
    {
        var file = Path.Combine(_dir, "a.txt");
        await File.WriteAllTextAsync(file, SampleArticles.Floods, TestContext.Current.CancellationToken);

        var (code, output, _) = await CliRunner.Run("extract", file, "--published", "2025-03-04");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("2025-03-04", root.GetProperty("published").GetString());
        Assert.Equal("SANTIAGO", root.GetProperty("dateline").GetProperty("place").GetString());
        Assert.Equal(2, root.GetProperty("dateline").GetProperty("span").GetArrayLength());
        var claim = root.GetProperty("claims").EnumerateArray().First(c => c.GetProperty("kind").GetString() == "attribution");
        foreach (var name in new[] { "id", "statement", "span", "speaker", "cue", "content", "direct", "figures", "sourced", "checkWorthiness" })
            Assert.True(claim.TryGetProperty(name, out _), name);
        var span = claim.GetProperty("span");
        Assert.True(span[0].GetInt32() < span[1].GetInt32());
    }

    [Fact]
    public async Task Extract_jsonl_prints_one_line_per_input_line_in_order()
    {
        var file = Path.Combine(_dir, "in.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            JsonSerializer.Serialize(new { id = "b", text = "T\n\nThe mayor said the road was open." }),
            "",
            JsonSerializer.Serialize(new { id = "a", text = SampleArticles.LongQuote, published = "2024-05-01" }),
        ], TestContext.Current.CancellationToken);

        var (code, output, _) = await CliRunner.Run("extract", "--jsonl", file);

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("b", first.RootElement.GetProperty("id").GetString());
        Assert.Equal("a", second.RootElement.GetProperty("id").GetString());
        Assert.Equal("2024-05-01", second.RootElement.GetProperty("published").GetString());
        Assert.True(second.RootElement.GetProperty("claims").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("{\"id\":1,\"text\":")]
    [InlineData("[1,2]")]
    [InlineData("{\"id\":\"x\"}")]
    [InlineData("{\"id\":\"x\",\"text\":\"t\",\"published\":\"May 1\"}")]
    public async Task Extract_jsonl_rejects_a_bad_line_with_exit_code_2(string line)
    {
        var file = Path.Combine(_dir, "bad.jsonl");
        await File.WriteAllTextAsync(file, "{\"id\":\"ok\",\"text\":\"fine\"}\n" + line + "\n", TestContext.Current.CancellationToken);

        var (code, output, error) = await CliRunner.Run("extract", "--jsonl", file);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("line 2", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Missing_file_and_bad_arguments_give_a_clear_message_and_exit_code_2()
    {
        var missing = await CliRunner.Run("extract", Path.Combine(_dir, "nope.txt"));
        Assert.Equal(2, missing.Code);
        Assert.Contains("file not found", missing.Err, StringComparison.Ordinal);

        var badDate = await CliRunner.Run("extract", "x.txt", "--published", "yesterday");
        Assert.Equal(2, badDate.Code);

        var unknown = await CliRunner.Run("eval", "bleu", _dir);
        Assert.Equal(2, unknown.Code);
        Assert.Contains("unknown sub-command", unknown.Err, StringComparison.Ordinal);

        var skipBad = await CliRunner.Run("eval", "polnear", _dir, "--skip", "many");
        Assert.Equal(2, skipBad.Code);

        var noDir = await CliRunner.Run("eval", "polnear", Path.Combine(_dir, "missing"));
        Assert.Equal(2, noDir.Code);
        Assert.Contains("folder not found", noDir.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_polnear_prints_scores_as_json()
    {
        PolnearScorerTests.WriteTinyFolder(_dir);
        var (code, output, _) = await CliRunner.Run("eval", "polnear", _dir);
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(1, doc.RootElement.GetProperty("articles").GetInt32());
        Assert.True(doc.RootElement.GetProperty("content").GetProperty("f1").GetDouble() > 0);
    }
}
