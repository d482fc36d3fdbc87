using System.Text;
using FactCheck.Core.Reports;

namespace FactCheck.Core.Tests.Reports;

/// <summary>
/// Hostile Markdown never stops the renderer: deep block quotes and lists, runs of brackets and emphasis marks,
/// long backtick runs and huge tables all come back as HTML (how fast is measured in the benchmarks, not here).
/// </summary>
[Collection(HostileInputCollection.Name)]
public class MarkdownNestingTests
{
    public static TheoryData<string, string> Hostile => new()
    {
        { "200 nested block quotes", new string('>', 200) + " x" },
        { "200 spaced block quotes", Repeat("> ", 200) + "x" },
        { "100,000 block quote marks", new string('>', 100_000) + " x" },
        { "200 nested bullet lists on one line", Repeat("- ", 200) + "x" },
        { "200 nested ordered lists on one line", Repeat("1. ", 200) + "x" },
        { "300 lists nested by indentation", string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', 2 * i) + "- x\n")) },
        { "quotes and lists alternating", Repeat("> - ", 150) + "x" },
        { "5,000 open brackets", new string('[', 5_000) + "x" },
        { "100,000 open brackets", new string('[', 100_000) + "x" },
        { "300 nested links", Repeat("[", 300) + "x" + Repeat("](https://example.org)", 300) },
        { "200 stars around a word", new string('*', 200) + "x" + new string('*', 200) },
        { "100,000 stars around a word", new string('*', 100_000) + "x" + new string('*', 100_000) },
        { "300 separately opened emphases", Repeat("*a ", 300) + "x" + Repeat(" a*", 300) },
        { "alternating stars and underscores", Repeat("*_", 300) + "x" + Repeat("_*", 300) },
        { "every emphasis extra", Repeat("~~^^++==", 200) + "x" + Repeat("==++^^~~", 200) },
        { "10,000 emphases in one paragraph", Repeat("word *x* ", 10_000) },
        { "5,000 bare links in one paragraph", Repeat("see https://example.org/a ", 5_000) },
        { "long backtick runs", string.Concat(Enumerable.Range(1, 600).Select(i => new string('`', i) + " x ")) },
        { "one 100,000-backtick run", new string('`', 100_000) + "x" },
        { "a 20,000-row table", "| a | b |\n|---|---|\n" + Repeat("| x | *y* |\n", 20_000) },
        { "a 5,000-column table", Repeat("| a ", 5_000) + "|\n" + Repeat("|---", 5_000) + "|\n" + Repeat("| x ", 5_000) + "|\n" },
        { "a table of unclosed code", "a | b\n--|--\n" + Repeat("`|", 10_000) },
        { "quotes inside a fence, then outside", "```\n" + new string('>', 300) + "\n```\n" + new string('>', 300) + " x" },
        { "a fence inside a quote that ends", "> ```\nplain\n" + new string('>', 300) + " x" },
        { "lists resumed after numbers that cannot interrupt", Repeat("2. a\n[\n", 5_000) },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_markdown_renders_without_throwing(string name, string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);
        Assert.False(string.IsNullOrWhiteSpace(html), name);
        // Flattened, not given up: the nesting was cut before Markdig's limit, so the formatter, not the plain fallback, wrote it.
        Assert.DoesNotContain("markdown-plain", html);
    }

    [Fact]
    public void Deep_block_quotes_keep_their_first_levels_and_show_the_rest_as_text()
    {
        var html = MarkdownRenderer.ToHtml(new string('>', 200) + " x");
        var levels = CountOf(html, "<blockquote>");
        Assert.Equal(MarkdownNesting.MaxBlockLevels, levels);
        Assert.Contains(new StringBuilder().Insert(0, "&gt;", 200 - levels) + " x", html);
    }

    [Fact]
    public void Deep_emphasis_keeps_the_word_and_shows_the_stars()
    {
        var html = MarkdownRenderer.ToHtml(new string('*', 200) + "word" + new string('*', 200));
        Assert.Contains("word", html);
        Assert.Contains("*", html);
    }

    [Fact]
    public void Long_tables_are_cut_into_tables_of_a_hundred_rows_with_every_cell_kept()
    {
        var rows = Enumerable.Range(1, 250).Select(i => $"| row {i} | *cell {i}* |\n");
        var html = MarkdownRenderer.ToHtml("| a | b |\n|---|---|\n" + string.Concat(rows));

        Assert.Equal(3, CountOf(html, "<table>"));
        Assert.Equal(250, CountOf(html, "<em>cell "));
        Assert.Contains("row 250", html);
    }

    [Fact]
    public void A_table_inside_a_block_quote_is_cut_inside_the_quote()
    {
        var rows = Enumerable.Range(1, 150).Select(i => $"> | {i} | x |\n");
        var html = MarkdownRenderer.ToHtml("> | a | b |\n> |---|---|\n" + string.Concat(rows));

        Assert.Equal(1, CountOf(html, "<blockquote>"));
        Assert.Equal(2, CountOf(html, "<table>"));
    }

    [Fact]
    public void A_table_too_wide_is_shown_as_its_text()
    {
        var markdown = Repeat("| a ", 100) + "|\n" + Repeat("|---", 100) + "|\n" + Repeat("| *x* ", 100) + "|\n";

        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.DoesNotContain("<table", html);
        Assert.Contains("| a | a |", html);
    }

    [Fact]
    public void Block_escapes_found_before_a_paragraphs_inline_escapes_still_land_in_place()
    {
        var markdown = new string('[', 40) + "\n" + new string('>', 60) + " x";

        var flattened = MarkdownNesting.Flatten(markdown);

        Assert.Equal(new string('[', 32) + Repeat("\\[", 8) + "\n" + new string('>', 48) + "\\" + new string('>', 12) + " x", flattened.Text);
    }

    [Fact]
    public void Ordinary_markdown_is_left_exactly_as_written()
    {
        string[] ordinary =
        [
            "**Verdict: False.** The council said *1,204* homes; see [the notice](https://example.org/n/77) and <https://example.org/x>.",
            "> \"Quoted words\" — source\n> > a reply\n\n1. First\n2. Second\n   - nested\n     - deeper",
            "`code with ** and [` and ``a ` b`` and\n```\n> > > fenced\n***\n```",
            "| Verdict | Claims |\n|---|---:|\n| **All claims** | **3** |",
            "## Heading\n\nText with a_snake_case name, 2*3*4 = 24, ~approx~, x^2^ and ++ins++ ==mark==.",
            ReportWriter.Write(ReportSample.Data(), ReportSample.Options),
        ];
        foreach (var markdown in ordinary)
        {
            var flattened = MarkdownNesting.Flatten(markdown);
            Assert.Equal(markdown, flattened.Text);
            Assert.False(flattened.BlocksFlattened || flattened.InlinesFlattened);
        }
    }

    [Fact]
    public void Code_spans_and_fences_are_never_escaped()
    {
        var markdown = "`" + new string('[', 100) + "`\n\n```\n" + new string('>', 100) + "\n```";
        Assert.Equal(markdown, MarkdownNesting.Flatten(markdown).Text);
    }

    [Fact]
    public void Front_matter_is_left_alone_when_asked()
    {
        var markdown = "---\ntitle: " + new string('[', 100) + "\n---\n\nBody";
        Assert.Equal(markdown, MarkdownNesting.Flatten(markdown, frontMatter: true).Text);
    }

    [Fact]
    public void Flattening_reports_what_it_flattened()
    {
        Assert.True(MarkdownNesting.Flatten(new string('>', 200) + " x").BlocksFlattened);
        Assert.True(MarkdownNesting.Flatten(Repeat("- ", 100) + "x").BlocksFlattened);
        Assert.True(MarkdownNesting.Flatten(new string('[', 100) + "x").InlinesFlattened);
        Assert.False(MarkdownNesting.Flatten(new string('[', 100) + "x").BlocksFlattened);
    }

    [Fact]
    public void Random_markdown_noise_never_throws()
    {
        const string alphabet = "> -*_[]()`~|#1.!\\<:=+^ \n\nabc";
        for (var seed = 0; seed < 300; seed++)
        {
            var random = new Random(seed);
            var sb = new StringBuilder();
            var length = random.Next(1, 4_000);
            for (var i = 0; i < length; i++)
                sb.Append(random.Next(10) == 0 ? new string(alphabet[random.Next(alphabet.Length)], random.Next(1, 300)) : alphabet[random.Next(alphabet.Length)].ToString());
            var html = MarkdownRenderer.ToHtml(sb.ToString());
            Assert.NotNull(html);
        }
    }

    private static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
