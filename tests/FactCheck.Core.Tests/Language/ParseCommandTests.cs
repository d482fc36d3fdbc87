using FactCheck.Core.Tests.Cli;

namespace FactCheck.Core.Tests.Language;

public class ParseCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "factcheck-tests", Guid.NewGuid().ToString("n"));

    public ParseCommandTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Parse_keeps_every_line_and_column_it_does_not_predict()
    {
        var input = ConlluTests.Sample.ReplaceLineEndings("\n");
        var result = await CliRunner.Run("parse", Write("in.conllu", input));
        Assert.Equal(0, result.Code);
        var inLines = input.Split('\n');
        var outLines = result.Out.Split('\n');
        Assert.Equal(inLines.Length, outLines.Length);
        for (var i = 0; i < inLines.Length; i++)
        {
            var a = inLines[i].Split('\t');
            var b = outLines[i].Split('\t');
            if (a.Length != 10 || a[0].Contains('-') || a[0].Contains('.'))
            {
                Assert.Equal(inLines[i], outLines[i]);
                continue;
            }
            Assert.Equal(10, b.Length);
            Assert.Equal((a[0], a[1], a[9]), (b[0], b[1], b[9]));
            Assert.True(int.TryParse(b[6], out var head) && head >= 0 && head <= 7, $"bad head in: {outLines[i]}");
            Assert.NotEqual("_", b[3]);
            Assert.NotEqual("_", b[7]);
        }
    }

    [Fact]
    public async Task Eval_ud_prints_the_scores()
    {
        var result = await CliRunner.Run("eval", "ud", Write("gold.conllu", ConlluTests.Sample));
        Assert.Equal(0, result.Code);
        Assert.Contains("\"words\": 13", result.Out);
        Assert.Contains("\"uas\":", result.Out);
        Assert.Contains("\"las\":", result.Out);
        Assert.Contains("\"lemma\":", result.Out);
        Assert.Contains("\"tokensPerSecond\":", result.Out);
    }

    [Fact]
    public async Task A_malformed_file_names_the_line_and_the_reason_without_a_stack_trace()
    {
        var path = Write("bad.conllu", "# sent_id = 1\n1\tHello\thello\tINTJ\tUH\t_\t0\troot\t_\n");
        var result = await CliRunner.Run("parse", path);
        Assert.Equal(2, result.Code);
        Assert.Equal($"factcheck: parse: {path}: line 2: expected 10 tab-separated columns, found 9", result.Err.Trim());
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("eval", "ud")]
    public async Task A_missing_file_is_one_clear_line(params string[] command)
    {
        var result = await CliRunner.Run([.. command, Path.Combine(folder, "none.conllu")]);
        Assert.Equal(2, result.Code);
        Assert.StartsWith("factcheck: ", result.Err);
        Assert.Contains("not found", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
    }

    [Fact]
    public async Task A_missing_model_file_is_one_clear_line()
    {
        var result = await CliRunner.Run("parse", Write("in.conllu", ConlluTests.Sample), "--model", Path.Combine(folder, "none.bin"));
        Assert.Equal(2, result.Code);
        Assert.Contains("model file not found", result.Err);
    }
}
