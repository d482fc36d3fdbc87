using FactCheck.Cli;

namespace FactCheck.Core.Tests.Cli;

public class ImportReportCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "factcheck-tests", Guid.NewGuid().ToString("n"));

    public ImportReportCommandTests() => Directory.CreateDirectory(folder);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, true);
    }


    [Fact]
    public async Task Import_prints_the_new_id_and_report_prints_its_markdown()
    {
        var file = Path.Combine(folder, "story.txt");
        await File.WriteAllTextAsync(file, "Council approves budget\n\nThe council approved a budget of $12 million on Monday, the mayor said.\n");
        var db = Path.Combine(folder, "cli.db");

        var import = await CliRunner.Run("import", file, "--title", "Budget story", "--outlet", "Town Crier", "--url", "https://crier.example/budget",
            "--published", "2026-03-12", "--db", db);
        Assert.Equal(0, import.Code);
        Assert.Equal("1", import.Out.Trim());

        var report = await CliRunner.Run("report", "1", "--db", db);
        Assert.Equal(0, report.Code);
        Assert.StartsWith("# Fact-check: Budget story\n", report.Out);
        Assert.Contains("| Outlet | Town Crier |", report.Out);
        Assert.Contains("| Published | 2026-03-12 |", report.Out);
        Assert.Contains("<https://crier.example/budget>", report.Out);
        Assert.Contains("## Claims", report.Out);
    }

    [Theory]
    [InlineData("report", "99")]
    [InlineData("report", "abc")]
    [InlineData("import", "/no/such/file.txt")]
    public async Task Bad_arguments_give_one_clear_line_and_exit_code_2(string command, string arg)
    {
        var result = await CliRunner.Run(command, arg, "--db", Path.Combine(folder, "x.db"));
        Assert.Equal(2, result.Code);
        Assert.StartsWith("factcheck: ", result.Err);
    }

    [Fact]
    public async Task Importing_a_binary_file_is_refused_and_saves_nothing()
    {
        var file = Path.Combine(folder, "photo.txt");
        await File.WriteAllBytesAsync(file, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        var db = Path.Combine(folder, "bin.db");
        var result = await CliRunner.Run("import", file, "--db", db);
        Assert.Equal(2, result.Code);
        Assert.Contains("photo.txt", result.Err);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public async Task A_bad_date_option_is_explained()
    {
        var file = Path.Combine(folder, "a.txt");
        await File.WriteAllTextAsync(file, "Text.");
        var result = await CliRunner.Run("import", file, "--published", "12/03/2026", "--db", Path.Combine(folder, "d.db"));
        Assert.Equal(2, result.Code);
        Assert.Contains("YYYY-MM-DD", result.Err);
    }
}
