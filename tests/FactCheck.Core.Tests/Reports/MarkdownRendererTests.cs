using FactCheck.Core.Reports;

namespace FactCheck.Core.Tests.Reports;

public class MarkdownRendererTests
{
    [Theory]
    [InlineData("[a](javascript:alert(1))")]
    [InlineData("[a](JaVaScRiPt:alert(1))")]
    [InlineData("[a](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[a](vbscript:msgbox)")]
    [InlineData("[a](/relative/path)")]
    [InlineData("<a href=\"javascript:alert(1)\">a</a>")]
    [InlineData("[a][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("<javascript:alert(1)>")]
    public void Only_http_https_and_mailto_links_survive(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);
        // Hostile text may remain visible as escaped text; what must not exist is an element carrying it.
        Assert.DoesNotMatch("<a [^>]*href=\"(?!https?:|mailto:)", html);
        Assert.DoesNotMatch("(?i)<[a-z]+ [^>]*(href|src)=\"\\s*(javascript|data|vbscript):", html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<div onclick=\"alert(1)\">x</div>")]
    [InlineData("<svg><script>alert(1)</script></svg>")]
    [InlineData("<style>body{display:none}</style>")]
    [InlineData("![tracking pixel](https://example.org/pixel.png)")]
    [InlineData("[![x](javascript:alert(1))](javascript:alert(2))")]
    public void Raw_html_is_shown_as_text_never_as_markup(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("<[^>]+ on[a-z]+=", html);
    }

    [Fact]
    public void Safe_links_and_formatting_are_kept()
    {
        var html = MarkdownRenderer.ToHtml("**bold** *it* [site](https://example.org) <mailto:desk@example.org>\n\n- a\n- b");
        Assert.Contains("<strong>bold</strong>", html);
        Assert.Contains("<em>it</em>", html);
        Assert.Contains("href=\"https://example.org\"", html);
        Assert.Contains("rel=\"nofollow noopener noreferrer\"", html);
        Assert.Contains("href=\"mailto:desk@example.org\"", html);
        Assert.Contains("<li>a</li>", html);
    }
}
