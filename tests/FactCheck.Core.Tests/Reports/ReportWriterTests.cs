using FactCheck.Core.Reports;
using FactCheck.Core.Reviews;

namespace FactCheck.Core.Tests.Reports;

public class ReportWriterTests
{
    [Fact]
    public void Approved_report_has_no_draft_banner()
    {
        var markdown = ReportWriter.Write(ReportSample.Data(approved: true), ReportSample.Options);
        Assert.DoesNotContain("Draft", markdown);
        Assert.Contains("Draft — not approved", ReportWriter.Write(ReportSample.Data(), ReportSample.Options));
    }

    [Fact]
    public void Unchecked_claims_can_be_left_out()
    {
        var markdown = ReportWriter.Write(ReportSample.Data(), ReportSample.Options with { IncludeUnchecked = false });
        Assert.DoesNotContain("The river peaked", markdown);
        Assert.Contains("### 3. Ana Ruiz said the new dikes will fail.", markdown);
        Assert.Contains("| Not yet checked | 1 |", markdown);
    }

    [Fact]
    public void Report_renders_to_html_with_tables_lists_and_links()
    {
        var html = MarkdownRenderer.ToHtml(ReportWriter.Write(ReportSample.Data(), ReportSample.Options));
        Assert.Contains("<table>", html);
        Assert.Contains("<td>Mostly true</td>", html);
        Assert.Contains("<h3>1. Ana Ruiz said 1,204 homes", html);
        Assert.Contains("href=\"https://civil-defense.example.gov/b/12\"", html);
        Assert.Contains("<blockquote>", html);
        Assert.Contains("Floods in Campo Sereno | a *test*", System.Net.WebUtility.HtmlDecode(html));
    }

    [Fact]
    public void Hostile_text_in_claims_titles_and_urls_cannot_become_markup()
    {
        var data = ReportSample.Data();
        var hostile = data with
        {
            Article = data.Article with { Title = "<script>alert(1)</script> [x](javascript:alert(1))", Url = "javascript:alert(2)" },
            Claims = [data.Claims[0] with { Statement = "<img src=x onerror=alert(3)>", Explanation = "[click](javascript:alert(4)) <iframe src=https://evil.example>" }],
            Evidence = [data.Evidence[0] with { Source = data.Evidence[0].Source with { Title = "](javascript:alert(5))", Url = "https://ok.example/a" } }],
        };
        var html = MarkdownRenderer.ToHtml(ReportWriter.Write(hostile, ReportSample.Options));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("<a [^>]*href=\"(?!https?:|mailto:)", html);
        Assert.Contains("&lt;script&gt;", html);
    }
}
